import { describe, expect, it } from "vitest";
import { CARD_STATE } from "@/lib/srs/card";
import { retrievability } from "@/lib/srs/scheduler";
import { describeStudentActivity, weakestFacts } from "./student-report";

const AT = new Date("2026-03-20T09:00:00Z");
const reviewed = (stability: number, lastReview = new Date("2026-03-10T09:00:00Z")) => ({ stability, state: CARD_STATE.review, lastReview });
const NEW = { stability: 0, state: CARD_STATE.new, lastReview: null };

describe("weakestFacts", () => {
  it("ranks studied facts by their best card's recall, lowest first, and counts the unstudied ones", () => {
    const result = weakestFacts(
      [
        { factId: "strong", cards: [reviewed(60)] },
        { factId: "weak", cards: [reviewed(2), NEW] },
        { factId: "two-cards", cards: [reviewed(2), reviewed(20)] },
        { factId: "never", cards: [NEW] },
        { factId: "no-card", cards: [] },
      ],
      AT,
    );
    expect(result.weakest.map((fact) => fact.factId)).toEqual(["weak", "two-cards", "strong"]);
    expect(result.weakest[0]!.recall).toBeCloseTo(retrievability(reviewed(2), AT), 10);
    expect(result.weakest[1]!.recall).toBeCloseTo(retrievability(reviewed(20), AT), 10);
    expect(result).toMatchObject({ studied: 3, notStudied: 2 });
  });

  it("lists at most `limit` facts", () => {
    const facts = Array.from({ length: 12 }, (_, n) => ({ factId: `f${n}`, cards: [reviewed(n + 1)] }));
    expect(weakestFacts(facts, AT, null, 10).weakest).toHaveLength(10);
  });
});

describe("describeStudentActivity", () => {
  it("counts reviews and answers and names the last active day", () => {
    const at = new Date("2026-03-10T09:00:00Z");
    const events = [
      { studentId: "s", at, kind: "review" as const },
      { studentId: "s", at, kind: "quizAnswer" as const },
      { studentId: "s", at, kind: "quizAnswer" as const },
    ];
    expect(describeStudentActivity(events, 30, at, "Africa/Nairobi")).toBe("1 review and 2 quiz answers in the last 30 days; last active Mar 10, 2026.");
    expect(describeStudentActivity([], 30, null, "UTC")).toBe("No reviews or quiz answers in the last 30 days.");
  });
});
