import { describe, expect, it } from "vitest";
import type { ContentBank, Fact, MatchingGroup } from "@/lib/content/types";
import { answers, loadContentBank, quoted, storyBank, syntheticContentBank, testArticle, testFact } from "@/tests/factories/content-bank";
import { MISSION_OFFERS, offerFact, storyFact } from "@/tests/factories/story-facts";
import { ITEM_TYPES } from "../types";
import { generateBank } from "./index";

// The generator as a whole (lib/quiz/generate/index.ts): every item type,
// stable ids, determinism, and a bank at scale.

const articles = [testArticle(), testArticle({ slug: "globalpost", outlet: "GlobalPost", citedAs: "GlobalPost" })];

/** One fact per format, four timeline events, four country offers matched by a curated matching item, and a disagreement. */
function everyTypeBank(): ContentBank {
  const facts: Fact[] = [
    storyFact("signing-place"),
    storyFact("joiners"),
    storyFact("counterterrorism"),
    storyFact("kenya-signer", { difficulty: 1 }),
    storyFact("signed"),
    storyFact("officers"),
    storyFact("ruto-quote"),
    storyFact("displaced", {
      conflict: {
        kind: "disagreement",
        asks: "answer",
        about: "how many people in Haiti have been displaced",
        question: "How many people in Haiti does {source} say have been displaced?",
        correction: null,
        note: null,
        distractors: ["dozens"],
        sides: [
          { label: "hundreds", isError: false, evidence: [quoted("Hundreds of people have been displaced from their homes.")] },
          { label: "thousands", isError: false, evidence: [quoted("Thousands have been displaced from their homes.", "globalpost")] },
        ],
      },
    }),
    ...["2023-07-29", "2023-08-10", "2023-09-19", "2023-10-02"].map((date, index) =>
      testFact(`event-${index}`, {
        statement: `Kenya took step ${index + 1} towards the mission on ${date}.`,
        question: `When did Kenya take step ${index + 1} towards the mission?`,
        answer: answers.date(date, date),
        formats: ["true-false"],
        timeline: { date, event: `Kenya takes step ${index + 1}` },
      }),
    ),
    ...MISSION_OFFERS.map((offer) => offerFact(offer)),
  ];
  const matching: MatchingGroup[] = [
    {
      id: "offers",
      prompt: "Match each country to what it said about the mission.",
      pairs: MISSION_OFFERS.map(([id, country, offer]) => ({ fact: `offer-${id}`, left: country, right: offer })),
      extras: ["offered to lead the mission"],
      line: 1,
    },
  ];
  return storyBank(facts, { articles, matching });
}

describe("generateBank", () => {
  it("produces every item type from a bank that allows it", () => {
    const { items, skipped } = generateBank(everyTypeBank(), { seed: "test" });
    expect(new Set(items.map((item) => item.type))).toEqual(new Set(ITEM_TYPES));
    expect(skipped).toEqual([]);
  });

  it("gives every item a unique id", () => {
    const { items } = generateBank(everyTypeBank(), { seed: "test" });
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
  });

  it("is deterministic: the same bank and seed give the same items and sets", () => {
    expect(generateBank(everyTypeBank(), { seed: "test" })).toEqual(generateBank(everyTypeBank(), { seed: "test" }));
  });

  it("keeps ids under another seed, which only reorders options", () => {
    const a = generateBank(everyTypeBank(), { seed: "one" }).items;
    const b = generateBank(everyTypeBank(), { seed: "two" }).items;
    expect(b.map((item) => item.id)).toEqual(a.map((item) => item.id));
    for (const [index, item] of a.entries()) {
      const other = b[index];
      if (other && "options" in item && "options" in other) expect([...other.options].sort()).toEqual([...item.options].sort());
    }
    expect(a.some((item, index) => "options" in item && JSON.stringify(item.options) !== JSON.stringify((b[index] as typeof item).options))).toBe(true);
  });

  it("keeps a fact's item ids when its wording changes, and changes their versions only", () => {
    const before = generateBank(everyTypeBank(), { seed: "test" }).items;
    const edited = everyTypeBank();
    const fact = edited.facts.find((candidate) => candidate.id === "signing-place") as Fact;
    fact.statement = "The US-Kenya defense cooperation agreement of September 2023 was signed in the Kenyan capital, Nairobi.";
    fact.evidence = [quoted(fact.statement)];
    const after = generateBank(edited, { seed: "test" }).items;
    expect(after.map((item) => item.id)).toEqual(before.map((item) => item.id));
    for (const [index, item] of before.entries()) {
      const changed = after[index]?.version !== item.version;
      expect([item.id, changed]).toEqual([item.id, item.factIds.includes("signing-place")]);
    }
  });

  it("withholds a rejected item made of several facts and reports it", () => {
    const first = generateBank(everyTypeBank(), { seed: "test" });
    const ordering = first.items.find((item) => item.type === "ordering");
    const matching = first.items.find((item) => item.type === "matching");
    const rejected = new Set([ordering?.id ?? "", matching?.id ?? ""]);
    const generated = generateBank(everyTypeBank(), { seed: "test", rejected });
    expect(generated.withheld).toEqual(rejected);
    expect(generated.items.filter((item) => rejected.has(item.id))).toEqual([]);
    for (const candidate of generated.sets) for (const id of rejected) expect(candidate.itemIds).not.toContain(id);
  });
});

describe("the shipped content", () => {
  const bank = loadContentBank();
  const generated = generateBank(bank, { seed: "test", rejected: new Set(bank.reviews.filter((review) => review.verdict === "reject").map((review) => review.item)) });

  it("gives every fact an item, with unique ids", () => {
    expect(generated.skipped.map((skip) => `${skip.fact.id}: ${skip.reason}`)).toEqual([]);
    const covered = new Set(generated.items.flatMap((item) => item.factIds));
    expect(bank.facts.filter((fact) => !covered.has(fact.id)).map((fact) => fact.id)).toEqual([]);
    expect(new Set(generated.items.map((item) => item.id)).size).toBe(generated.items.length);
  });

  it("still produces every item type", () => {
    expect(new Set(generated.items.map((item) => item.type))).toEqual(new Set(ITEM_TYPES));
  });
});

describe("at scale", () => {
  it("generates the synthetic 10,000-fact bank with unique ids", () => {
    const { bank } = syntheticContentBank({ facts: 10_000 });
    const { items, skipped } = generateBank(bank, { seed: "scale" });
    expect(bank.facts).toHaveLength(10_000);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    // The synthetic corpus cuts several facts from one sentence, which give each other away: every fact is asked or reported.
    const asked = new Set(items.flatMap((item) => (item.factIds.length === 1 ? item.factIds : [])));
    expect(asked.size + skipped.length).toBe(10_000);
    expect(asked.size).toBeGreaterThan(2_000);
    for (const skip of skipped) expect(skip.reason).not.toBe("");
  }, 60_000);
});
