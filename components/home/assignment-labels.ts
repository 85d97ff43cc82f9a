// Words for an assignment's rules and state, shared by the home page and the
// assignment page so both say the same thing.
import type { AssignmentStatus } from "@/lib/classes/assignment";

const MODE_LABELS: Record<string, string> = { quiz: "Quiz", flashcards: "Flashcards", both: "Quiz and flashcards" };
const REVEAL_LABELS: Record<string, string> = { "after-each": "After each question", "at-end": "At the end" };

/** Where a student stands: done (once an attempt is finished), or what is left to do. */
export type Progress = "done" | "overdue" | "to-do" | "not-open";

const PROGRESS_LABELS: Record<Progress, string> = { done: "Done", overdue: "Overdue", "to-do": "To do", "not-open": "Not open yet" };

export function progressOf(status: AssignmentStatus, isFinished: boolean): Progress {
  if (isFinished) return "done";
  if (status === "overdue") return "overdue";
  return status === "upcoming" ? "not-open" : "to-do";
}

export function progressLabel(progress: Progress): string {
  return PROGRESS_LABELS[progress];
}

export function modeLabel(mode: string): string {
  return MODE_LABELS[mode] ?? mode;
}

export function revealLabel(reveal: string): string {
  return REVEAL_LABELS[reveal] ?? reveal;
}

export function attemptsLabel(used: number, allowed: number): string {
  return `${used} of ${allowed} ${allowed === 1 ? "attempt" : "attempts"} used`;
}
