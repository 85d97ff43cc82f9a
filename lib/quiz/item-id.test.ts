import { describe, expect, it } from "vitest";
import type { Fact } from "@/lib/content/types";
import { canonicalJson, hashText, itemId, itemVersion } from "./item-id";

const fact: Fact = {
  id: "agreement-signing-place",
  statement: "The US-Kenya defense agreement was signed in Nairobi, the capital of Kenya.",
  kind: "fact",
  question: "In which city was the US-Kenya defense agreement signed?",
  answer: { type: "place", value: "Nairobi", aliases: [] },
  topics: ["agreement"],
  difficulty: 1,
  evidence: [{ article: "dozen-nations-join-haiti-effort", quote: "was signed on Monday, September 25, during a meeting in Nairobi" }],
  source: { file: "content/facts/agreement.yaml", line: 80 },
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
    const conflict = { about: "the city", sides: [{ label: "Nairobi", evidence: fact.evidence }] };
    expect(itemVersion([{ ...fact, conflict }], "multiple-choice")).not.toBe(version);
    expect(itemVersion([fact], "typed-answer")).not.toBe(version);
    expect(itemVersion([fact], "matching", [{ left: "a", right: "b" }])).not.toBe(itemVersion([fact], "matching", [{ left: "a", right: "c" }]));
  });

  it("stays the same when only where the fact was read from, its tags or the field order change", () => {
    expect(itemVersion([{ ...fact, source: { file: "content/facts/other.yaml", line: 3 } }], "multiple-choice")).toBe(version);
    expect(itemVersion([{ ...fact, topics: ["agreement", "people"], difficulty: 2 }], "multiple-choice")).toBe(version);
    const reordered: Fact = { ...fact, answer: { aliases: [], value: "Nairobi", type: "place" }, evidence: [{ quote: fact.evidence[0]?.quote ?? "", article: fact.evidence[0]?.article ?? "" }] };
    expect(itemVersion([reordered], "multiple-choice")).toBe(version);
  });

  it("uses a memo of fact versions without changing the result", () => {
    const memo = new Map<Fact, string>();
    expect(itemVersion([fact], "multiple-choice", undefined, memo)).toBe(version);
    expect(memo.size).toBe(1);
    expect(itemVersion([fact], "multiple-choice", undefined, memo)).toBe(version);
  });
});
