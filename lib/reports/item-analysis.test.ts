import { describe, expect, it } from "vitest";
import type { Item } from "@/lib/quiz/types";
import {
  CLASS_ATTEMPTS,
  CLASS_ITEMS,
  CLASS_ROWS,
  Q1,
  Q2,
  Q3,
  Q4,
  Q5,
  answerOf,
  classAttempt,
  reportAttempt,
} from "@/tests/factories/report-attempts";
import { CLOZE, MATCHING, NUMERIC_COUNT } from "@/tests/factories/items";
import { scoreOf, type ReportAttempt } from "./attempt-choice";
import {
  ITEM_ANALYSIS_MINIMUMS,
  MIN_ANSWERS_FOR_DISCRIMINATION,
  MIN_ANSWERS_FOR_FACILITY,
  analyzeAssignment,
  compareHardestFirst,
  describeConsistency,
  type ItemAnalysis,
  type OptionAnalysis,
  type Statistic,
} from "./item-analysis";

/** The class of eight is below the real minimums: its figures are checked with every answer counting. */
const EVERY_ANSWER_COUNTS = { facility: 1, discrimination: 1 };
const NONE_HIDDEN: ReadonlySet<string> = new Set();

function analyze(items: readonly Item[], attempts: readonly ReportAttempt[], hidden = NONE_HIDDEN, minimums = EVERY_ANSWER_COUNTS) {
  return analyzeAssignment({ items, attempts, hiddenItemIds: hidden, minimums });
}

function value(statistic: Statistic): number {
  if (statistic.status !== "ok") throw new Error(`Expected a value, got ${JSON.stringify(statistic)}`);
  return statistic.value;
}

function row(analyses: readonly ItemAnalysis[], item: Item | string): ItemAnalysis {
  const itemId = typeof item === "string" ? item : item.id;
  const found = analyses.find((analysis) => analysis.itemId === itemId);
  if (!found) throw new Error(`No row for ${itemId}`);
  return found;
}

function options(analysis: ItemAnalysis): OptionAnalysis[] {
  if (analysis.responses.kind !== "options") throw new Error(`${analysis.itemId} has no options`);
  return analysis.responses.options;
}

function option(analysis: ItemAnalysis, text: string): OptionAnalysis {
  const found = options(analysis).find((candidate) => candidate.option === text);
  if (!found) throw new Error(`No option ${text}`);
  return found;
}

/** Every number anywhere in `value` is finite: no NaN, no Infinity. */
function expectFinite(value: unknown, path = "result"): void {
  if (typeof value === "number") expect(Number.isFinite(value), `${path} is ${value}`).toBe(true);
  else if (Array.isArray(value)) value.forEach((entry, index) => expectFinite(entry, `${path}[${index}]`));
  else if (value && typeof value === "object") for (const [key, entry] of Object.entries(value)) expectFinite(entry, `${path}.${key}`);
}

/** `count` finished attempts at `items`, where `isRight(student, item)` says who got what right (wrong answers give the first wrong option or text). */
function classOf(count: number, items: readonly Item[], isRight: (student: number, item: Item) => boolean): ReportAttempt[] {
  return Array.from({ length: count }, (_, student) =>
    reportAttempt(
      `attempt-${student}`,
      items,
      items.map((item) => answerOf(item, responseFor(item, isRight(student, item)))),
    ),
  );
}

function responseFor(item: Item, right: boolean) {
  switch (item.type) {
    case "multiple-choice":
    case "attribution":
    case "sources-disagree":
      return { type: item.type, choice: right ? item.answer : item.options.find((candidate) => candidate !== item.answer)! };
    case "true-false":
      return { type: "true-false" as const, value: right === item.answer };
    case "typed-answer":
      return { type: "typed-answer" as const, text: right ? item.answer : "Jacmel" };
    default:
      throw new Error(`No response for ${item.type} in these tests`);
  }
}

describe("analyzeAssignment on the class of eight (tests/factories/report-attempts.ts)", () => {
  const { items, quiz } = analyze(CLASS_ITEMS, CLASS_ATTEMPTS);

  it("grades the class as the table in the factory says", () => {
    expect(Object.keys(CLASS_ROWS).map((student) => scoreOf(classAttempt(student, CLASS_ROWS[student]!), NONE_HIDDEN).correct)).toEqual([
      4, 4, 4, 3, 2, 2, 1, 1,
    ]);
  });

  // Hand computation of facility F, discrimination D and efficiency E.
  //
  // x: a question's marks, X: the rest of the test (total − x), S = 8 attempts.
  // Sxx = Σ(x − x̄)², SXX = Σ(X − X̄)², SxX = Σ(x − x̄)(X − X̄); Moodle divides
  // each by S − 1 = 7, which cancels in D = 100·SxX/√(Sxx·SXX) and
  // E = 100·SxX/Smax, where Smax is SxX with x and X each sorted ascending.
  //
  // Q1: x = 1 1 1 1 1 0 0 0, x̄ = 5/8; X = 3 3 3 2 1 2 1 1, X̄ = 2.
  //   Sxx  = 5·(3/8)² + 3·(5/8)² = 15/8
  //   SXX  = 1 + 1 + 1 + 0 + 1 + 0 + 1 + 1 = 6
  //   SxX  = 3·(3/8)(1) + (3/8)(0) + (3/8)(−1) + (−5/8)(0) + 2·(−5/8)(−1) = 2
  //   sorted: x = 0 0 0 1 1 1 1 1, X = 1 1 1 2 2 3 3 3
  //   Smax = 3·(−5/8)(−1) + 2·(3/8)(0) + 3·(3/8)(1) = 3
  //   F = 0.625, D = 100·2/√(15/8 · 6) = 59.628, E = 100·2/3 = 66.667
  //
  // | Q  | x̄   | X               | X̄    | Sxx  | SXX  | SxX  | Smax | F     | D       | E       |
  // | -- | --- | --------------- | ---- | ---- | ---- | ---- | ---- | ----- | ------- | ------- |
  // | Q1 | 5/8 | 3 3 3 2 1 2 1 1 | 2    | 15/8 | 6    | 2    | 3    | 0.625 | 59.628  | 66.667  |
  // | Q2 | 5/8 | 3 3 3 3 1 1 1 1 | 2    | 15/8 | 8    | 1    | 3    | 0.625 | 25.820  | 33.333  |
  // | Q3 | 1/2 | 3 3 4 2 2 1 1 1 | 17/8 | 2    | 71/8 | 1/2  | 7/2  | 0.5   | 11.868  | 14.286  |
  // | Q4 | 1/2 | 3 4 3 2 2 2 0 1 | 17/8 | 2    | 87/8 | −1/2 | 7/2  | 0.5   | −10.721 | −14.286 |
  // | Q5 | 3/8 | 4 3 3 3 2 2 1 0 | 9/4  | 15/8 | 23/2 | −3/4 | 13/4 | 0.375 | −16.151 | −23.077 |
  //
  // (Q2: s8's blank is a mark of 0, so Q2's x̄ is 5/8 over all eight.)
  it.each([
    [Q1.id, 0.625, 59.628, 66.667],
    [Q2.id, 0.625, 25.82, 33.333],
    [Q3.id, 0.5, 11.868, 14.286],
    [Q4.id, 0.5, -10.721, -14.286],
    [Q5.id, 0.375, -16.151, -23.077],
  ])("%s: facility, discrimination and efficiency as computed by hand", (item, facility, discrimination, efficiency) => {
    const analysis = row(items, item);
    expect(analysis.n).toBe(8);
    expect(value(analysis.facility)).toBeCloseTo(facility, 3);
    expect(value(analysis.discrimination)).toBeCloseTo(discrimination, 2);
    expect(value(analysis.efficiency)).toBeCloseTo(efficiency, 2);
  });

  it("counts s8's blank on Q2 as a wrong mark, not as an answer", () => {
    expect(row(items, Q2)).toMatchObject({ n: 8, answered: 7, correct: 5 });
    expect(row(items, Q1)).toMatchObject({ n: 8, answered: 8, correct: 5 });
  });

  // Hand computation of Canvas's r = (M_chose − M_other)/σ · √(p(1 − p)).
  //
  // Everyone answered Q1, Q3 and Q5: totals 4 4 4 3 2 2 1 1, mean 21/8,
  // σ² = Σ(T − 21/8)²/8 = (3·(11/8)² + (3/8)² + 2·(5/8)² + 2·(13/8)²)/8 = 95/64, σ = 1.21835.
  //   Q1 Nairobi  s1–s5: M 17/5 vs 4/3 (s6–s8), p 5/8: 2.06667/1.21835 · √(15/64) =  0.82121
  //   Q1 Mombasa  s6 s7: M 3/2 vs 3,            p 1/4: −1.5/1.21835 · √(3/16)     = −0.53311
  //   Q1 Kisumu   s8:    M 1 vs 20/7,           p 1/8: −(13/7)/1.21835 · √(7/64)  = −0.50412
  //   Q1 Nakuru   nobody: no value
  //   Q3 Kenya    all but s7: M 20/7 vs 1,      p 7/8:                               0.50412
  //   Q3 Brazil   s5 s7: M 3/2 vs 3,            p 1/4:                              −0.53311
  //   Q3 Bahamas  s1 s2 s4 s5 s6: M 3 vs 2,     p 5/8: 1/1.21835 · √(15/64)      =  0.39736
  //   Q3 Canada   s8: M 1 vs 20/7,              p 1/8:                              −0.50412
  //   Q5 Ruto     s2 s3 s8: M 3 vs 12/5,        p 3/8: 0.6/1.21835 · √(15/64)    =  0.23842
  //   Q5 Mutua    s1 s4: M 7/2 vs 7/3,          p 1/4: (7/6)/1.21835 · √(3/16)   =  0.41464
  //   Q5 Henry    s5 s6 s7: M 5/3 vs 16/5,      p 3/8: (−23/15)/1.21835 · √(15/64) = −0.60928
  // Q2, without s8's blank: totals 4 4 4 3 2 2 1 (s1–s7), mean 20/7, σ² = 62/49, σ = 1.12486.
  //   Q2 True     s1 s2 s3 s5 s6: M 16/5 vs 2,  p 5/7: 1.2/1.12486 · √(10/49)    =  0.48193
  //   Q2 False    s4 s7: the mirror image                                         = −0.48193
  it.each([
    [Q1.id, "Nairobi", true, 5, 5 / 8, 0.82121],
    [Q1.id, "Mombasa", false, 2, 2 / 8, -0.53311],
    [Q1.id, "Kisumu", false, 1, 1 / 8, -0.50412],
    [Q2.id, "True", true, 5, 5 / 7, 0.48193],
    [Q2.id, "False", false, 2, 2 / 7, -0.48193],
    [Q3.id, "Kenya", true, 7, 7 / 8, 0.50412],
    [Q3.id, "Brazil", false, 2, 2 / 8, -0.53311],
    [Q3.id, "Bahamas", true, 5, 5 / 8, 0.39736],
    [Q3.id, "Canada", false, 1, 1 / 8, -0.50412],
    [Q5.id, "William Ruto", true, 3, 3 / 8, 0.23842],
    [Q5.id, "Alfred Mutua", false, 2, 2 / 8, 0.41464],
    [Q5.id, "Ariel Henry", false, 3, 3 / 8, -0.60928],
  ])("%s %s: count, share and point-biserial as computed by hand", (item, text, isCorrect, count, share, pointBiserial) => {
    const analysis = option(row(items, item), text);
    expect(analysis).toMatchObject({ isCorrect, count });
    expect(value(analysis.share)).toBeCloseTo(share, 6);
    expect(value(analysis.pointBiserial)).toBeCloseTo(pointBiserial, 4);
  });

  it("lists the options in the question's order, with no share for nobody's choice and no point-biserial", () => {
    expect(options(row(items, Q1)).map((entry) => entry.option)).toEqual(["Nairobi", "Mombasa", "Kisumu", "Nakuru"]);
    expect(option(row(items, Q1), "Nakuru")).toEqual({
      option: "Nakuru",
      isCorrect: false,
      count: 0,
      share: { status: "ok", value: 0 },
      pointBiserial: { status: "no-value", reason: "No student chose it." },
    });
    expect(options(row(items, Q2)).map((entry) => entry.option)).toEqual(["True", "False"]);
  });

  it("groups wrong typed answers as the matcher normalizes them, most common first, under the spelling typed most", () => {
    // Wrong: s2 and s8 "Cap-Haïtien", s5 "cap haitien" (all "cap haitien" once normalized), s6 "Jacmel".
    expect(row(items, Q4).responses).toEqual({
      kind: "typed",
      wrongAnswers: [
        { text: "Cap-Haïtien", count: 3 },
        { text: "Jacmel", count: 1 },
      ],
    });
  });

  // Hand computation of the quiz's figures.
  //   Var(xᵢ) = Sxx/7 = 15/56, 15/56, 16/56, 16/56, 15/56; Σ = 77/56.
  //   k₂ = Σ(T − 21/8)²/7 = (95/8)/7 = 95/56.
  //   CIC = 100 · 5/4 · (1 − (77/56)/(95/56)) = 125 · 18/95 = 23.684
  //   Scores 0.8 0.8 0.8 0.6 0.4 0.4 0.2 0.2: mean 21/40 = 0.525; SD = √k₂/5 = √(95/56)/5 = 0.26049.
  it("gives the quiz's mean, SD and CIC as computed by hand", () => {
    expect(quiz.attempts).toBe(8);
    expect(value(quiz.mean)).toBeCloseTo(0.525, 6);
    expect(value(quiz.standardDeviation)).toBeCloseTo(0.26049, 5);
    expect(value(quiz.consistency)).toBeCloseTo(23.684, 3);
    expect(describeConsistency(quiz.consistency)).toBe(
      "Not consistent enough to rank students (23%): with few questions, or questions on different things, a student's score depends much on which questions were asked.",
    );
  });

  it("bins the scores 10 % wide", () => {
    expect(quiz.histogram.map((bin) => bin.label)).toEqual(["0–10%", "10–20%", "20–30%", "30–40%", "40–50%", "50–60%", "60–70%", "70–80%", "80–90%", "90–100%"]);
    // 20 % twice (s7, s8), 40 % twice (s5, s6), 60 % once (s4), 80 % three times (s1–s3): each in the bin it starts.
    expect(quiz.histogram.map((bin) => bin.count)).toEqual([0, 0, 2, 0, 2, 0, 1, 0, 3, 0]);
    expect(quiz.histogram[9]).toMatchObject({ from: 0.9, to: 1 });
  });

  it("puts a score on a bin's boundary in the bin it starts, and 100 % in the last", () => {
    // Attempts of 3 and of 10 questions, scored 0, 1/3, 2/3, 3/3, 7/10 and 6/10.
    const scored = (id: string, asked: number, correct: number) =>
      ({
        id,
        startedAt: new Date(0),
        finishedAt: new Date(1),
        itemIds: Array.from({ length: asked }, (_, index) => `item-${index}`),
        answers: Array.from({ length: correct }, (_, index) => ({ itemId: `item-${index}`, response: { type: "true-false", value: true }, isCorrect: true }) as const),
      }) satisfies ReportAttempt;
    const attempts = [scored("a", 3, 0), scored("b", 3, 1), scored("c", 3, 2), scored("d", 3, 3), scored("e", 10, 7), scored("f", 10, 6)];
    // 0 → 0–10 %; 33.3 % → 30–40 %; 66.7 % and 60 % → 60–70 %; 70 % → 70–80 %; 100 % → 90–100 %.
    expect(analyze([], attempts).quiz.histogram.map((bin) => bin.count)).toEqual([1, 0, 0, 1, 0, 0, 2, 1, 0, 1]);
  });

  it("has no NaN or Infinity anywhere", () => {
    expectFinite({ items, quiz });
  });

  it("gives the class of eight no statistic under the real minimums, only counts", () => {
    const real = analyze(CLASS_ITEMS, CLASS_ATTEMPTS, NONE_HIDDEN, ITEM_ANALYSIS_MINIMUMS);
    const q1 = row(real.items, Q1);
    expect(q1).toMatchObject({ n: 8, answered: 8, correct: 5 });
    expect(q1.facility).toEqual({ status: "too-few", n: 8, needed: MIN_ANSWERS_FOR_FACILITY });
    expect(q1.discrimination).toEqual({ status: "too-few", n: 8, needed: MIN_ANSWERS_FOR_DISCRIMINATION });
    expect(q1.efficiency).toEqual({ status: "too-few", n: 8, needed: MIN_ANSWERS_FOR_DISCRIMINATION });
    expect(option(q1, "Nairobi")).toMatchObject({ count: 5, share: { status: "too-few", n: 8 }, pointBiserial: { status: "too-few", n: 8 } });
    expect(real.quiz.mean).toEqual({ status: "too-few", n: 8, needed: MIN_ANSWERS_FOR_FACILITY });
    expect(real.quiz.consistency).toEqual({ status: "too-few", n: 8, needed: MIN_ANSWERS_FOR_DISCRIMINATION });
    expect(describeConsistency(real.quiz.consistency)).toBe("Not enough attempts to judge how consistent the questions are: 8 of the 15 needed.");
    expect(real.quiz.histogram.map((bin) => bin.count)).toEqual([0, 0, 2, 0, 2, 0, 1, 0, 3, 0]);
  });
});

describe("analyzeAssignment: minimums", () => {
  // Student k is right on Q1 when k is even, on Q2 when k < half the class: both vary, so every figure has a value once there are enough.
  const attemptsOf = (count: number) => classOf(count, [Q1, Q2], (student, item) => (item === Q1 ? student % 2 === 0 : student < count / 2));

  it(`shows facility from ${MIN_ANSWERS_FOR_FACILITY} marks, not from ${MIN_ANSWERS_FOR_FACILITY - 1}`, () => {
    const below = row(analyze([Q1, Q2], attemptsOf(MIN_ANSWERS_FOR_FACILITY - 1), NONE_HIDDEN, ITEM_ANALYSIS_MINIMUMS).items, Q1);
    const at = row(analyze([Q1, Q2], attemptsOf(MIN_ANSWERS_FOR_FACILITY), NONE_HIDDEN, ITEM_ANALYSIS_MINIMUMS).items, Q1);
    expect(below.facility).toEqual({ status: "too-few", n: 9, needed: 10 });
    expect(option(below, "Nairobi").share).toEqual({ status: "too-few", n: 9, needed: 10 });
    expect(at.facility).toEqual({ status: "ok", value: 0.5 });
    expect(option(at, "Nairobi").share).toEqual({ status: "ok", value: 0.5 });
    expect(at.discrimination).toEqual({ status: "too-few", n: 10, needed: 15 });
  });

  it(`shows discrimination, efficiency, point-biserials and the CIC from ${MIN_ANSWERS_FOR_DISCRIMINATION} marks, not from ${MIN_ANSWERS_FOR_DISCRIMINATION - 1}`, () => {
    const below = analyze([Q1, Q2], attemptsOf(MIN_ANSWERS_FOR_DISCRIMINATION - 1), NONE_HIDDEN, ITEM_ANALYSIS_MINIMUMS);
    const at = analyze([Q1, Q2], attemptsOf(MIN_ANSWERS_FOR_DISCRIMINATION), NONE_HIDDEN, ITEM_ANALYSIS_MINIMUMS);
    for (const statistic of [row(below.items, Q1).discrimination, row(below.items, Q1).efficiency, option(row(below.items, Q1), "Nairobi").pointBiserial, below.quiz.consistency]) {
      expect(statistic).toEqual({ status: "too-few", n: 14, needed: 15 });
    }
    for (const statistic of [row(at.items, Q1).discrimination, row(at.items, Q1).efficiency, option(row(at.items, Q1), "Nairobi").pointBiserial, at.quiz.consistency]) {
      expect(statistic.status).toBe("ok");
    }
  });

  it("refuses a minimum below 1 or not whole", () => {
    expect(() => analyze([Q1], [], NONE_HIDDEN, { facility: 0, discrimination: 15 })).toThrow("The facility minimum must be a whole number of at least 1, not 0.");
    expect(() => analyze([Q1], [], NONE_HIDDEN, { facility: 10, discrimination: 2.5 })).toThrow("The discrimination minimum must be a whole number of at least 1, not 2.5.");
  });
});

describe("analyzeAssignment: degenerate classes", () => {
  const twenty = 20;

  it("everyone right: facility 1, and no discrimination or efficiency, with the reason", () => {
    // Q2 varies, so the rest score of Q1 is not constant: only Q1's own marks are.
    const { items } = analyze([Q1, Q2], classOf(twenty, [Q1, Q2], (student, item) => item === Q1 || student % 2 === 0), NONE_HIDDEN, ITEM_ANALYSIS_MINIMUMS);
    const q1 = row(items, Q1);
    expect(q1.facility).toEqual({ status: "ok", value: 1 });
    expect(q1.discrimination).toEqual({ status: "no-value", reason: "Every student got it right, so it cannot tell students apart." });
    expect(q1.efficiency).toEqual(q1.discrimination);
    expect(option(q1, "Nairobi").pointBiserial).toEqual({ status: "no-value", reason: "Every student who answered chose it." });
    expect(option(q1, "Mombasa").pointBiserial).toEqual({ status: "no-value", reason: "No student chose it." });
    expectFinite(items);
  });

  it("everyone wrong: facility 0, and no discrimination or efficiency, with the reason", () => {
    const { items } = analyze([Q1, Q2], classOf(twenty, [Q1, Q2], (student, item) => item === Q2 && student % 2 === 0), NONE_HIDDEN, ITEM_ANALYSIS_MINIMUMS);
    const q1 = row(items, Q1);
    expect(q1.facility).toEqual({ status: "ok", value: 0 });
    expect(q1.discrimination).toEqual({ status: "no-value", reason: "No student got it right, so it cannot tell students apart." });
    expect(q1.efficiency).toEqual(q1.discrimination);
    expectFinite(items);
  });

  it("every score the same: no CIC, no SD spread, no point-biserials", () => {
    const { items, quiz } = analyze([Q1, Q2], classOf(twenty, [Q1, Q2], () => true), NONE_HIDDEN, ITEM_ANALYSIS_MINIMUMS);
    expect(quiz.mean).toEqual({ status: "ok", value: 1 });
    expect(quiz.standardDeviation).toEqual({ status: "ok", value: 0 });
    expect(quiz.consistency).toEqual({ status: "no-value", reason: "Every student has the same score." });
    expect(describeConsistency(quiz.consistency)).toBe("No consistency figure: Every student has the same score.");
    expect(quiz.histogram[9]!.count).toBe(twenty);
    expectFinite({ items, quiz });
  });

  it("rest score without variance: the question varies, but the others give everyone the same", () => {
    // Q1 right for everyone, Q2 for half: Q2's rest score (Q1's mark) is 1 for all.
    const { items } = analyze([Q1, Q2], classOf(twenty, [Q1, Q2], (student, item) => item === Q1 || student % 2 === 0), NONE_HIDDEN, ITEM_ANALYSIS_MINIMUMS);
    const q2 = row(items, Q2);
    expect(q2.facility).toEqual({ status: "ok", value: 0.5 });
    const reason = "Every student has the same score on the other questions, so there is nothing to compare it with.";
    expect(q2.discrimination).toEqual({ status: "no-value", reason });
    expect(q2.efficiency).toEqual({ status: "no-value", reason });
    // Its options still have point-biserials: they are against the total, which varies.
    expect(value(option(q2, "True").pointBiserial)).toBeCloseTo(1, 10);
  });

  it("a quiz of one question: no rest of the test, and no CIC", () => {
    const { items, quiz } = analyze([Q1], classOf(twenty, [Q1], (student) => student % 2 === 0), NONE_HIDDEN, ITEM_ANALYSIS_MINIMUMS);
    expect(row(items, Q1).discrimination.status).toBe("no-value");
    expect(quiz.consistency).toEqual({ status: "no-value", reason: "One question cannot be consistent with others." });
  });

  it("one student: too few for everything under the real minimums", () => {
    const one = [CLASS_ATTEMPTS[0]!];
    const { items, quiz } = analyze(CLASS_ITEMS, one, NONE_HIDDEN, ITEM_ANALYSIS_MINIMUMS);
    for (const analysis of items) {
      expect(analysis.facility).toEqual({ status: "too-few", n: 1, needed: 10 });
      expect(analysis.discrimination).toEqual({ status: "too-few", n: 1, needed: 15 });
    }
    expect(quiz).toMatchObject({ attempts: 1, mean: { status: "too-few" }, standardDeviation: { status: "too-few" }, consistency: { status: "too-few" } });
  });

  it("one student with every answer counting: a facility, and reasons where one answer cannot give a figure", () => {
    const { items, quiz } = analyze(CLASS_ITEMS, [CLASS_ATTEMPTS[0]!]);
    const q1 = row(items, Q1);
    expect(q1.facility).toEqual({ status: "ok", value: 1 });
    expect(q1.discrimination).toEqual({ status: "no-value", reason: "One answer cannot show how the question separates students." });
    expect(quiz.mean).toEqual({ status: "ok", value: 0.8 });
    expect(quiz.standardDeviation).toEqual({ status: "no-value", reason: "One attempt has no spread." });
    expect(quiz.consistency).toEqual({ status: "no-value", reason: "It needs at least three attempts." });
    expectFinite({ items, quiz });
  });

  it("no attempts: rows of zeros, an empty histogram, no error", () => {
    const { items, quiz } = analyze(CLASS_ITEMS, [], NONE_HIDDEN, ITEM_ANALYSIS_MINIMUMS);
    expect(items.map((analysis) => [analysis.n, analysis.answered, analysis.facility.status])).toEqual(CLASS_ITEMS.map(() => [0, 0, "too-few"]));
    expect(row(items, Q4).responses).toEqual({ kind: "typed", wrongAnswers: [] });
    expect(quiz.attempts).toBe(0);
    expect(quiz.histogram.every((bin) => bin.count === 0)).toBe(true);
    expectFinite({ items, quiz });
  });

  it("leaves unfinished attempts out", () => {
    const unfinished = reportAttempt("in-progress", CLASS_ITEMS, [answerOf(Q1, { type: "multiple-choice", choice: "Kisumu" })], { finished: false });
    const { items, quiz } = analyze(CLASS_ITEMS, [...CLASS_ATTEMPTS, unfinished]);
    expect(quiz.attempts).toBe(8);
    expect(row(items, Q1)).toMatchObject({ n: 8, correct: 5 });
    expect(option(row(items, Q1), "Kisumu").count).toBe(1);
  });
});

describe("analyzeAssignment: questions some students were not asked, and hidden questions", () => {
  it("counts a question only in the attempts that asked it, and gives no CIC across different questions", () => {
    // Five attempts asked Q1 and Q2, five asked Q1 and Q5.
    const withQ2 = classOf(5, [Q1, Q2], (student) => student < 3);
    const withQ5 = classOf(5, [Q1, Q5], (student, item) => item === Q1 && student < 2).map((attempt) => ({ ...attempt, id: `${attempt.id}-b` }));
    const { items, quiz } = analyze([Q1, Q2, Q5], [...withQ2, ...withQ5]);
    expect(row(items, Q1)).toMatchObject({ n: 10, answered: 10, correct: 5 });
    expect(row(items, Q2)).toMatchObject({ n: 5, answered: 5, correct: 3, facility: { status: "ok", value: 0.6 } });
    expect(row(items, Q5)).toMatchObject({ n: 5, correct: 0, facility: { status: "ok", value: 0 } });
    expect(quiz.attempts).toBe(10);
    expect(quiz.consistency).toEqual({ status: "no-value", reason: "Students were asked different questions, so their scores are not from one test." });
  });

  it("leaves a hidden question out of the rows and out of every score, as if it had never been asked", () => {
    const hidden = new Set([Q5.id]);
    const withHidden = analyze(CLASS_ITEMS, CLASS_ATTEMPTS, hidden);
    const withoutQ5 = CLASS_ATTEMPTS.map((attempt) => ({
      ...attempt,
      itemIds: attempt.itemIds.filter((itemId) => itemId !== Q5.id),
      answers: attempt.answers.filter((answer) => answer.itemId !== Q5.id),
    }));
    const neverAsked = analyze(CLASS_ITEMS.filter((item) => item !== Q5), withoutQ5);
    expect(withHidden.items.map((analysis) => analysis.itemId)).toEqual([Q1.id, Q2.id, Q3.id, Q4.id]);
    expect(withHidden).toEqual(neverAsked);
    // Totals without Q5 are 4 3 3 3 2 2 1 0, so Q1's rest scores and D change: D is no longer 59.628.
    expect(value(row(withHidden.items, Q1).discrimination)).not.toBeCloseTo(59.628, 2);
  });

  it("leaves an attempt whose every question is hidden out of the quiz's figures", () => {
    const onlyQ1 = reportAttempt("only-q1", [Q1], [answerOf(Q1, { type: "multiple-choice", choice: "Nairobi" })]);
    const { quiz } = analyze([Q1, Q2], [onlyQ1, ...classOf(3, [Q1, Q2], () => true)], new Set([Q1.id]));
    expect(quiz.attempts).toBe(3);
    expect(quiz.histogram[9]!.count).toBe(3);
  });
});

describe("analyzeAssignment: responses", () => {
  it("counts answers naming no current option as unlisted (an earlier version's options)", () => {
    const stale = reportAttempt("stale", [Q1], [{ itemId: Q1.id, response: { type: "multiple-choice", choice: "Eldoret" }, isCorrect: false }]);
    const fresh = reportAttempt("fresh", [Q1], [answerOf(Q1, { type: "multiple-choice", choice: "Nairobi" })]);
    const q1 = row(analyze([Q1], [stale, fresh]).items, Q1);
    expect(q1.responses).toMatchObject({ kind: "options", unlisted: 1 });
    expect(option(q1, "Nairobi")).toMatchObject({ count: 1, share: { status: "ok", value: 0.5 } });
  });

  it("keeps correct answers, blanks and other items' answers out of the wrong typed answers; punctuation alone groups with itself", () => {
    const typed = (id: string, text: string) => reportAttempt(id, [Q4], [answerOf(Q4, { type: "typed-answer", text })]);
    const attempts = [typed("a", "Port-au-Prince"), typed("b", "?"), typed("c", " ? "), typed("d", "Jacmel"), typed("e", "JACMEL"), typed("f", "jacmel"), reportAttempt("g", [Q4], [])];
    expect(row(analyze([Q4], attempts).items, Q4).responses).toEqual({
      kind: "typed",
      wrongAnswers: [
        // One spelling each: the first in code-unit order stands for the group.
        { text: "JACMEL", count: 3 },
        { text: "?", count: 2 },
      ],
    });
  });

  it("tallies wrong cloze answers too, and nothing per response for other item types", () => {
    const cloze = reportAttempt("cloze", [CLOZE, NUMERIC_COUNT, MATCHING], [answerOf(CLOZE, { type: "cloze", text: "2,000" })]);
    const { items } = analyze([CLOZE, NUMERIC_COUNT, MATCHING], [cloze]);
    expect(row(items, CLOZE).responses).toEqual({ kind: "typed", wrongAnswers: [{ text: "2,000", count: 1 }] });
    expect(row(items, NUMERIC_COUNT).responses).toEqual({ kind: "none" });
    expect(row(items, MATCHING)).toMatchObject({ n: 1, answered: 0, correct: 0, responses: { kind: "none" } });
  });
});

describe("describeConsistency", () => {
  it.each([
    [90, "Consistent enough to rank students (90%): the questions agree on who knows the material."],
    [75, "Consistent enough to rank students (75%): the questions agree on who knows the material."],
    [74.9, "Borderline (74%): the scores rank students only roughly; more questions on the same material would help."],
    [64, "Borderline (64%): the scores rank students only roughly; more questions on the same material would help."],
    [63.9, "Not consistent enough to rank students (63%): with few questions, or questions on different things, a student's score depends much on which questions were asked."],
    [-40, "Not consistent enough to rank students (-40%): with few questions, or questions on different things, a student's score depends much on which questions were asked."],
  ])("reads %s as its band", (cic, reading) => {
    expect(describeConsistency({ status: "ok", value: cic })).toBe(reading);
  });
});

describe("compareHardestFirst", () => {
  it("puts the lowest facility first and questions without one last", () => {
    const { items } = analyze(CLASS_ITEMS, CLASS_ATTEMPTS);
    const withoutFacility: ItemAnalysis = { ...row(items, Q1), itemId: "unanswered", n: 0, correct: 0, facility: { status: "too-few", n: 0, needed: 10 } };
    const sorted = [withoutFacility, ...items].sort(compareHardestFirst).map((analysis) => analysis.itemId);
    // Q5 0.375; Q3 and Q4 0.5 (kept in their order); Q1 and Q2 0.625.
    expect(sorted).toEqual([Q5.id, Q3.id, Q4.id, Q1.id, Q2.id, "unanswered"]);
  });

  it("orders questions with too few answers for a facility by their share right, as their counts read", () => {
    const { items } = analyze(CLASS_ITEMS, CLASS_ATTEMPTS);
    const few = (itemId: string, correct: number, n: number): ItemAnalysis => ({ ...row(items, Q1), itemId, n, correct, facility: { status: "too-few", n, needed: 10 } });
    const sorted = [few("3 of 4", 3, 4), few("1 of 4", 1, 4), few("not asked", 0, 0), few("2 of 4", 2, 4)].sort(compareHardestFirst).map((analysis) => analysis.itemId);
    expect(sorted).toEqual(["1 of 4", "2 of 4", "3 of 4", "not asked"]);
  });
});
