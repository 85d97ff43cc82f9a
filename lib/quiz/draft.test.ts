import { describe, expect, it } from "vitest";
import { CLOZE, MATCHING, MULTI_SELECT, MULTIPLE_CHOICE, NUMERIC_MONEY, ORDERING, TEST_ITEMS, TRUE_STATEMENT, TYPED_ANSWER } from "@/tests/factories/items";
import { draftToResponse, emptyDraft, responseToDraft, restoreDraft, type Draft } from "./draft";
import { gradeResponse } from "./grade";
import { questionView, type QuestionView } from "./question-view";
import { responseSchemaFor } from "./response";
import { isChoiceItem, type Item } from "./types";

const SEED = "attempt-1";

/** What a learner who knows the answer enters, through the controls the player shows for the item. */
function rightDraft(item: Item): Draft {
  if (isChoiceItem(item)) return { kind: "choice", choice: item.answer };
  switch (item.type) {
    case "multi-select":
      return { kind: "multi", choices: [...item.answers].reverse() };
    case "true-false":
      return { kind: "boolean", value: item.answer };
    case "cloze":
    case "typed-answer":
      return { kind: "text", text: `  ${item.answer} ` };
    case "numeric":
      return { kind: "text", text: String(item.answer) };
    case "matching":
      return { kind: "pairs", rights: Object.fromEntries(item.pairs.map((pair) => [pair.left, pair.right])) };
    case "ordering":
      return { kind: "order", order: item.events.map((event) => event.label) };
  }
}

function responseOf(view: QuestionView, draft: Draft) {
  const response = draftToResponse(view, draft);
  if ("problem" in response) throw new Error(`expected a response, got “${response.problem}”`);
  return response;
}

describe("draftToResponse", () => {
  // Not the negative number: the grader reads a typed "-2.75" as 2.75.
  const answerable = TEST_ITEMS.filter((item) => item.type !== "numeric" || item.answer >= 0);

  it.each(answerable.map((item) => [item.id, item] as const))("a right draft of %s is a response the server accepts and grades right", (_, item) => {
    const view = questionView(item, SEED);
    const response = responseOf(view, rightDraft(item));
    expect(response.type).toBe(item.type);
    const parsed = responseSchemaFor(item).parse(response);
    expect(gradeResponse(item, parsed).isCorrect).toBe(true);
  });

  it("says what is missing from an empty draft of every type but ordering", () => {
    const problems = Object.fromEntries(
      TEST_ITEMS.map((item) => {
        const view = questionView(item, SEED);
        const response = draftToResponse(view, emptyDraft(view));
        return [item.type, "problem" in response ? response.problem : null];
      }),
    );
    expect(problems).toEqual({
      "multiple-choice": "Choose an answer.",
      attribution: "Choose an answer.",
      "sources-disagree": "Choose an answer.",
      "multi-select": "Select at least one option.",
      "true-false": "Choose True or False.",
      cloze: "Type an answer.",
      "typed-answer": "Type an answer.",
      numeric: "Type an answer.",
      matching: "Choose a match for every item.",
      // An ordering is always complete: the shown order is an answer.
      ordering: null,
    });
  });

  it("sends an untouched ordering in the order it was shown", () => {
    const view = questionView(ORDERING, SEED);
    if (view.type !== "ordering") throw new Error("expected an ordering");
    expect(view.events).not.toEqual(ORDERING.events.map((event) => event.label));
    expect(responseOf(view, emptyDraft(view))).toEqual({ type: "ordering", order: view.events });
  });

  it("lists multi-select choices in the order of the options, whatever the order they were ticked in", () => {
    const view = questionView(MULTI_SELECT, SEED);
    expect(responseOf(view, { kind: "multi", choices: ["Antigua & Barbuda", "Kenya"] })).toEqual({ type: "multi-select", choices: ["Kenya", "Antigua & Barbuda"] });
  });

  it("trims typed text, and treats blank text as no answer", () => {
    for (const item of [CLOZE, TYPED_ANSWER, NUMERIC_MONEY]) {
      const view = questionView(item, SEED);
      expect(responseOf(view, { kind: "text", text: "\t 100 million \n" })).toEqual({ type: item.type, text: "100 million" });
      expect(draftToResponse(view, { kind: "text", text: "  \t" })).toEqual({ problem: "Type an answer." });
    }
  });

  it("asks for every match while any left item has none", () => {
    const view = questionView(MATCHING, SEED);
    const [first, second] = MATCHING.pairs;
    const partial = { [first!.left]: first!.right, [second!.left]: second!.right };
    expect(draftToResponse(view, { kind: "pairs", rights: partial })).toEqual({ problem: "Choose a match for every item." });
    expect(draftToResponse(view, { kind: "pairs", rights: { ...partial, [MATCHING.pairs[2]!.left]: "" } })).toEqual({ problem: "Choose a match for every item." });
  });

  it("sends matching pairs in the order of the left items", () => {
    const view = questionView(MATCHING, SEED);
    const rights = Object.fromEntries([...MATCHING.pairs].reverse().map((pair) => [pair.left, pair.right]));
    expect(responseOf(view, { kind: "pairs", rights })).toEqual({ type: "matching", pairs: MATCHING.pairs.map(({ left, right }) => ({ left, right })) });
  });

  it("keeps False as an answer to a true-false question", () => {
    const view = questionView(TRUE_STATEMENT, SEED);
    expect(responseOf(view, { kind: "boolean", value: false })).toEqual({ type: "true-false", value: false });
  });

  it("treats a draft of another shape as no answer", () => {
    const choice = questionView(MULTIPLE_CHOICE, SEED);
    expect(draftToResponse(choice, { kind: "text", text: MULTIPLE_CHOICE.answer })).toEqual({ problem: "Choose an answer." });
    expect(draftToResponse(questionView(ORDERING, SEED), { kind: "multi", choices: [] })).toEqual({ problem: "Put the events in order." });
    expect(draftToResponse(questionView(TRUE_STATEMENT, SEED), { kind: "choice", choice: "True" })).toEqual({ problem: "Choose True or False." });
  });
});

describe("emptyDraft", () => {
  it("starts every question with nothing chosen or typed", () => {
    const drafts = Object.fromEntries(TEST_ITEMS.filter((item) => item.type !== "ordering").map((item) => [item.type, emptyDraft(questionView(item, SEED))]));
    expect(drafts).toEqual({
      "multiple-choice": { kind: "choice", choice: null },
      attribution: { kind: "choice", choice: null },
      "sources-disagree": { kind: "choice", choice: null },
      "multi-select": { kind: "multi", choices: [] },
      "true-false": { kind: "boolean", value: null },
      cloze: { kind: "text", text: "" },
      "typed-answer": { kind: "text", text: "" },
      numeric: { kind: "text", text: "" },
      matching: { kind: "pairs", rights: {} },
    });
  });
});

describe("responseToDraft and restoreDraft", () => {
  it("turn a saved response back into the draft that made it, for every item type", () => {
    for (const item of TEST_ITEMS) {
      const view: QuestionView = questionView(item, SEED);
      const response = draftToResponse(view, rightDraft(item));
      if ("problem" in response) throw new Error(response.problem);
      const draft = responseToDraft(response);
      expect(draftToResponse(view, draft)).toEqual(response);
      // A draft kept on the device comes back as it was, after a JSON round trip.
      expect(restoreDraft(view, JSON.parse(JSON.stringify(draft)))).toEqual(draft);
    }
  });

  it("refuses a kept draft of another shape, or with options the question does not have", () => {
    const choice = questionView(MULTIPLE_CHOICE, SEED);
    expect(restoreDraft(choice, { kind: "choice", choice: "Not an option" })).toBeNull();
    expect(restoreDraft(choice, { kind: "text", text: "Kenya" })).toBeNull();
    expect(restoreDraft(choice, "choice")).toBeNull();
    expect(restoreDraft(choice, null)).toBeNull();
    const ordering = questionView(ORDERING, SEED);
    expect(restoreDraft(ordering, { kind: "order", order: ["only one"] })).toBeNull();
    const matching = questionView(MATCHING, SEED);
    expect(restoreDraft(matching, { kind: "pairs", rights: { [MATCHING.pairs[0]!.left]: "nobody" } })).toBeNull();
    expect(restoreDraft(questionView(MULTI_SELECT, SEED), { kind: "multi", choices: [42] })).toBeNull();
    expect(restoreDraft(questionView(TRUE_STATEMENT, SEED), { kind: "boolean", value: "yes" })).toBeNull();
  });
});
