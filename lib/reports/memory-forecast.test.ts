import { createEmptyCard, default_w, forgetting_curve, fsrs, Rating, type Card, type FSRS, type Grade } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import type { CardState } from "@/lib/srs/card";
import {
  DEFAULT_FORECAST_DAYS_AHEAD,
  DEFAULT_FORECAST_THRESHOLD,
  defaultForecastDay,
  describeFactsBelow,
  factRecall,
  factsBelow,
  forecastExplanation,
  forecastInstant,
  forecastRecall,
  type FactForecast,
  type ForecastCard,
} from "./memory-forecast";

const DAY = 86_400_000;
const defaults = fsrs({ enable_fuzz: false });
// A learner whose memory fades on a flatter curve and starts stronger after Good.
const PERSONAL = [...default_w];
PERSONAL[2] = default_w[2]! * 2;
PERSONAL[20] = 0.5;
const personal = fsrs({ enable_fuzz: false, w: PERSONAL });

/** A card made by running the reviews through ts-fsrs at their dates. */
function reviewed(scheduler: FSRS, reviews: [string, Grade][]): Card {
  let card = createEmptyCard(new Date(reviews[0]![0]));
  for (const [iso, rating] of reviews) card = scheduler.next(card, new Date(iso), rating).card;
  return card;
}

function asForecastCard(userId: string, itemId: string, card: Card): ForecastCard {
  return { userId, itemId, stability: card.stability, state: card.state as number as CardState, lastReview: card.last_review ?? null };
}

// Three Goods in January; the last review is on Jan 10 at 09:00 UTC.
const GOOD_HISTORY: [string, Grade][] = [
  ["2026-01-01T09:00:00Z", Rating.Good],
  ["2026-01-02T09:00:00Z", Rating.Good],
  ["2026-01-10T09:00:00Z", Rating.Good],
];
// Learned with an Again in between: weaker memory at the same last review.
const SHAKY_HISTORY: [string, Grade][] = [
  ["2026-01-01T09:00:00Z", Rating.Good],
  ["2026-01-02T09:00:00Z", Rating.Again],
  ["2026-01-10T09:00:00Z", Rating.Hard],
];
// 9 days and 15 hours after the last review.
const TARGET = new Date("2026-01-20T00:00:00Z");

describe("factRecall", () => {
  it("is ts-fsrs's retrievability at the target date, whole days since the last review on the learner's curve", () => {
    const card = reviewed(defaults, GOOD_HISTORY);
    const recall = factRecall([asForecastCard("s1", "i1", card)], TARGET);
    expect(recall).toBeCloseTo(defaults.get_retrievability(card, TARGET, false), 10);
    expect(recall).toBeCloseTo(forgetting_curve(default_w, 9, card.stability), 10);
    expect(recall).toBeGreaterThan(0.5);
    expect(recall).toBeLessThan(1);
  });

  it("is 0 without a card and for a card never reviewed", () => {
    const empty = createEmptyCard(new Date("2026-01-01T09:00:00Z"));
    expect(factRecall([], TARGET)).toBe(0);
    expect(factRecall([asForecastCard("s1", "i1", empty)], TARGET)).toBe(0);
    expect(defaults.get_retrievability(empty, TARGET, false)).toBe(0);
  });

  it("takes the best of several cards of the fact", () => {
    const strong = reviewed(defaults, GOOD_HISTORY);
    const weak = reviewed(defaults, SHAKY_HISTORY);
    const rStrong = defaults.get_retrievability(strong, TARGET, false);
    const rWeak = defaults.get_retrievability(weak, TARGET, false);
    expect(rWeak).toBeLessThan(rStrong - 0.05);
    const recall = factRecall([asForecastCard("s1", "typed", weak), asForecastCard("s1", "choice", strong)], TARGET);
    expect(recall).toBeCloseTo(rStrong, 10);
  });

  it("uses the student's own parameters", () => {
    const card = reviewed(personal, GOOD_HISTORY);
    const recall = factRecall([asForecastCard("s1", "i1", card)], TARGET, PERSONAL);
    expect(recall).toBeCloseTo(personal.get_retrievability(card, TARGET, false), 10);
    expect(recall).toBeCloseTo(forgetting_curve(PERSONAL, 9, card.stability), 10);
    // The default curve on the same card would say something else.
    expect(Math.abs(recall - defaults.get_retrievability(card, TARGET, false))).toBeGreaterThan(0.005);
  });

  it("reads a date before the last review as just reviewed: elapsed time is clamped to 0", () => {
    const card = reviewed(defaults, GOOD_HISTORY);
    const before = new Date("2026-01-05T00:00:00Z");
    expect(defaults.get_retrievability(card, before, false)).toBe(1);
    expect(factRecall([asForecastCard("s1", "i1", card)], before)).toBe(1);
  });
});

describe("forecastRecall", () => {
  const aliceCard = reviewed(defaults, GOOD_HISTORY);
  const benCard = reviewed(personal, SHAKY_HISTORY);
  const rAlice = defaults.get_retrievability(aliceCard, TARGET, false);
  const rBen = personal.get_retrievability(benCard, TARGET, false);
  const students = [{ studentId: "alice" }, { studentId: "ben", parameters: PERSONAL }, { studentId: "cleo" }, { studentId: "dan", parameters: null }];

  it("is the mean over every student of the class, students without a card adding 0", () => {
    const [fact] = forecastRecall({
      students,
      facts: [{ factId: "f1", itemIds: ["i1"] }],
      cards: [asForecastCard("alice", "i1", aliceCard), asForecastCard("ben", "i1", benCard), asForecastCard("dan", "i1", createEmptyCard(new Date("2026-01-01T00:00:00Z")))],
      at: TARGET,
    });
    expect(fact).toMatchObject({ factId: "f1", studied: 2, students: 4 });
    expect(fact!.share).toBeCloseTo((rAlice + rBen + 0 + 0) / 4, 10);
  });

  it("combines a student's cards per fact, counts an item under each of its facts and ignores other users' and items' cards", () => {
    const weak = reviewed(defaults, SHAKY_HISTORY);
    const rWeak = defaults.get_retrievability(weak, TARGET, false);
    const forecasts = forecastRecall({
      students: [{ studentId: "alice" }, { studentId: "cleo" }],
      facts: [
        { factId: "both", itemIds: ["strong", "weak"] },
        { factId: "weak-only", itemIds: ["weak", "weak"] },
        { factId: "unstudied", itemIds: ["nobody"] },
      ],
      cards: [
        asForecastCard("alice", "strong", aliceCard),
        asForecastCard("alice", "weak", weak),
        asForecastCard("cleo", "weak", weak),
        asForecastCard("stranger", "nobody", aliceCard),
        asForecastCard("cleo", "elsewhere", aliceCard),
      ],
      at: TARGET,
    });
    expect(forecasts.map((fact) => fact.factId)).toEqual(["unstudied", "weak-only", "both"]);
    const byId = new Map(forecasts.map((fact) => [fact.factId, fact]));
    expect(byId.get("both")!.share).toBeCloseTo((rAlice + rWeak) / 2, 10);
    expect(byId.get("weak-only")!.share).toBeCloseTo(rWeak, 10);
    expect(byId.get("unstudied")).toEqual({ factId: "unstudied", share: 0, studied: 0, students: 2 });
  });

  it("sorts lowest first, ties in the order given; an empty class gives 0", () => {
    const forecasts = forecastRecall({
      students,
      facts: [
        { factId: "known", itemIds: ["i1"] },
        { factId: "z-none", itemIds: ["x"] },
        { factId: "a-none", itemIds: ["y"] },
      ],
      cards: [asForecastCard("alice", "i1", aliceCard)],
      at: TARGET,
    });
    expect(forecasts.map((fact) => fact.factId)).toEqual(["z-none", "a-none", "known"]);
    expect(forecastRecall({ students: [], facts: [{ factId: "f", itemIds: ["i1"] }], cards: [], at: TARGET })).toEqual([{ factId: "f", share: 0, studied: 0, students: 0 }]);
  });
});

describe("factsBelow", () => {
  const fact = (factId: string, share: number): FactForecast => ({ factId, share, studied: 1, students: 1 });

  it("keeps the facts under the threshold, lowest first, comparing whole percents as the page shows them", () => {
    const forecasts = [fact("a", 0.9), fact("b", 0.694), fact("c", 0.695), fact("d", 0.1), fact("e", 0.7)];
    expect(DEFAULT_FORECAST_THRESHOLD).toBe(0.7);
    expect(factsBelow(forecasts).map((f) => f.factId)).toEqual(["d", "b"]);
    expect(factsBelow(forecasts, 0.95).map((f) => f.factId)).toEqual(["d", "b", "c", "e", "a"]);
    expect(factsBelow(forecasts, 0)).toEqual([]);
  });

  it("says how many there are", () => {
    expect(describeFactsBelow(8, 40, "2026-11-27")).toBe("8 of 40 facts will be below 70% by Fri, Nov 27.");
    expect(describeFactsBelow(0, 40, "2026-11-27", 0.8)).toBe("No fact will be below 80% by Fri, Nov 27.");
    expect(describeFactsBelow(1, 1, "2026-11-27")).toBe("1 of 1 fact will be below 70% by Fri, Nov 27.");
    expect(describeFactsBelow(0, 0, "2026-11-27")).toBe("No facts to forecast.");
  });
});

describe("the forecast's date", () => {
  it("defaults to a week from today in the teacher's zone", () => {
    expect(DEFAULT_FORECAST_DAYS_AHEAD).toBe(7);
    const lateFriday = new Date("2026-11-20T22:30:00Z"); // already Saturday in Nairobi
    expect(defaultForecastDay(lateFriday, "UTC")).toBe("2026-11-27");
    expect(defaultForecastDay(lateFriday, "Africa/Nairobi")).toBe("2026-11-28");
    expect(defaultForecastDay(lateFriday, "Not/AZone")).toBe("2026-11-27");
  });

  it("is the start of the chosen day in the zone", () => {
    expect(forecastInstant("2026-11-27", "Africa/Nairobi")).toEqual(new Date("2026-11-26T21:00:00Z"));
    expect(forecastInstant("2026-11-27", "America/Los_Angeles")).toEqual(new Date("2026-11-27T08:00:00Z"));
    expect(forecastInstant("2026-11-27", "Not/AZone")).toEqual(new Date("2026-11-27T00:00:00Z"));
    // Chile moves its clocks at midnight: the day starts at 01:00.
    expect(forecastInstant("2026-09-06", "America/Santiago")).toEqual(new Date("2026-09-06T04:00:00Z"));
    for (const bad of ["2026-11", "2026-02-30", "next friday", ""]) expect(forecastInstant(bad, "UTC"), bad).toBeNull();
  });

  it("forecasts a week ahead lower than tomorrow", () => {
    const card = reviewed(defaults, GOOD_HISTORY);
    const tomorrow = new Date(card.last_review!.getTime() + DAY);
    const week = new Date(card.last_review!.getTime() + 7 * DAY);
    const cards = [asForecastCard("s1", "i1", card)];
    expect(factRecall(cards, week)).toBeLessThan(factRecall(cards, tomorrow));
  });

  it("explains the method in one sentence naming the day", () => {
    const text = forecastExplanation("2026-11-27");
    expect(text).toBe(
      "For each fact, the share of the class predicted to still recall it at the start of Fri, Nov 27, from each student's review history (FSRS) and their best-remembered question of it; students who have not studied it count as not recalling it.",
    );
  });
});
