import { describe, expect, it } from "vitest";
import type { Conflict, Fact } from "@/lib/content/types";
import { generateBank } from "./generate";
import { canonicalJson, factVersion, hashText, itemId, itemVersion } from "./item-id";
import { loadContentBank } from "@/tests/factories/content-bank";

const fact: Fact = {
  id: "agreement-signing-place",
  statement: "The US-Kenya defense agreement was signed in Nairobi, the capital of Kenya.",
  kind: "fact",
  question: "In which city was the US-Kenya defense agreement signed?",
  answer: { type: "place", value: "Nairobi", aliases: [] },
  distractors: ["Mombasa", "Kisumu", "Addis Ababa"],
  falseVariants: ["The US-Kenya defense agreement was signed in Mombasa, Kenya's main port."],
  accepted: null,
  formats: null,
  asOf: null,
  topics: ["agreement"],
  difficulty: 1,
  evidence: [{ article: "dozen-nations-join-haiti-effort", quote: "was signed on Monday, September 25, during a meeting in Nairobi" }],
  source: { file: "content/facts/agreement.yaml", line: 80 },
};

/** A disagreement about the fact, for edits of its kind. */
const CONFLICT: Conflict = {
  kind: "disagreement",
  asks: "answer",
  about: "the city where the agreement was signed",
  question: "In which city does {source} say the agreement was signed?",
  correction: null,
  note: null,
  distractors: [],
  sides: [
    { label: "Nairobi", isError: false, evidence: fact.evidence },
    { label: "Mombasa", isError: false, evidence: [{ article: "globalpost-stepping-up-kenya-haiti", quote: "signed in Mombasa" }] },
  ],
};

describe("hashText", () => {
  it("gives 16 hex digits, the same for the same text and another for any change", () => {
    expect(hashText("Nairobi")).toMatch(/^[0-9a-f]{16}$/);
    expect(hashText("Nairobi")).toBe(hashText("Nairobi"));
    const hashes = new Set(["", "a", "b", "ab", "ba", "Moïse", "Moise", "Nairobi", "Nairobi "].map(hashText));
    expect(hashes.size).toBe(9);
  });
});

describe("canonicalJson", () => {
  it("does not depend on the order fields were written in", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: undefined } })).toBe(canonicalJson({ a: { d: [1, { e: 3, f: 2 }] }, b: 1 }));
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
    expect(canonicalJson([{ b: null, a: "x" }])).toBe('[{"a":"x","b":null}]');
  });
});

describe("itemId", () => {
  it("is 12 hex digits made of the fact ids, type and variant only", () => {
    const id = itemId([fact.id], "true-false", "false");
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    expect(itemId([fact.id], "true-false", "false")).toBe(id);
    expect(itemId([fact.id], "true-false", "true")).not.toBe(id);
    expect(itemId([fact.id], "multiple-choice", "false")).not.toBe(id);
    expect(itemId(["agreement-signing-date"], "true-false", "false")).not.toBe(id);
    expect(itemId(["a", "b"], "ordering", "")).not.toBe(itemId(["ab"], "ordering", ""));
  });
});

describe("itemVersion", () => {
  const version = itemVersion([fact], "multiple-choice");

  it("changes when the content of the fact changes", () => {
    expect(itemVersion([{ ...fact, statement: `${fact.statement} ` }], "multiple-choice")).not.toBe(version);
    expect(itemVersion([{ ...fact, answer: { ...fact.answer, aliases: ["Nairobi city"] } }], "multiple-choice")).not.toBe(version);
    expect(itemVersion([{ ...fact, evidence: [] }], "multiple-choice")).not.toBe(version);
    expect(itemVersion([{ ...fact, timeline: { date: "2023-09-25", event: "Signing" } }], "multiple-choice")).not.toBe(version);
    expect(itemVersion([{ ...fact, kind: "claim", claimant: "Kyle Anzalone" }], "multiple-choice")).not.toBe(version);
    expect(itemVersion([{ ...fact, conflict: CONFLICT }], "multiple-choice")).not.toBe(version);
    expect(itemVersion([fact], "typed-answer")).not.toBe(version);
    expect(itemVersion([fact], "matching", [{ left: "a", right: "b" }])).not.toBe(itemVersion([fact], "matching", [{ left: "a", right: "c" }]));
  });

  it("stays the same when only where the fact was read from, its tags or the field order change", () => {
    expect(itemVersion([{ ...fact, source: { file: "content/facts/other.yaml", line: 3 } }], "multiple-choice")).toBe(version);
    expect(itemVersion([{ ...fact, topics: ["agreement", "people"], difficulty: 2 }], "multiple-choice")).toBe(version);
    const reordered: Fact = { ...fact, answer: { aliases: [], value: "Nairobi", type: "place" }, evidence: [{ quote: fact.evidence[0]?.quote ?? "", article: fact.evidence[0]?.article ?? "" }] };
    expect(itemVersion([reordered], "multiple-choice")).toBe(version);
  });

  it("stays the same for an equal copy of the fact", () => {
    expect(factVersion(structuredClone(fact))).toBe(factVersion(fact));
    expect(itemVersion([structuredClone(fact)], "multiple-choice")).toBe(version);
  });

  it("uses a memo of fact versions without changing the result", () => {
    const memo = new Map<Fact, string>();
    expect(itemVersion([fact], "multiple-choice", undefined, memo)).toBe(version);
    expect(memo.size).toBe(1);
    expect(itemVersion([fact], "multiple-choice", undefined, memo)).toBe(version);
  });
});

/** Edits of what the curator writes for items, each from a fact it applies to: [name, before, after]. */
const CURATOR_EDITS: [string, Fact, Fact][] = [
  ["a distractor replaced", fact, { ...fact, distractors: ["Mombasa", "Kisumu", "Kampala"] }],
  ["the distractors reordered", fact, { ...fact, distractors: [...fact.distractors].reverse() }],
  ["the distractors removed", fact, { ...fact, distractors: [] }],
  ["a false variant edited", fact, { ...fact, falseVariants: ["The US-Kenya defense agreement was signed in Kisumu, on Lake Victoria."] }],
  ["a false variant added", fact, { ...fact, falseVariants: [...fact.falseVariants, "The US-Kenya defense agreement was signed in Washington."] }],
  ["accepted answers listed", fact, { ...fact, accepted: ["Nairobi city"] }],
  ["accepted answers emptied (only the value)", fact, { ...fact, accepted: [] }],
  ["an accepted answer added", { ...fact, accepted: ["Nairobi city"] }, { ...fact, accepted: ["Nairobi city", "the Kenyan capital"] }],
  ["formats chosen", fact, { ...fact, formats: ["multiple-choice", "true-false"] }],
  ["formats reordered", { ...fact, formats: ["multiple-choice", "true-false"] }, { ...fact, formats: ["true-false", "multiple-choice"] }],
  ["as_of set", fact, { ...fact, asOf: "dozen-nations-join-haiti-effort" }],
  ["as_of moved to another article", { ...fact, asOf: "dozen-nations-join-haiti-effort" }, { ...fact, asOf: "globalpost-stepping-up-kenya-haiti" }],
  ["the conflict's kind changed", { ...fact, conflict: CONFLICT }, { ...fact, conflict: { ...CONFLICT, kind: "source-error" } }],
];

describe("editing what the curator writes for items", () => {
  it.each(CURATOR_EDITS)("%s changes the fact's version and its items' versions", (_name, before, after) => {
    expect(factVersion(after)).not.toBe(factVersion(before));
    for (const type of ["multiple-choice", "true-false", "typed-answer", "cloze", "sources-disagree"] as const) {
      expect(itemVersion([after], type), type).not.toBe(itemVersion([before], type));
    }
  });
});

describe("regenerating the real bank after such edits", () => {
  const bank = loadContentBank();
  const SEED = "item-id-test";
  const original = generateBank(bank, { seed: SEED });

  /** The ids and versions of one fact's items in a generation. */
  function itemsOf(items: typeof original.items, factId: string, except: string[] = []) {
    return items.filter((item) => item.factIds.length === 1 && item.factIds[0] === factId && !except.includes(item.type)).map((item) => ({ id: item.id, version: item.version }));
  }

  function regenerate(factId: string, edit: (fact: Fact) => Fact) {
    const target = bank.facts.find((candidate) => candidate.id === factId);
    if (!target) throw new Error(`no fact ${factId} in content/`);
    const edited = edit(target);
    expect(factVersion(edited), `${factId} was not edited`).not.toBe(factVersion(target));
    return generateBank({ ...bank, facts: bank.facts.map((candidate) => (candidate.id === factId ? edited : candidate)) }, { seed: SEED });
  }

  it.each<[string, string, (fact: Fact) => Fact]>([
    ["distractors", "quote-blinken-robust-assistance", (f) => ({ ...f, distractors: [...f.distractors].reverse() })],
    ["false variants", "mission-bahamas-150", (f) => ({ ...f, falseVariants: f.falseVariants.map((variant) => variant.replace("500", "5,000")) })],
    ["accepted answers", "objections-rights-advocates-safeguards", (f) => ({ ...f, accepted: [...(f.accepted ?? []), "protection"] })],
    ["formats", "quote-us-haitian-orgs-entrench", (f) => ({ ...f, formats: ["multiple-choice", "true-false"] })],
    ["as_of", "mission-belize-conditions", (f) => ({ ...f, asOf: "globalpost-stepping-up-kenya-haiti" })],
  ])("editing %s of %s gives the same item ids with new versions, and leaves every other item alone", (_field, factId, edit) => {
    const next = regenerate(factId, edit);
    const before = itemsOf(original.items, factId);
    const after = itemsOf(next.items, factId);
    expect(before.length).toBeGreaterThan(0);
    expect(after.map((item) => item.id)).toEqual(before.map((item) => item.id));
    for (const [index, item] of after.entries()) expect(item.version).not.toBe(before[index]?.version);
    const others = (items: typeof original.items) => items.filter((item) => !item.factIds.includes(factId)).map((item) => `${item.id}@${item.version}`);
    expect(others(next.items)).toEqual(others(original.items));
  });

  it("changing a conflict's kind makes its conflict item another question, and leaves every other item alone", () => {
    const next = regenerate("crisis-moise-assassination", (f) => ({ ...f, conflict: { ...f.conflict!, kind: "disagreement", correction: null, question: "What does {source} call Jovenel Moïse?" } }));
    const of = (items: typeof original.items) => items.filter((item) => item.factIds.length === 1 && item.factIds[0] === "crisis-moise-assassination");
    const before = of(original.items);
    const after = of(next.items);
    expect(before.map((item) => item.type)).toEqual(["sources-disagree"]);
    expect(after.map((item) => item.type)).toEqual(["sources-disagree"]);
    expect(after[0]?.id).not.toBe(before[0]?.id);
    const others = (items: typeof original.items) => items.filter((item) => !item.factIds.includes("crisis-moise-assassination")).map((item) => item.id);
    expect(others(next.items)).toEqual(others(original.items));
  });
});
