import type { Draft } from "@/lib/quiz/draft";
import type { QuestionView } from "@/lib/quiz/question-view";
import type { ItemType } from "@/lib/quiz/types";

/** What the controls of a question of the given types receive. */
export type FieldProps<T extends ItemType = ItemType> = {
  question: QuestionView & { type: T };
  draft: Draft;
  onChange: (draft: Draft) => void;
  isLocked: boolean;
  /** Id of the message that says what is missing, when shown. */
  problemId?: string;
};

/** One radio or checkbox option, the whole row a tap target. */
export const OPTION_ROW = "flex min-h-tap cursor-pointer items-center gap-3 rounded border border-slate-300 bg-white px-3 py-2 has-[:checked]:border-brand has-[:checked]:bg-brand-light";

/** A text input or select. */
export const INPUT = "block min-h-tap w-full rounded border border-slate-400 bg-white px-3 text-base disabled:bg-slate-100";
