// The words for an assignment's rules and standing, for teachers and
// students alike: one file, so every page says the same thing.
import type { AssignmentMode, AssignmentStatus, RevealAnswers, Standing } from "./assignment";

export const MODE_LABEL: Record<AssignmentMode, string> = { quiz: "Quiz", flashcards: "Flashcards", both: "Quiz and flashcards" };

export const REVEAL_LABEL: Record<RevealAnswers, string> = { "after-each": "After each question", "at-end": "At the end" };

/** The assignment's dates, as its teacher sees them ("Past due": the due date has passed, for the whole class). */
export const STATUS_LABEL: Record<AssignmentStatus, string> = { upcoming: "Not open yet", open: "Open", overdue: "Past due" };

/** One student's standing ("Overdue": the due date has passed and this student has not finished). */
export const STANDING_LABEL: Record<Standing, string> = {
  done: "Done",
  overdue: "Overdue",
  "in-progress": "In progress",
  "to-do": "To do",
  "not-open": "Not open yet",
};

/** A stored mode or reveal value in words; an unknown one as it is. */
export function labelOf<K extends string>(labels: Record<K, string>, value: string): string {
  return (labels as Record<string, string>)[value] ?? value;
}

export function attemptsLabel(used: number, allowed: number): string {
  return `${used} of ${allowed} ${allowed === 1 ? "attempt" : "attempts"} used`;
}

/** What a student is told once every attempt allowed at a quiz is used: on the assignment page, and by the server refusing another. */
export function attemptsUsedUpLabel(allowed: number): string {
  return allowed === 1 ? "You have used your attempt at this quiz." : `You have used all ${allowed} attempts at this quiz.`;
}

/** "3 of 10 cards reviewed". */
export function cardsLabel(cards: { reviewed: number; total: number }): string {
  return `${cards.reviewed} of ${cards.total} ${cards.total === 1 ? "card" : "cards"} reviewed`;
}
