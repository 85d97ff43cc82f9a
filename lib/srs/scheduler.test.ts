import { createEmptyCard, fsrs, Rating as FsrsRating } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { cardFromJson, cardFromRow, cardToJson, cardToRow, type SrsCard } from "./card";
import { DEFAULT_PARAMETERS, firstGoodIntervalDays, formatInterval, newCard, previewIntervals, retrievability, review } from "./scheduler";

const START = new Date("2026-01-01T09:00:00Z");
const DEFAULTS = { desiredRetention: 0.9 };
const DAY = 86_400_000;

function reviewAll(ratings: (1 | 2 | 3 | 4)[], gapDays: number, settings = DEFAULTS): SrsCard {
  let card = newCard(START);
  let at = START;
  for (const rating of ratings) {
    card = review(card, rating, at, settings).card;
    at = new Date(Math.max(card.due.getTime(), at.getTime() + gapDays * DAY));
  }
  return card;
}

describe("review", () => {
  it("gives the same result as ts-fsrs called directly (new card rated Good)", () => {
    const direct = fsrs({ enable_fuzz: false }).next(createEmptyCard(START), START, FsrsRating.Good);
    const { card, log } = review(newCard(START), 3, START, DEFAULTS);
    expect(card.due).toEqual(direct.card.due);
    expect(card.stability).toBe(direct.card.stability);
    expect(card.fsrsDifficulty).toBe(direct.card.difficulty);
    expect(card.state).toBe(direct.card.state);
    expect(card.learningSteps).toBe(direct.card.learning_steps);
    expect(card.lastReview).toEqual(START);
    expect(log).toMatchObject({ rating: 3, state: 0, stability: direct.log.stability, fsrsDifficulty: direct.log.difficulty });
  });

  it("follows ts-fsrs over a sequence of reviews days apart", () => {
    const scheduler = fsrs({ enable_fuzz: false });
    let direct = createEmptyCard(START);
    let ours = newCard(START);
    let at = START;
    for (const rating of [3, 3, 1, 2, 4, 3] as const) {
      direct = scheduler.next(direct, at, rating).card;
      ours = review(ours, rating, at, DEFAULTS).card;
      expect(ours.due).toEqual(direct.due);
      expect(ours.stability).toBeCloseTo(direct.stability, 12);
      expect(ours.fsrsDifficulty).toBeCloseTo(direct.difficulty, 12);
      expect(ours.reps).toBe(direct.reps);
      expect(ours.lapses).toBe(direct.lapses);
      at = new Date(direct.due.getTime() + 2 * DAY);
    }
  });

  it("is deterministic (no fuzz)", () => {
    expect(reviewAll([3, 3, 3, 3], 1)).toEqual(reviewAll([3, 3, 3, 3], 1));
  });

  it("brings cards back sooner at a higher desired retention, later at a lower one", () => {
    const at90 = reviewAll([3, 3, 3], 0);
    const at97 = reviewAll([3, 3, 3], 0, { desiredRetention: 0.97 });
    const at70 = reviewAll([3, 3, 3], 0, { desiredRetention: 0.7 });
    expect(at97.scheduledDays).toBeLessThan(at90.scheduledDays);
    expect(at70.scheduledDays).toBeGreaterThan(at90.scheduledDays);
  });

  it("uses personal parameters when given", () => {
    const slower = [...DEFAULT_PARAMETERS];
    slower[2] = DEFAULT_PARAMETERS[2]! * 3; // initial stability after Good
    expect(firstGoodIntervalDays({ desiredRetention: 0.9, parameters: slower })).toBeGreaterThan(firstGoodIntervalDays(DEFAULTS));
  });

  it("measures the first-Good interval as FSRS defines stability: w2 days at 90% retention, fewer at a higher one", () => {
    expect(firstGoodIntervalDays(DEFAULTS)).toBeCloseTo(DEFAULT_PARAMETERS[2]!, 4);
    expect(firstGoodIntervalDays({ desiredRetention: 0.95 })).toBeLessThan(DEFAULT_PARAMETERS[2]!);
  });
});

describe("previewIntervals", () => {
  it("matches what each rating would give, in increasing order for a review card", () => {
    const card = reviewAll([3, 3], 3);
    const now = new Date(card.due.getTime() + DAY);
    const preview = previewIntervals(card, now, DEFAULTS);
    for (const rating of [1, 2, 3, 4] as const) expect(preview[rating]).toEqual(review(card, rating, now, DEFAULTS).card.due);
    expect(preview[1].getTime()).toBeLessThan(preview[2].getTime());
    expect(preview[2].getTime()).toBeLessThan(preview[3].getTime());
    expect(preview[3].getTime()).toBeLessThan(preview[4].getTime());
  });

  it("shows the learning steps for a new card", () => {
    const preview = previewIntervals(newCard(START), START, DEFAULTS);
    expect(formatInterval(preview[1].getTime() - START.getTime())).toBe("1 min");
    expect(formatInterval(preview[3].getTime() - START.getTime())).toBe("10 min");
  });
});

describe("retrievability", () => {
  it("is ts-fsrs's retrievability of the same card, 0 for a card never reviewed", () => {
    const scheduler = fsrs({ enable_fuzz: false });
    let direct = createEmptyCard(START);
    let ours = newCard(START);
    for (const [days, rating] of [[0, 3], [1, 3], [5, 2]] as const) {
      const at = new Date(START.getTime() + days * DAY);
      direct = scheduler.next(direct, at, rating).card;
      ours = review(ours, rating, at, DEFAULTS).card;
    }
    const later = new Date(START.getTime() + 60.5 * DAY);
    expect(ours.lastReview).toEqual(direct.last_review);
    expect(retrievability(ours, later)).toBeCloseTo(scheduler.get_retrievability(direct, later, false), 10);
    expect(retrievability(ours, later)).toBeLessThan(0.9);
    expect(retrievability(newCard(START), later)).toBe(0);
    expect(retrievability({ ...ours, lastReview: null }, later)).toBe(0);
  });
});

describe("formatInterval", () => {
  it.each([
    [0, "1 min"],
    [60_000, "1 min"],
    [10 * 60_000, "10 min"],
    [5 * 3_600_000, "5 h"],
    [DAY, "1 d"],
    [3 * DAY, "3 d"],
    [29 * DAY, "29 d"],
    [62 * DAY, "2 mo"],
    [548 * DAY, "1.5 y"],
  ])("%d ms is %s", (ms, text) => {
    expect(formatInterval(ms)).toBe(text);
  });
});

describe("row and JSON mapping", () => {
  it("round-trips a card through the Card columns and JSON", () => {
    const card = reviewAll([3, 1, 3], 2);
    expect(cardFromRow({ ...cardToRow(card), id: "x" } as ReturnType<typeof cardToRow>)).toEqual(card);
    expect(cardFromJson(JSON.parse(JSON.stringify(cardToJson(card))))).toEqual(card);
    expect(cardFromJson(cardToJson(newCard(START)))).toEqual(newCard(START));
  });
});
