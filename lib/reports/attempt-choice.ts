// Which of a student's attempts at an assignment counts in the teacher's
// reports (first, best or latest), and an attempt's score.
//
// Rules:
// - Only finished attempts count. An attempt still in progress has no final
//   score, so it is never the first, best or latest attempt; a student whose
//   only attempt is unfinished has no counted attempt (the page shows them as
//   started, not as scoring 0).
// - A score is over the questions the attempt asked (Attempt.itemIds), less
//   the questions the teacher has hidden: a question left blank counts as
//   wrong, a hidden one not at all (so hiding an item recomputes every score
//   without it; the stored Attempt.score still includes it).
// - Attempts are ordered by when they were started. A student cannot start
//   an attempt while another is unfinished, so this is also the order in which
//   they were finished.
import type { QuizResponse } from "@/lib/quiz/response";

/** One saved answer: an AttemptAnswer row with its response parsed. */
export type ReportAnswer = { itemId: string; response: QuizResponse; isCorrect: boolean };

/** One attempt as stored: an Attempt row with its AttemptAnswer rows. */
export type ReportAttempt = {
  id: string;
  startedAt: Date;
  /** null while the student is still taking it. */
  finishedAt: Date | null;
  /** The questions the attempt asked (Attempt.itemIds). */
  itemIds: readonly string[];
  answers: readonly ReportAnswer[];
};

/** What a score needs of an answer: which question, and whether it was right (the gradebook reads no responses). */
export type ScoredAnswer = Pick<ReportAnswer, "itemId" | "isCorrect">;

/** What a score needs of an attempt; a ReportAttempt is one. */
export type ScoredAttempt = Omit<ReportAttempt, "answers"> & { answers: readonly ScoredAnswer[] };

/** Right answers out of the questions that count. */
export type Score = { correct: number; total: number };

export const ATTEMPT_CHOICES = ["first", "best", "latest"] as const;
export type AttemptChoice = (typeof ATTEMPT_CHOICES)[number];

/** Moodle's default: later attempts break the assumptions of item analysis. */
export const DEFAULT_ATTEMPT_CHOICE: AttemptChoice = "first";

export const ATTEMPT_CHOICE_LABEL: Record<AttemptChoice, string> = {
  first: "First attempt",
  best: "Best attempt",
  latest: "Latest attempt",
};

export function isAttemptChoice(value: string): value is AttemptChoice {
  return (ATTEMPT_CHOICES as readonly string[]).includes(value);
}

/** The attempt that counts, with its score. */
export type CountedAttempt<A extends ScoredAttempt> = { attempt: A; score: Score };

/** The attempt's score over the questions it asked, less hidden ones; a blank counts as wrong. */
export function scoreOf(attempt: ScoredAttempt, hiddenItemIds: ReadonlySet<string>): Score {
  const counted = attempt.itemIds.filter((itemId) => !hiddenItemIds.has(itemId));
  const right = new Set(attempt.answers.filter((answer) => answer.isCorrect).map((answer) => answer.itemId));
  return { correct: counted.filter((itemId) => right.has(itemId)).length, total: counted.length };
}

/** The score as a share from 0 to 1; null when no question counts (every question it asked is hidden). */
export function scoreFraction(score: Score): number | null {
  return score.total === 0 ? null : score.correct / score.total;
}

/** "3 of 5" */
export function scoreText(score: Score): string {
  return `${score.correct} of ${score.total}`;
}

/** Finished attempts, earliest started first (ties by id, so the order never depends on the input's). */
function finishedInOrder<A extends ScoredAttempt>(attempts: readonly A[]): A[] {
  return attempts
    .filter((attempt) => attempt.finishedAt !== null)
    .sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** a beats b: a higher share right; a score with no questions is below every other. Compared without division. */
function isHigher(a: Score, b: Score): boolean {
  if (a.total === 0) return false;
  if (b.total === 0) return true;
  return a.correct * b.total > b.correct * a.total;
}

/**
 * The attempt of one student's `attempts` that counts under `choice`, or null
 * when none is finished. "best" is the highest share right; of equal scores,
 * the earliest.
 */
export function countedAttempt<A extends ScoredAttempt>(
  attempts: readonly A[],
  choice: AttemptChoice,
  hiddenItemIds: ReadonlySet<string>,
): CountedAttempt<A> | null {
  const scored = finishedInOrder(attempts).map((attempt) => ({ attempt, score: scoreOf(attempt, hiddenItemIds) }));
  switch (choice) {
    case "first":
      return scored[0] ?? null;
    case "latest":
      return scored.at(-1) ?? null;
    case "best":
      return scored.reduce<CountedAttempt<A> | null>((best, next) => (best === null || isHigher(next.score, best.score) ? next : best), null);
  }
}

/** One student's first, best and latest attempts, for the row that shows all three. */
export function studentScores<A extends ScoredAttempt>(
  attempts: readonly A[],
  hiddenItemIds: ReadonlySet<string>,
): Record<AttemptChoice, CountedAttempt<A> | null> {
  return {
    first: countedAttempt(attempts, "first", hiddenItemIds),
    best: countedAttempt(attempts, "best", hiddenItemIds),
    latest: countedAttempt(attempts, "latest", hiddenItemIds),
  };
}
