// How learners and teachers see each item type named.
import type { ItemType } from "./types";

export const ITEM_TYPE_LABEL: Record<ItemType, string> = {
  "multiple-choice": "Multiple choice",
  "multi-select": "Select all that apply",
  "true-false": "True or false",
  cloze: "Fill in the gap",
  "typed-answer": "Type the answer",
  numeric: "Number",
  matching: "Matching",
  ordering: "Put in order",
  attribution: "Who said it",
  "sources-disagree": "Sources disagree",
};
