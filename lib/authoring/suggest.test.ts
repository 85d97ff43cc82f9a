import { describe, expect, it } from "vitest";
import { NEWS_REPORT, OPINION_PIECE, PRESS_STATEMENT } from "@/tests/factories/authoring-texts";
import { moneyValue, rankSuggestions, scoreSentence, storyEntities, suggestSentences } from "./suggest";
import type { Candidate, SentenceSuggestion } from "./types";

function candidate(list: SentenceSuggestion[], text: string): Candidate {
  const found = list.flatMap((sentence) => sentence.candidates).find((item) => item.text === text);
  if (!found) throw new Error(`no candidate "${text}"`);
  return found;
}

describe("suggestSentences on a news report", () => {
  const list = suggestSentences(NEWS_REPORT.body, NEWS_REPORT);

  it("gives every sentence in order, with candidates whose offsets are exact", () => {
    expect(list.map((sentence) => sentence.index)).toEqual([0, 1, 2, 3, 4, 5]);
    for (const sentence of list) {
      expect(NEWS_REPORT.body.slice(sentence.start, sentence.end)).toBe(sentence.text);
      for (const item of sentence.candidates) {
        expect(NEWS_REPORT.body.slice(item.start, item.end)).toBe(item.text);
        expect(item.start).toBeGreaterThanOrEqual(sentence.start);
        expect(item.end).toBeLessThanOrEqual(sentence.end);
      }
    }
  });

  it("reads the first sentence: no candidate from the dateline, the weekday resolved against the publication date", () => {
    expect(list[0]!.candidates.map((item) => [item.kind, item.text])).toEqual([
      ["place", "Kenya"],
      ["date", "Wednesday"],
      ["number", "1,000"],
      ["place", "Haiti"],
      ["person", "Alfred Mutua"],
    ]);
    // Published Thursday 2021-07-08: "on Wednesday" is the day before.
    expect(candidate(list, "Wednesday").date).toBe("2021-07-07");
    expect(candidate(list, "1,000")).toMatchObject({ kind: "number", value: 1000, unit: "police officers" });
    const kenya = candidate(list, "Kenya");
    expect(kenya.start).toBe(NEWS_REPORT.body.indexOf("Kenya offered"));
  });

  it("makes attributed sentences claims with their voice", () => {
    expect(list[0]).toMatchObject({ kind: "claim", cue: "said", voice: "Alfred Mutua" });
    expect(list[2]).toMatchObject({ kind: "claim", cue: "said", voice: "U.S. State Department" });
    expect(list[4]).toMatchObject({ kind: "claim", cue: "according to", voice: "U.N." });
    expect(list[1]).toMatchObject({ kind: "fact", cue: null, voice: null });
  });

  it("finds the quotation and its speaker", () => {
    expect(list[3]).toMatchObject({ kind: "quote", cue: "said", voice: "Alfred Mutua" });
    const quote = candidate(list, "We will not abandon the people of Haiti");
    expect(quote).toMatchObject({ kind: "quote", speaker: "Alfred Mutua" });
    expect(quote.start).toBe(NEWS_REPORT.body.indexOf("“We will") + 1);
  });

  it("reads money, a dozen and an absolute date", () => {
    expect(candidate(list, "$10 million")).toMatchObject({ kind: "money", value: 10_000_000, currency: "USD" });
    expect(candidate(list, "A dozen")).toMatchObject({ kind: "number", value: 12, unit: "officers" });
    expect(candidate(list, "September 25, 2023")).toMatchObject({ kind: "date", date: "2023-09-25" });
  });

  it("leaves a relative date unresolved without a publication date, an absolute one resolved", () => {
    const undated = suggestSentences(NEWS_REPORT.body, { published: null });
    expect(candidate(undated, "Wednesday").date).toBeNull();
    expect(candidate(undated, "September 25, 2023").date).toBe("2023-09-25");
  });
});

describe("suggestSentences on a press statement", () => {
  const list = suggestSentences(PRESS_STATEMENT.body, PRESS_STATEMENT);

  it("reads money in dollars and euros, and percentages", () => {
    expect(candidate(list, "$25 million")).toMatchObject({ kind: "money", value: 25_000_000, currency: "USD" });
    expect(candidate(list, "€5 million")).toMatchObject({ kind: "money", value: 5_000_000, currency: "EUR" });
    expect(candidate(list, "40 percent")).toMatchObject({ kind: "percent", value: 40 });
    expect(candidate(list, "18%")).toMatchObject({ kind: "percent", value: 18 });
    expect(candidate(list, "500,000")).toMatchObject({ kind: "number", value: 500_000, unit: "people" });
  });

  it("resolves today and last year against the publication date", () => {
    expect(candidate(list, "today").date).toBe("2023-03-02");
    expect(candidate(list, "last year").date).toBe("2022");
  });

  it("finds an organization compromise misses and skips the dateline", () => {
    expect(list[0]!.candidates.map((item) => item.text)).toEqual(["World Food Programme", "today", "$25 million", "Haiti"]);
    expect(list.every((sentence) => sentence.kind === "fact")).toBe(true);
  });
});

describe("suggestSentences on an opinion piece", () => {
  const list = suggestSentences(OPINION_PIECE.body, OPINION_PIECE);

  it("never proposes an opinion as a fact", () => {
    expect(list.map((sentence) => [sentence.kind, sentence.cue])).toEqual([
      ["opinion", "should"],
      ["opinion", "We believe"],
      ["opinion", "In my view"],
      ["opinion", "ought to"],
      ["fact", null],
      ["opinion", "It is time"],
    ]);
  });

  it("scores an opinion at half of the same sentence as a fact, and a sentence with nothing to ask at 0", () => {
    const opinion = list[2]!;
    const asFact = scoreSentence({ index: opinion.index, words: 12, kind: "fact", candidates: opinion.candidates, titleWords: new Set(["haiti", "cannot", "wait"]), text: opinion.text });
    expect(opinion.score).toBeCloseTo(asFact / 2, 2);
    expect(list[3]!.candidates).toEqual([]);
    expect(list[3]!.score).toBe(0);
  });
});

describe("scoreSentence", () => {
  const number: Candidate = { start: 0, end: 1, text: "5", kind: "number", value: 5 };
  const base = { index: 0, words: 10, kind: "fact" as const, candidates: [number], titleWords: new Set<string>(), text: "x" };

  it("follows the documented formula", () => {
    // density 10 × 1.5 / 10 = 1.5, position 1, title 0.
    expect(scoreSentence(base)).toBe(2.5);
    // position 1 / (1 + 10 / 10) = 0.5
    expect(scoreSentence({ ...base, index: 10 })).toBe(2);
    // title: one of two title words
    expect(scoreSentence({ ...base, text: "Kenya offers", titleWords: new Set(["kenya", "haiti"]) })).toBe(3);
    // long and short sentences
    expect(scoreSentence({ ...base, words: 50 })).toBe(0.78);
    expect(scoreSentence({ ...base, words: 5 })).toBe(1.75);
    expect(scoreSentence({ ...base, candidates: [] })).toBe(0);
  });
});

describe("rankSuggestions", () => {
  it("orders by score, then by position", () => {
    const make = (index: number, score: number) => ({ index, score }) as SentenceSuggestion;
    expect(rankSuggestions([make(0, 1), make(1, 3), make(2, 1), make(3, 0)]).map((item) => item.index)).toEqual([1, 0, 2, 3]);
  });
});

describe("storyEntities", () => {
  it("gives distinct names across articles, most often named first, a family name counted with the full name", () => {
    const entities = storyEntities([NEWS_REPORT.body, PRESS_STATEMENT.body, OPINION_PIECE.body]);
    expect(entities.people).toEqual(["Alfred Mutua"]);
    expect(entities.places[0]).toBe("Haiti");
    expect(entities.places).toEqual(expect.arrayContaining(["Kenya", "Jamaica"]));
    expect(entities.places).not.toContain("NAIROBI");
    expect(entities.organizations).toEqual(expect.arrayContaining(["U.S. State Department", "World Food Programme", "European Union", "United Nations"]));
  });
});

describe("moneyValue", () => {
  it("reads amounts, scales and currencies", () => {
    expect(moneyValue("$10 million")).toEqual({ value: 10_000_000, currency: "USD" });
    expect(moneyValue("US$2.5 billion")).toEqual({ value: 2_500_000_000, currency: "USD" });
    expect(moneyValue("£300,000")).toEqual({ value: 300_000, currency: "GBP" });
    expect(moneyValue("five million euros")).toEqual({ value: 5_000_000, currency: "EUR" });
    expect(moneyValue("nothing")).toBeNull();
  });
});

describe("suggestSentences on any text", () => {
  it("never throws, and every sentence and candidate slices the body exactly", async () => {
    const fc = await import("fast-check");
    const pieces = fc.constantFrom("Mr. ", "U.S. ", "Kenya ", "said ", "“", "”", '"', "$5 million ", "40% ", "on Monday ", "two ", "\n", "\n\n", ". ", ", ", "NAIROBI — ", "é ", "  ");
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 40 }), fc.option(fc.constantFrom("2021-07-08", "2021-07", "not a date")), (parts, published) => {
        const body = parts.join("");
        for (const sentence of suggestSentences(body, { published })) {
          expect(body.slice(sentence.start, sentence.end)).toBe(sentence.text);
          for (const item of sentence.candidates) expect(body.slice(item.start, item.end)).toBe(item.text);
        }
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});
