// The teacher's report on one assignment, once the data layer has read it:
// each student's status and time spent, the order of the question rows, the
// figures as the page and the CSV files write them, and the two CSV files.
//
// Rules:
// - A student has not started (no attempt), started (attempts, none
//   finished) or finished (at least one finished attempt).
// - Time spent is the sum, over the student's finished attempts, of the time
//   from starting to finishing. An unfinished attempt adds nothing: it may have
//   been left open on a phone for days. A student who paused counts the pause.
import { percent } from "@/lib/progress/describe";
import type { Item } from "@/lib/quiz/types";
import { ATTEMPT_CHOICE_LABEL, scoreFraction, type AttemptChoice, type CountedAttempt, type ReportAttempt, type Score, type ScoredAttempt } from "./attempt-choice";
import { toCsv, type CsvCell } from "./csv";
import type { ItemFlag } from "./flags";
import { compareHardestFirst, type ItemAnalysis, type Statistic } from "./item-analysis";

export const STUDENT_STATUSES = ["not-started", "started", "finished"] as const;
export type StudentStatus = (typeof STUDENT_STATUSES)[number];

export const STUDENT_STATUS_LABEL: Record<StudentStatus, string> = {
  "not-started": "Not started",
  started: "In progress",
  finished: "Finished",
};

export function studentStatus(attempts: readonly Pick<ReportAttempt, "finishedAt">[]): StudentStatus {
  if (attempts.length === 0) return "not-started";
  return attempts.some((attempt) => attempt.finishedAt !== null) ? "finished" : "started";
}

/** Milliseconds from start to finish, summed over finished attempts; null when none is finished. */
export function timeSpentMs(attempts: readonly Pick<ReportAttempt, "startedAt" | "finishedAt">[]): number | null {
  const finished = attempts.filter((attempt) => attempt.finishedAt !== null);
  if (finished.length === 0) return null;
  return finished.reduce((total, attempt) => total + Math.max(0, attempt.finishedAt!.getTime() - attempt.startedAt.getTime()), 0);
}

/** "45 s", "12 min", "1 h 5 min": rounded to the second under a minute, else to the minute. */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** "3 of 5 (60%)"; "no questions count" when every question it asked is hidden. */
export function scoreWithPercent(score: Score): string {
  const fraction = scoreFraction(score);
  return fraction === null ? "no questions count" : `${score.correct} of ${score.total} (${percent(fraction)})`;
}

/** One row of the Students table. */
export type StudentRow = {
  /** The student's id, or a deleted student's row id (lib/reports/deleted-student.ts). */
  studentId: string;
  name: string;
  username: string;
  /** A student who deleted their account: their scores are kept, their answers and name are not (decision 021). */
  isDeleted: boolean;
  status: StudentStatus;
  attempts: number;
  scores: Record<AttemptChoice, CountedAttempt<ScoredAttempt> | null>;
  /** The attempt that counts under the teacher's choice. */
  counted: CountedAttempt<ScoredAttempt> | null;
  timeSpentMs: number | null;
  /** The attempt the "See attempt" link opens: the counted one, else the latest started. */
  linkedAttemptId: string | null;
};

/** One row of the Questions table: the item, its analysis and its flags. */
export type QuestionRow = {
  item: Item;
  /** 1-based place in the assignment's pool. */
  position: number;
  analysis: ItemAnalysis;
  flags: ItemFlag[];
};

export const QUESTION_SORTS = ["hardest", "easiest", "discrimination", "flags", "order"] as const;
export type QuestionSort = (typeof QUESTION_SORTS)[number];
export const DEFAULT_QUESTION_SORT: QuestionSort = "hardest";

export const QUESTION_SORT_LABEL: Record<QuestionSort, string> = {
  hardest: "Hardest first",
  easiest: "Easiest first",
  discrimination: "Lowest discrimination first",
  flags: "Most flags first",
  order: "Order in the assignment",
};

export function isQuestionSort(value: string): value is QuestionSort {
  return (QUESTION_SORTS as readonly string[]).includes(value);
}

const valueOf = (statistic: Statistic) => (statistic.status === "ok" ? statistic.value : null);

/** Questions without the figure a sort uses go last; ties keep the assignment's order. */
function compareFigure(a: number | null, b: number | null, direction: 1 | -1): number {
  if (a === null || b === null) return a === null ? (b === null ? 0 : 1) : -1;
  return (a - b) * direction;
}

export function sortQuestions<R extends QuestionRow>(rows: readonly R[], sort: QuestionSort): R[] {
  const byPosition = [...rows].sort((a, b) => a.position - b.position);
  const compare: Record<QuestionSort, (a: QuestionRow, b: QuestionRow) => number> = {
    hardest: (a, b) => compareHardestFirst(a.analysis, b.analysis),
    easiest: (a, b) => compareFigure(valueOf(a.analysis.facility), valueOf(b.analysis.facility), -1),
    discrimination: (a, b) => compareFigure(valueOf(a.analysis.discrimination), valueOf(b.analysis.discrimination), 1),
    flags: (a, b) => b.flags.length - a.flags.length,
    order: () => 0,
  };
  return byPosition.sort(compare[sort]);
}

/** A figure as the page shows it: `format` of its value, "not enough answers (n of N needed)", or "no value". */
export function statisticText(statistic: Statistic, format: (value: number) => string): string {
  switch (statistic.status) {
    case "ok":
      return format(statistic.value);
    case "too-few":
      return `not enough answers (${statistic.n} of ${statistic.needed} needed)`;
    case "no-value":
      return "no value";
  }
}

export const formatFacility = (value: number) => value.toFixed(2);
export const formatIndex = (value: number) => value.toFixed(1);
export const formatPointBiserial = (value: number) => value.toFixed(2);

/** A figure as a CSV cell: its number, or empty. */
const csvFigure = (statistic: Statistic, digits: number): CsvCell => (statistic.status === "ok" ? Number(statistic.value.toFixed(digits)) : null);

/** The most common wrong typed answer, "“text” (count)", or null. */
export function commonWrongAnswer(analysis: ItemAnalysis): { text: string; count: number } | null {
  return analysis.responses.kind === "typed" ? (analysis.responses.wrongAnswers[0] ?? null) : null;
}

/** The Questions table as CSV: one row per question, in the order given. */
export function questionsCsv(rows: readonly QuestionRow[], questionText: (item: Item) => string): string {
  const header: CsvCell[] = [
    "Position",
    "Item id",
    "Type",
    "Question",
    "Asked",
    "Answered",
    "Right",
    "Facility",
    "Discrimination",
    "Efficiency",
    "Options (count, share, point-biserial)",
    "Most common wrong answer",
    "Flags",
  ];
  const body = rows.map(({ item, position, analysis, flags }): CsvCell[] => {
    const options =
      analysis.responses.kind === "options"
        ? analysis.responses.options
            .map((option) => {
              const share = option.share.status === "ok" ? `, ${percent(option.share.value)}` : "";
              const rpb = option.pointBiserial.status === "ok" ? `, r=${formatPointBiserial(option.pointBiserial.value)}` : "";
              return `${option.option}${option.isCorrect ? " (key)" : ""}: ${option.count}${share}${rpb}`;
            })
            .join("; ")
        : null;
    const wrong = commonWrongAnswer(analysis);
    return [
      position,
      item.id,
      item.type,
      questionText(item),
      analysis.n,
      analysis.answered,
      analysis.correct,
      csvFigure(analysis.facility, 3),
      csvFigure(analysis.discrimination, 1),
      csvFigure(analysis.efficiency, 1),
      options,
      wrong ? `${wrong.text} (${wrong.count})` : null,
      flags.length > 0 ? flags.map((flag) => flag.reason).join(" ") : null,
    ];
  });
  return toCsv([header, ...body]);
}

const scoreCells = (counted: CountedAttempt<ScoredAttempt> | null): CsvCell[] =>
  counted ? [counted.score.correct, counted.score.total] : [null, null];

/** The Students table as CSV: the counted score first, then first, best and latest. */
export function studentsCsv(rows: readonly StudentRow[], choice: AttemptChoice): string {
  const header: CsvCell[] = [
    "Student",
    "Username",
    "Status",
    "Attempts",
    `Counted (${ATTEMPT_CHOICE_LABEL[choice].toLowerCase()}): right`,
    "Counted: questions",
    "First: right",
    "First: questions",
    "Best: right",
    "Best: questions",
    "Latest: right",
    "Latest: questions",
    "Time spent (minutes)",
  ];
  const body = rows.map((row): CsvCell[] => [
    row.name,
    row.username,
    STUDENT_STATUS_LABEL[row.status],
    row.attempts,
    ...scoreCells(row.counted),
    ...scoreCells(row.scores.first),
    ...scoreCells(row.scores.best),
    ...scoreCells(row.scores.latest),
    row.timeSpentMs === null ? null : Math.round(row.timeSpentMs / 6000) / 10,
  ]);
  return toCsv([header, ...body]);
}
