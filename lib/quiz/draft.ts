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
