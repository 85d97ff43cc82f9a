// The class gradebook without the data: one row per student sorted by family
// name, one column per assignment in due order, each cell the counted
// attempt's score (lib/reports/attempt-choice.ts) or, for flashcards, the
// cards reviewed; and the CSV in the table's shape. Decision 015.
//
// Family names: a name's family name is its last word and its given names
// are the words before it ("Amina Wanjiru Otieno": Otieno; Amina Wanjiru).
// A one-word name ("Baraka") is all family name, with no given names, so it
// sorts among the family names by that word. Names are compared without
// case or accents; equal names fall back to the username, which is unique.
import { assignmentStatus, hasFlashcards, hasQuiz, standingOf, type AssignmentMode, type AssignmentWork, type Standing } from "@/lib/classes/assignment";
import { percent } from "@/lib/progress/describe";
import { countedAttempt, DEFAULT_ATTEMPT_CHOICE, isAttemptChoice, scoreFraction, scoreText, type AttemptChoice, type Score, type ScoredAttempt } from "./attempt-choice";
import { toCsv, type CsvCell } from "./csv";
import { DELETED_STUDENT } from "./deleted-student";

/** The ?choice= of a report's address: first, best or latest; anything else (or nothing) is the default, first. */
export function attemptChoiceFrom(value: string | string[] | null | undefined): AttemptChoice {
  return typeof value === "string" && isAttemptChoice(value) ? value : DEFAULT_ATTEMPT_CHOICE;
}

export type PersonName = { familyName: string; givenNames: string };

/** "Amina Wanjiru Otieno" → { familyName: "Otieno", givenNames: "Amina Wanjiru" }; "Baraka" → { familyName: "Baraka", givenNames: "" }. */
export function splitName(name: string): PersonName {
  const words = name.trim().split(/\s+/).filter((word) => word.length > 0);
  if (words.length === 0) return { familyName: "", givenNames: "" };
  return { familyName: words.at(-1)!, givenNames: words.slice(0, -1).join(" ") };
}

/** "Otieno, Amina Wanjiru"; a one-word name as it is. */
export function sortedName({ familyName, givenNames }: PersonName): string {
  return givenNames ? `${familyName}, ${givenNames}` : familyName;
}

const NAMES = new Intl.Collator("en", { sensitivity: "base", numeric: true });

type Named = { name: string; username: string };

/** By family name, then given names, then username. */
export function compareByFamilyName(a: Named, b: Named): number {
  const x = splitName(a.name);
  const y = splitName(b.name);
  return NAMES.compare(x.familyName, y.familyName) || NAMES.compare(x.givenNames, y.givenNames) || (a.username < b.username ? -1 : a.username > b.username ? 1 : 0);
}

export type CardWork = { reviewed: number; total: number };

/** The quiz part of a cell. */
export type QuizCell =
  | { kind: "score"; score: Score; attemptId: string }
  /** Started, nothing finished yet. */
  | { kind: "in-progress" }
  | { kind: "not-started" };

/** One student's work on one assignment: the quiz part (null for flashcards only) and the cards (null for a quiz only). */
export type GradebookCell = { quiz: QuizCell | null; cards: CardWork | null; standing: Standing };

export type GradebookAssignment = { id: string; title: string; mode: AssignmentMode; opensAt: Date; dueAt: Date };

/** A row's student; `isDeleted`: a student who deleted their account, named "Deleted student", without a username or a page. */
export type GradebookStudent = Named & { id: string; isDeleted: boolean } & PersonName;

export type GradebookRow = { student: GradebookStudent; cells: GradebookCell[] };

export type Gradebook = {
  choice: AttemptChoice;
  assignments: GradebookAssignment[];
  rows: GradebookRow[];
};

/** A stored attempt at one of the class's assignments, with its right answers (wrong ones are not needed for a score). */
export type GradebookAttempt = ScoredAttempt & { studentId: string; assignmentId: string };

export type GradebookInput = {
  /** The class's members, and the deleted students whose kept attempts are among `attempts`. */
  students: readonly (Named & { id: string; isDeleted?: boolean })[];
  /** The class's assignments that count (not withdrawn), in any order. */
  assignments: readonly GradebookAssignment[];
  attempts: readonly GradebookAttempt[];
  /** The cards a student has reviewed of an assignment with flashcards (server/assignments/card-work.ts). */
  cardsOf: (studentId: string, assignmentId: string) => CardWork | undefined;
  /** Questions hidden from an assignment's scores, by assignment id. */
  hiddenItemIds?: ReadonlyMap<string, ReadonlySet<string>>;
  choice: AttemptChoice;
  now: Date;
};

const NONE: ReadonlySet<string> = new Set();
const NO_CARDS: CardWork = { reviewed: 0, total: 0 };

/** Due first; then by opening, title and id, so the order never depends on the input's. */
export function compareByDue(a: GradebookAssignment, b: GradebookAssignment): number {
  return (
    a.dueAt.getTime() - b.dueAt.getTime() ||
    a.opensAt.getTime() - b.opensAt.getTime() ||
    NAMES.compare(a.title, b.title) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The attempts of each (student, assignment), keyed `${studentId}:${assignmentId}`. */
export function attemptsByCell<A extends { studentId: string; assignmentId: string }>(attempts: readonly A[]): Map<string, A[]> {
  const byCell = new Map<string, A[]>();
  for (const attempt of attempts) {
    const key = `${attempt.studentId}:${attempt.assignmentId}`;
    const list = byCell.get(key);
    if (list) list.push(attempt);
    else byCell.set(key, [attempt]);
  }
  return byCell;
}

/** What one student has done of one assignment, as lib/classes/assignment.ts counts it. */
export function workOf(mode: AssignmentMode, attempts: readonly Pick<ScoredAttempt, "finishedAt">[], cards: CardWork | undefined): AssignmentWork {
  return {
    mode,
    quiz: { isStarted: attempts.length > 0, isFinished: attempts.some((attempt) => attempt.finishedAt !== null) },
    cards: cards ?? NO_CARDS,
  };
}

/** One cell: the attempt that counts under `choice`, else whether a quiz is under way; the cards for a mode with flashcards. */
export function gradebookCell<A extends ScoredAttempt>(
  assignment: GradebookAssignment,
  attempts: readonly A[],
  cards: CardWork | undefined,
  choice: AttemptChoice,
  hidden: ReadonlySet<string>,
  now: Date,
): GradebookCell {
  let quiz: QuizCell | null = null;
  if (hasQuiz(assignment.mode)) {
    const counted = countedAttempt(attempts, choice, hidden);
    quiz = counted
      ? { kind: "score", score: counted.score, attemptId: counted.attempt.id }
      : attempts.length > 0
        ? { kind: "in-progress" }
        : { kind: "not-started" };
  }
  const work = workOf(assignment.mode, attempts, cards);
  return { quiz, cards: hasFlashcards(assignment.mode) ? work.cards : null, standing: standingOf(assignmentStatus(assignment, now), work) };
}

/** Current students by family name, then deleted students (by row id, so the order is stable). */
export function compareStudentRows(a: Named & { id: string; isDeleted?: boolean }, b: Named & { id: string; isDeleted?: boolean }): number {
  if (Boolean(a.isDeleted) !== Boolean(b.isDeleted)) return a.isDeleted ? 1 : -1;
  if (a.isDeleted) return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  return compareByFamilyName(a, b);
}

/** The gradebook: rows by family name (deleted students last), columns by due date. */
export function buildGradebook({ students, assignments, attempts, cardsOf, hiddenItemIds, choice, now }: GradebookInput): Gradebook {
  const columns = [...assignments].sort(compareByDue);
  const byCell = attemptsByCell(attempts);
  const rows = [...students].sort(compareStudentRows).map((student) => ({
    student: {
      id: student.id,
      name: student.name,
      username: student.username,
      isDeleted: Boolean(student.isDeleted),
      ...(student.isDeleted ? { familyName: DELETED_STUDENT, givenNames: "" } : splitName(student.name)),
    },
    cells: columns.map((assignment) =>
      gradebookCell(
        assignment,
        byCell.get(`${student.id}:${assignment.id}`) ?? [],
        cardsOf(student.id, assignment.id),
        choice,
        hiddenItemIds?.get(assignment.id) ?? NONE,
        now,
      ),
    ),
  }));
  return { choice, assignments: columns, rows };
}

/** A score as the table shows it: "3 of 5" and "60%" (no percentage when no question counts). */
export function scoreLabel(score: Score): { text: string; percentage: string | null } {
  const fraction = scoreFraction(score);
  return { text: scoreText(score), percentage: fraction === null ? null : percent(fraction) };
}

/** "4 of 10 cards" */
export function cardsText(cards: CardWork): string {
  return `${cards.reviewed} of ${cards.total} ${cards.total === 1 ? "card" : "cards"}`;
}

/** The quiz part of a cell in words, when it has no score. */
export const QUIZ_STATE_LABEL = { "in-progress": "in progress", "not-started": "not started" } as const;

/** The score as a percentage to one decimal (60, 66.7), the CSV's number; null when no question counts. */
export function scorePercent(score: Score): number | null {
  const fraction = scoreFraction(score);
  return fraction === null ? null : Math.round(fraction * 1000) / 10;
}

/**
 * The CSV column of an assignment: a quiz's column holds the counted score as
 * a percentage ("Money (% right)"); a flashcards-only column the number of
 * cards reviewed, its total in the heading ("Money (cards reviewed of 10)").
 */
export function csvHeading(assignment: GradebookAssignment, rows: readonly GradebookRow[], index: number): string {
  if (hasQuiz(assignment.mode)) return `${assignment.title} (% right)`;
  const total = rows.find((row) => row.cells[index]?.cards)?.cells[index]?.cards?.total;
  return total === undefined ? `${assignment.title} (cards reviewed)` : `${assignment.title} (cards reviewed of ${total})`;
}

function csvValue(cell: GradebookCell): CsvCell {
  if (cell.quiz) return cell.quiz.kind === "score" ? scorePercent(cell.quiz.score) : null;
  return cell.cards ? cell.cards.reviewed : null;
}

/**
 * The gradebook as CSV, in the table's shape: Family name, Given names,
 * Username, then one column per assignment in due order. A cell without a
 * score (not started, in progress, no question counts) is empty. Scores are
 * numbers, not "3/5", which a spreadsheet would read as a date.
 */
export function gradebookCsv({ assignments, rows }: Gradebook): string {
  const header: CsvCell[] = ["Family name", "Given names", "Username", ...assignments.map((assignment, index) => csvHeading(assignment, rows, index))];
  const body = rows.map(({ student, cells }) => [student.familyName, student.givenNames, student.username, ...cells.map(csvValue)]);
  return toCsv([header, ...body]);
}
