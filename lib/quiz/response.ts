// What a learner sends as the answer to a quiz item, per item type, and the
// check that it fits the item it answers (its options, pairs or events).
// The server parses every response with `responseSchemaFor(item)` before
// grading it; the quiz player builds responses of these shapes.
import { z } from "zod";
import { CHOICE_TYPES, type Item } from "./types";

/** Longest text accepted for a typed, cloze or numeric answer. */
export const TEXT_RESPONSE_MAX = 200;
const OPTION_MAX = 500;
const LIST_MAX = 50;

const option = z.string().max(OPTION_MAX);
const typed = z.string().trim().min(1, "Type an answer.").max(TEXT_RESPONSE_MAX, `Keep the answer under ${TEXT_RESPONSE_MAX} characters.`);

const choiceResponse = z.object({ type: z.enum(CHOICE_TYPES), choice: option });
const multiSelectResponse = z.object({ type: z.literal("multi-select"), choices: z.array(option).max(LIST_MAX) });
const trueFalseResponse = z.object({ type: z.literal("true-false"), value: z.boolean() });
const textResponse = z.object({ type: z.enum(["cloze", "typed-answer"]), text: typed });
const numericResponse = z.object({ type: z.literal("numeric"), text: typed });
const matchingResponse = z.object({
  type: z.literal("matching"),
  pairs: z.array(z.object({ left: option, right: option })).max(LIST_MAX),
});
const orderingResponse = z.object({ type: z.literal("ordering"), order: z.array(option).max(LIST_MAX) });

/** Any response, by shape alone. */
export const quizResponseSchema = z.union([
  choiceResponse,
  multiSelectResponse,
  trueFalseResponse,
  textResponse,
  numericResponse,
  matchingResponse,
  orderingResponse,
]);

export type QuizResponse = z.output<typeof quizResponseSchema>;
export type ChoiceResponse = z.output<typeof choiceResponse>;
export type MultiSelectResponse = z.output<typeof multiSelectResponse>;
export type TrueFalseResponse = z.output<typeof trueFalseResponse>;
export type TextResponse = z.output<typeof textResponse>;
export type NumericResponse = z.output<typeof numericResponse>;
export type MatchingResponse = z.output<typeof matchingResponse>;
export type OrderingResponse = z.output<typeof orderingResponse>;

function sameMultiset(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const counts = new Map<string, number>();
  for (const value of a) counts.set(value, (counts.get(value) ?? 0) + 1);
  for (const value of b) {
    const count = counts.get(value);
    if (!count) return false;
    counts.set(value, count - 1);
  }
  return true;
}

/** Why `response` does not fit `item` (another type, an option it does not have...), or null when it does. */
export function responseProblem(item: Item, response: QuizResponse): string | null {
  if (response.type !== item.type) return "That answer is for another kind of question.";
  switch (item.type) {
    case "multiple-choice":
    case "attribution":
    case "sources-disagree":
      return item.options.includes((response as ChoiceResponse).choice) ? null : "Choose one of the options.";
    case "multi-select": {
      const { choices } = response as MultiSelectResponse;
      if (new Set(choices).size !== choices.length) return "Each option can be chosen once.";
      return choices.every((choice) => item.options.includes(choice)) ? null : "Choose among the options.";
    }
    case "true-false":
    case "cloze":
    case "typed-answer":
    case "numeric":
      return null;
    case "matching": {
      const { pairs } = response as MatchingResponse;
      const lefts = item.pairs.map((pair) => pair.left);
      if (!sameMultiset(pairs.map((pair) => pair.left), lefts)) return "Match every item once.";
      const rights = new Set(item.pairs.map((pair) => pair.right));
      return pairs.every((pair) => rights.has(pair.right)) ? null : "Match every item to one of the choices.";
    }
    case "ordering":
      return sameMultiset((response as OrderingResponse).order, item.events.map((event) => event.label)) ? null : "Put every event in the order.";
  }
}

/** The schema a response to `item` must pass: the right shape, and only the item's own options, pairs or events. */
export function responseSchemaFor(item: Item) {
  return quizResponseSchema.superRefine((response, context) => {
    const problem = responseProblem(item, response);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });
}

/** A response as text, for the review of mistakes: "Kenya; Haiti", "True", "A → B; C → D". */
export function responseText(response: QuizResponse): string {
  switch (response.type) {
    case "multiple-choice":
    case "attribution":
    case "sources-disagree":
      return response.choice;
    case "multi-select":
      return response.choices.length > 0 ? response.choices.join("; ") : "(nothing selected)";
    case "true-false":
      return response.value ? "True" : "False";
    case "cloze":
    case "typed-answer":
    case "numeric":
      return response.text;
    case "matching":
      return response.pairs.map((pair) => `${pair.left} → ${pair.right}`).join("; ");
    case "ordering":
      return response.order.join(" → ");
  }
}
