import { describe, expect, it } from "vitest";
import { CLASS_ATTEMPTS, CLASS_ITEMS, Q1, Q2, Q3, Q4, Q5 } from "@/tests/factories/report-attempts";
import { itemFlags, type ItemFlag } from "./flags";
import { ITEM_ANALYSIS_MINIMUMS, analyzeAssignment, type ItemAnalysis, type OptionAnalysis, type Statistic } from "./item-analysis";

const ok = (value: number): Statistic => ({ status: "ok", value });

function choice(option: string, isCorrect: boolean, count: number, answered: number, pointBiserial: number): OptionAnalysis {
  return { option, isCorrect, count, share: ok(count / answered), pointBiserial: ok(pointBiserial) };
}

/**
 * A multiple-choice question answered by 20 students, 12 right, that raises
 * no flag: D 40, E 60, the distractors chosen by 5 and 3 (25 %, 15 %) with
 * negative point-biserials. Each test changes one figure.
 */
function healthy(changes: Partial<ItemAnalysis> = {}): ItemAnalysis {
  return {
    itemId: "q-healthy",
    type: "multiple-choice",
    n: 20,
    answered: 20,
    correct: 12,
    facility: ok(0.6),
    discrimination: ok(40),
    efficiency: ok(60),
    responses: {
      kind: "options",
      unlisted: 0,
      options: [choice("Nairobi", true, 12, 20, 0.45), choice("Mombasa", false, 5, 20, -0.3), choice("Kisumu", false, 3, 20, -0.2)],
    },
    ...changes,
  };
}

function withOptions(options: OptionAnalysis[], changes: Partial<ItemAnalysis> = {}): ItemAnalysis {
  return healthy({ responses: { kind: "options", unlisted: 0, options }, ...changes });
}

const kinds = (flags: ItemFlag[]) => flags.map((flag) => flag.kind);

describe("itemFlags", () => {
  it("raises nothing on a healthy question", () => {
    expect(itemFlags(healthy())).toEqual([]);
  });

  it("negative discrimination: D below 0, not at 0", () => {
    expect(itemFlags(healthy({ discrimination: ok(-8.25) }))).toEqual([
      {
        kind: "negative-discrimination",
        option: null,
        reason:
          "Discrimination is -8.3: students who did worse on the other questions got this one right more often than those who did better. Check the key and the wording.",
      },
    ]);
    expect(itemFlags(healthy({ discrimination: ok(0) }))).toEqual([]);
  });

  it("low efficiency: E below 15 (Moodle's dubious question), not at 15", () => {
    expect(itemFlags(healthy({ efficiency: ok(14.9) }))).toEqual([
      {
        kind: "low-efficiency",
        option: null,
        reason: "Discriminative efficiency is 14.9, under 15: the question tells students who know the material from those who do not far less than it could.",
      },
    ]);
    expect(itemFlags(healthy({ efficiency: ok(15) }))).toEqual([]);
  });

  it("a distractor chosen by strong students: point-biserial above 0, not at 0, and never for the key", () => {
    const strong = withOptions([choice("Nairobi", true, 12, 20, 0.3), choice("Mombasa", false, 5, 20, 0.12), choice("Kisumu", false, 3, 20, 0)]);
    expect(itemFlags(strong)).toEqual([
      {
        kind: "distractor-chosen-by-strong",
        option: "Mombasa",
        reason: "“Mombasa” was chosen more by students with higher scores (point-biserial 0.12): it may be defensible, or the key may be wrong.",
      },
    ]);
  });

  it("a non-functioning distractor: chosen by under 5 %, not by 5 %, and never the key", () => {
    // 21 answers: Kisumu's 1 is 4.8 %, Nakuru's 0 is 0 %.
    const rare = withOptions([choice("Nairobi", true, 18, 21, 0.3), choice("Mombasa", false, 2, 21, -0.2), choice("Kisumu", false, 1, 21, -0.2), choice("Nakuru", false, 0, 21, 0)], {
      n: 21,
      answered: 21,
    });
    expect(itemFlags(rare)).toEqual([
      { kind: "non-functioning-distractor", option: "Kisumu", reason: "“Kisumu” was chosen by 1 of 21 (5%): it does not distract; a more plausible wrong answer would." },
      { kind: "non-functioning-distractor", option: "Nakuru", reason: "“Nakuru” was chosen by no one: it does not distract; a more plausible wrong answer would." },
    ]);
    // 20 answers: Kisumu's 1 is exactly 5 %.
    const atFivePercent = withOptions([choice("Nairobi", true, 12, 20, 0.3), choice("Mombasa", false, 7, 20, -0.2), choice("Kisumu", false, 1, 20, -0.2)]);
    expect(itemFlags(atFivePercent)).toEqual([]);
    const rareKey = withOptions([choice("Nairobi", true, 0, 20, 0), choice("Mombasa", false, 20, 20, 0)]);
    expect(kinds(itemFlags(rareKey))).not.toContain("non-functioning-distractor");
  });

  it("no non-functioning distractor below the discrimination minimum, nor for a true-false question", () => {
    const unused = [choice("Nairobi", true, 12, 14, 0.3), choice("Mombasa", false, 2, 14, -0.2), choice("Nakuru", false, 0, 14, 0)];
    expect(kinds(itemFlags(withOptions(unused, { n: 14, answered: 14 })))).toEqual([]);
    expect(kinds(itemFlags(withOptions(unused, { n: 15, answered: 15 })))).toEqual(["non-functioning-distractor"]);
    expect(kinds(itemFlags(withOptions(unused, { n: 15, answered: 15 }), { facility: 10, discrimination: 16 }))).toEqual([]);
    const trueFalse = withOptions([choice("True", true, 19, 20, 0.3), choice("False", false, 0, 20, 0)], { type: "true-false" });
    expect(itemFlags(trueFalse)).toEqual([]);
  });

  it("too easy: facility above 0.95, not at 0.95", () => {
    expect(itemFlags(healthy({ facility: ok(20 / 21), n: 21, correct: 20 }))).toEqual([
      { kind: "too-easy", option: null, reason: "Facility 0.95 (20 of 21 right): it tells students apart very little." },
    ]);
    expect(itemFlags(healthy({ facility: ok(0.95), correct: 19 }))).toEqual([]);
  });

  it("too hard: facility below 0.2, not at 0.2", () => {
    expect(itemFlags(healthy({ facility: ok(0.15), correct: 3 }))).toEqual([
      { kind: "too-hard", option: null, reason: "Facility 0.15 (3 of 20 right): check the key, the wording, and whether the fact was taught." },
    ]);
    expect(itemFlags(healthy({ facility: ok(0.2), correct: 4 }))).toEqual([]);
  });

  it("raises nothing from a figure without a value", () => {
    const tooFew: Statistic = { status: "too-few", n: 8, needed: 15 };
    const noValue: Statistic = { status: "no-value", reason: "Every student got it right, so it cannot tell students apart." };
    const options = [
      { option: "Nairobi", isCorrect: true, count: 8, share: tooFew, pointBiserial: tooFew },
      { option: "Nakuru", isCorrect: false, count: 0, share: tooFew, pointBiserial: noValue },
    ];
    expect(itemFlags(withOptions(options, { n: 8, answered: 8, facility: tooFew, discrimination: tooFew, efficiency: tooFew }))).toEqual([]);
    expect(itemFlags(healthy({ discrimination: noValue, efficiency: noValue }))).toEqual([]);
  });

  it("flags the class of eight where its hand-computed figures say, when every answer counts", () => {
    const minimums = { facility: 1, discrimination: 1 };
    const { items } = analyzeAssignment({ items: CLASS_ITEMS, attempts: CLASS_ATTEMPTS, hiddenItemIds: new Set(), minimums });
    const flagsOf = (itemId: string) => itemFlags(items.find((analysis) => analysis.itemId === itemId)!, minimums).map((flag) => [flag.kind, flag.option]);
    // Q1: nobody chose Nakuru. Q2: D 25.8, E 33.3, "False" −0.48: nothing. Q3: E 14.3 with D 11.9.
    // Q4: D −10.7, E −14.3. Q5: D −16.2, E −23.1, and "Alfred Mutua" +0.41.
    expect(flagsOf(Q1.id)).toEqual([["non-functioning-distractor", "Nakuru"]]);
    expect(flagsOf(Q2.id)).toEqual([]);
    expect(flagsOf(Q3.id)).toEqual([["low-efficiency", null]]);
    expect(flagsOf(Q4.id)).toEqual([
      ["negative-discrimination", null],
      ["low-efficiency", null],
    ]);
    expect(flagsOf(Q5.id)).toEqual([
      ["negative-discrimination", null],
      ["low-efficiency", null],
      ["distractor-chosen-by-strong", "Alfred Mutua"],
    ]);
  });

  it("flags nothing in the class of eight under the real minimums", () => {
    const { items } = analyzeAssignment({ items: CLASS_ITEMS, attempts: CLASS_ATTEMPTS, hiddenItemIds: new Set() });
    expect(items.flatMap((analysis) => itemFlags(analysis, ITEM_ANALYSIS_MINIMUMS))).toEqual([]);
  });
});
