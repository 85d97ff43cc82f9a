import { BADGE } from "@/components/ui/badge";
import type { AssignmentMode, AssignmentStatus, RevealAnswers } from "@/lib/classes/assignment";

export const MODE_LABEL: Record<string, string> = {
  quiz: "Quiz",
  flashcards: "Flashcards",
  both: "Quiz and flashcards",
} satisfies Record<AssignmentMode, string>;

export const REVEAL_LABEL: Record<string, string> = {
  "after-each": "After each question",
  "at-end": "At the end",
} satisfies Record<RevealAnswers, string>;

/** How an assignment's dates stand, as the teacher sees it. */
export const STATUS_BADGE: Record<AssignmentStatus, { label: string; className: string }> = {
  upcoming: { label: "Not open yet", className: BADGE.info },
  open: { label: "Open", className: BADGE.success },
  overdue: { label: "Past due", className: BADGE.warning },
};
