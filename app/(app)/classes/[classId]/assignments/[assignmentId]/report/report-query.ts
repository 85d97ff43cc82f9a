import { DEFAULT_ATTEMPT_CHOICE, isAttemptChoice, type AttemptChoice } from "@/lib/reports/attempt-choice";
import { DEFAULT_QUESTION_SORT, isQuestionSort, type QuestionSort } from "@/lib/reports/assignment-report";

// The report's address: ?count= chooses which attempt counts, ?sort= the
// order of the questions. Anything else reads as the default, so an edited
// address never fails.

export type ReportQuery = { choice: AttemptChoice; sort: QuestionSort };

type SearchParams = Record<string, string | string[] | undefined>;

function single(value: string | string[] | undefined): string {
  return typeof value === "string" ? value : "";
}

export function readReportQuery(params: SearchParams | URLSearchParams): ReportQuery {
  const get = (key: string) => (params instanceof URLSearchParams ? (params.get(key) ?? "") : single(params[key]));
  const count = get("count");
  const sort = get("sort");
  return { choice: isAttemptChoice(count) ? count : DEFAULT_ATTEMPT_CHOICE, sort: isQuestionSort(sort) ? sort : DEFAULT_QUESTION_SORT };
}

/** The query string for a choice and sort, leaving defaults out. */
export function reportSearch({ choice, sort }: ReportQuery): string {
  const params = new URLSearchParams();
  if (choice !== DEFAULT_ATTEMPT_CHOICE) params.set("count", choice);
  if (sort !== DEFAULT_QUESTION_SORT) params.set("sort", sort);
  const search = params.toString();
  return search ? `?${search}` : "";
}

export function reportPath(classId: string, assignmentId: string): string {
  return `/classes/${encodeURIComponent(classId)}/assignments/${encodeURIComponent(assignmentId)}/report`;
}
