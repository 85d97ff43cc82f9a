// What the quiz player holds while a question is being answered, and the
// response it sends once the draft is complete.
import type { QuestionView } from "./question-view";
import type { QuizResponse } from "./response";

/** What the learner has entered so far, in the shape of the question. */
export type Draft =
  | { kind: "choice"; choice: string | null }
  | { kind: "multi"; choices: string[] }
  | { kind: "boolean"; value: boolean | null }
  | { kind: "text"; text: string }
  | { kind: "pairs"; rights: Record<string, string> }
  | { kind: "order"; order: string[] };

/** Nothing entered yet; an ordering starts in the order it is shown. */
export function emptyDraft(question: QuestionView): Draft {
  switch (question.type) {
    case "multiple-choice":
    case "attribution":
    case "sources-disagree":
      return { kind: "choice", choice: null };
    case "multi-select":
      return { kind: "multi", choices: [] };
    case "true-false":
      return { kind: "boolean", value: null };
    case "cloze":
    case "typed-answer":
    case "numeric":
      return { kind: "text", text: "" };
    case "matching":
      return { kind: "pairs", rights: {} };
    case "ordering":
      return { kind: "order", order: question.events };
  }
}

/** The draft as a response to send, or what is missing. */
export function draftToResponse(question: QuestionView, draft: Draft): QuizResponse | { problem: string } {
  switch (question.type) {
    case "multiple-choice":
    case "attribution":
    case "sources-disagree":
      return draft.kind === "choice" && draft.choice !== null ? { type: question.type, choice: draft.choice } : { problem: "Choose an answer." };
    case "multi-select":
      return draft.kind === "multi" && draft.choices.length > 0
        ? { type: question.type, choices: question.options.filter((option) => draft.choices.includes(option)) }
        : { problem: "Select at least one option." };
    case "true-false":
      return draft.kind === "boolean" && draft.value !== null ? { type: question.type, value: draft.value } : { problem: "Choose True or False." };
    case "cloze":
    case "typed-answer":
    case "numeric":
      return draft.kind === "text" && draft.text.trim() !== "" ? { type: question.type, text: draft.text.trim() } : { problem: "Type an answer." };
    case "matching": {
      if (draft.kind !== "pairs" || question.lefts.some((left) => !draft.rights[left])) return { problem: "Choose a match for every item." };
      return { type: question.type, pairs: question.lefts.map((left) => ({ left, right: draft.rights[left]! })) };
    }
    case "ordering":
      return draft.kind === "order" ? { type: question.type, order: draft.order } : { problem: "Put the events in order." };
  }
}

/** A saved response as the draft that made it: the player shows a reopened answer as it was entered. */
export function responseToDraft(response: QuizResponse): Draft {
  switch (response.type) {
    case "multiple-choice":
    case "attribution":
    case "sources-disagree":
      return { kind: "choice", choice: response.choice };
    case "multi-select":
      return { kind: "multi", choices: response.choices };
    case "true-false":
      return { kind: "boolean", value: response.value };
    case "cloze":
    case "typed-answer":
    case "numeric":
      return { kind: "text", text: response.text };
    case "matching":
      return { kind: "pairs", rights: Object.fromEntries(response.pairs.map((pair) => [pair.left, pair.right])) };
    case "ordering":
      return { kind: "order", order: response.order };
  }
}

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((entry) => typeof entry === "string");

/**
 * A draft kept on the device (sessionStorage) for `question`, or null when
 * it is not one: another shape, or options, matches or events the question
 * does not have. What a device keeps is never trusted as it is.
 */
export function restoreDraft(question: QuestionView, stored: unknown): Draft | null {
  if (typeof stored !== "object" || stored === null) return null;
  const value = stored as Record<string, unknown>;
  const kind = emptyDraft(question).kind;
  if (value.kind !== kind) return null;
  switch (question.type) {
    case "multiple-choice":
    case "attribution":
    case "sources-disagree":
      return typeof value.choice === "string" && question.options.includes(value.choice) ? { kind: "choice", choice: value.choice } : null;
    case "multi-select":
      return isStrings(value.choices) && value.choices.every((choice) => question.options.includes(choice)) ? { kind: "multi", choices: [...new Set(value.choices)] } : null;
    case "true-false":
      return typeof value.value === "boolean" ? { kind: "boolean", value: value.value } : null;
    case "cloze":
    case "typed-answer":
    case "numeric":
      return typeof value.text === "string" && value.text.length <= 1_000 ? { kind: "text", text: value.text } : null;
    case "matching": {
      const rights = value.rights;
      if (typeof rights !== "object" || rights === null || Array.isArray(rights)) return null;
      const entries = Object.entries(rights);
      const isValid = entries.every(([left, right]) => question.lefts.includes(left) && typeof right === "string" && question.rights.includes(right));
      return isValid ? { kind: "pairs", rights: Object.fromEntries(entries) as Record<string, string> } : null;
    }
    case "ordering": {
      const order = value.order;
      const isSame = isStrings(order) && order.length === question.events.length && [...order].sort().join("\n") === [...question.events].sort().join("\n");
      return isSame ? { kind: "order", order } : null;
    }
  }
}
