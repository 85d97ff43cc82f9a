// Attempts made in code for the report tests (lib/reports/), graded by the
// real grader so that `isCorrect` is what the server would have stored.
import { gradeResponse } from "@/lib/quiz/grade";
import type { QuizResponse } from "@/lib/quiz/response";
import type { ChoiceItem, Item, MultiSelectItem, TrueFalseItem, TypedAnswerItem } from "@/lib/quiz/types";
import type { ReportAnswer, ReportAttempt } from "@/lib/reports/attempt-choice";
import { ATTRIBUTION, MULTI_SELECT, MULTIPLE_CHOICE, TRUE_STATEMENT, TYPED_ANSWER } from "./items";

const START = Date.parse("2024-03-04T09:00:00Z");

/** The answer to `item` as the server stores it: the response and its grade. */
export function answerOf(item: Item, response: QuizResponse): ReportAnswer {
  return { itemId: item.id, response, isCorrect: gradeResponse(item, response).isCorrect };
}

/**
 * A finished attempt (unless `finished` is false) that asked `asked` and gave
 * `answers`; started `minute` minutes after 09:00 on 4 March 2024.
 */
export function reportAttempt(
  id: string,
  asked: readonly Item[],
  answers: readonly ReportAnswer[],
  { minute = 0, finished = true }: { minute?: number; finished?: boolean } = {},
): ReportAttempt {
  const startedAt = new Date(START + minute * 60_000);
  return {
    id,
    startedAt,
    finishedAt: finished ? new Date(startedAt.getTime() + 10 * 60_000) : null,
    itemIds: asked.map((item) => item.id),
    answers,
  };
}

// The class of eight: five questions with options or typed answers.
export const Q1: ChoiceItem = {
  ...MULTIPLE_CHOICE,
  id: "q1-capital-kenya",
  prompt: "What is the capital of Kenya?",
  options: ["Nairobi", "Mombasa", "Kisumu", "Nakuru"],
  answer: "Nairobi",
};
export const Q2: TrueFalseItem = { ...TRUE_STATEMENT, id: "q2-cabinet", statement: "Kenya’s cabinet approved the deployment.", answer: true };
export const Q3: MultiSelectItem = { ...MULTI_SELECT, id: "q3-personnel", options: ["Kenya", "Brazil", "Bahamas", "Canada"], answers: ["Kenya", "Bahamas"] };
export const Q4: TypedAnswerItem = { ...TYPED_ANSWER, id: "q4-capital-haiti", prompt: "What is Haiti’s capital?" };
export const Q5: ChoiceItem = { ...ATTRIBUTION, id: "q5-not-fail", options: ["William Ruto", "Alfred Mutua", "Ariel Henry"], answer: "William Ruto" };
export const CLASS_ITEMS: Item[] = [Q1, Q2, Q3, Q4, Q5];

type Row = [q1: string, q2: boolean | null, q3: string[], q4: string, q5: string];

/**
 * What each of the eight students answered (s8 left Q2 blank). Graded, the
 * marks are (1 right, 0 wrong or blank):
 *
 * | student | Q1 | Q2 | Q3 | Q4 | Q5 | total |
 * | ------- | -- | -- | -- | -- | -- | ----- |
 * | s1      | 1  | 1  | 1  | 1  | 0  | 4     |
 * | s2      | 1  | 1  | 1  | 0  | 1  | 4     |
 * | s3      | 1  | 1  | 0  | 1  | 1  | 4     |
 * | s4      | 1  | 0  | 1  | 1  | 0  | 3     |
 * | s5      | 1  | 1  | 0  | 0  | 0  | 2     |
 * | s6      | 0  | 1  | 1  | 0  | 0  | 2     |
 * | s7      | 0  | 0  | 0  | 1  | 0  | 1     |
 * | s8      | 0  | –  | 0  | 0  | 1  | 1     |
 */
export const CLASS_ROWS: Record<string, Row> = {
  s1: ["Nairobi", true, ["Kenya", "Bahamas"], "Port-au-Prince", "Alfred Mutua"],
  s2: ["Nairobi", true, ["Bahamas", "Kenya"], "Cap-Haïtien", "William Ruto"],
  s3: ["Nairobi", true, ["Kenya"], "port au prince", "William Ruto"],
  s4: ["Nairobi", false, ["Kenya", "Bahamas"], "Port au Prince", "Alfred Mutua"],
  s5: ["Nairobi", true, ["Kenya", "Brazil", "Bahamas"], "cap haitien", "Ariel Henry"],
  s6: ["Mombasa", true, ["Kenya", "Bahamas"], "Jacmel", "Ariel Henry"],
  s7: ["Mombasa", false, ["Brazil"], "Port-au-Prince", "Ariel Henry"],
  s8: ["Kisumu", null, ["Canada", "Kenya"], "Cap-Haïtien", "William Ruto"],
};

export function classAttempt(student: string, [q1, q2, q3, q4, q5]: Row): ReportAttempt {
  const answers = [
    answerOf(Q1, { type: "multiple-choice", choice: q1 }),
    ...(q2 === null ? [] : [answerOf(Q2, { type: "true-false", value: q2 })]),
    answerOf(Q3, { type: "multi-select", choices: q3 }),
    answerOf(Q4, { type: "typed-answer", text: q4 }),
    answerOf(Q5, { type: "attribution", choice: q5 }),
  ];
  return reportAttempt(`attempt-${student}`, CLASS_ITEMS, answers);
}

export const CLASS_ATTEMPTS: ReportAttempt[] = Object.entries(CLASS_ROWS).map(([student, row]) => classAttempt(student, row));
