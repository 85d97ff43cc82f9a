import { describe, expect, it } from "vitest";
import { CARD_STATE } from "@/lib/srs/card";
import { describeForecast, describeMastery, describeRetention, describeReviewsPerDay, describeStreak } from "./describe";
import { forecast, mastery, reviewsPerDay, retentionByWeek, streak, studiedSets, type ProgressLog } from "./progress";

// Friday 2026-11-20, 10:00 in Nairobi (UTC+3).
const NOW = new Date("2026-11-20T07:00:00Z");
const TZ = "Africa/Nairobi";

const at = (iso: string) => new Date(iso);
const log = (iso: string, rating = 3, state: number = CARD_STATE.review, undoneAt: Date | null = null): ProgressLog => ({
  reviewedAt: at(iso),
  rating,
  state,
  undoneAt,
});

describe("forecast", () => {
  it("counts cards due per day in the learner's zone, overdue ones today, new ones never", () => {
    const cards = [
      { due: at("2026-11-01T00:00:00Z"), state: CARD_STATE.review }, // overdue: today
      { due: at("2026-11-20T20:59:00Z"), state: CARD_STATE.review }, // 23:59 Nairobi: today
      { due: at("2026-11-20T21:00:00Z"), state: CARD_STATE.relearning }, // midnight Nairobi: tomorrow
      { due: at("2026-11-22T12:00:00Z"), state: CARD_STATE.learning },
      { due: at("2026-11-20T08:00:00Z"), state: CARD_STATE.new }, // not a review
      { due: at("2026-12-04T12:00:00Z"), state: CARD_STATE.review }, // day 14: outside a 14-day window
    ];
    const days = forecast(cards, NOW, TZ, 14);
    expect(days).toHaveLength(14);
    expect(days[0]).toEqual({ date: "2026-11-20", count: 2 });
    expect(days[1]).toEqual({ date: "2026-11-21", count: 1 });
    expect(days[2]).toEqual({ date: "2026-11-22", count: 1 });
    expect(days[13]).toEqual({ date: "2026-12-03", count: 0 });
    expect(days.reduce((sum, day) => sum + day.count, 0)).toBe(4);
    // In UTC the card due 20:59 UTC is due today as well, and midnight Nairobi is not tomorrow yet.
    expect(forecast([cards[1]!, cards[2]!], NOW, "UTC", 2).map((day) => day.count)).toEqual([2, 0]);
  });

  it("says what it shows", () => {
    const days = forecast([{ due: NOW, state: CARD_STATE.review }, ...Array.from({ length: 3 }, () => ({ due: at("2026-11-23T09:00:00Z"), state: CARD_STATE.review }))], NOW, TZ, 14);
    expect(describeForecast(days)).toBe("1 card due today; 4 in the next 14 days; most on Nov 23 (3).");
    expect(describeForecast(forecast([], NOW, TZ, 14))).toBe("No cards due in the next 14 days.");
    expect(describeForecast(forecast([{ due: NOW, state: CARD_STATE.review }], NOW, TZ, 14))).toBe(
      "1 card due today, more than on any later day; 1 in the next 14 days.",
    );
  });
});

describe("retentionByWeek", () => {
  it("is the share of reviews of review-state cards rated Hard or better, per Monday-started week", () => {
    const weeks = retentionByWeek(
      [
        log("2026-11-02T09:00:00Z", 3), // Mon Nov 2
        log("2026-11-08T09:00:00Z", 1), // Sun Nov 8: same week, a lapse
        log("2026-11-08T09:00:00Z", 2), // Hard passes
        log("2026-11-08T09:00:00Z", 1, CARD_STATE.learning), // learning: not counted
        log("2026-11-08T09:00:00Z", 1, CARD_STATE.relearning), // relearning: not counted
        log("2026-11-08T09:00:00Z", 4, CARD_STATE.new), // new: not counted
        log("2026-11-08T09:00:00Z", 1, CARD_STATE.review, at("2026-11-08T09:01:00Z")), // undone
        log("2026-11-22T20:30:00Z", 4), // Sunday 23:30 Nairobi: week of Nov 16
        log("2026-11-22T21:30:00Z", 1), // Monday 00:30 Nairobi: week of Nov 23
      ],
      TZ,
    );
    expect(weeks).toEqual([
      { weekStart: "2026-11-02", reviews: 3, passed: 2, retention: 2 / 3 },
      { weekStart: "2026-11-09", reviews: 0, passed: 0, retention: null },
      { weekStart: "2026-11-16", reviews: 1, passed: 1, retention: 1 },
      { weekStart: "2026-11-23", reviews: 1, passed: 0, retention: 0 },
    ]);
    expect(describeRetention(weeks)).toBe("True retention 60% (3 of 5 reviews passed) over 4 weeks; week of Nov 23: 0%.");
  });

  it("is empty without reviews of review-state cards", () => {
    expect(retentionByWeek([log("2026-11-02T09:00:00Z", 3, CARD_STATE.learning)], TZ)).toEqual([]);
    expect(describeRetention([])).toMatch(/^No reviews of cards in review yet/);
  });
});

describe("reviewsPerDay", () => {
  it("counts every review that was not undone on each of the last days, today last", () => {
    const days = reviewsPerDay(
      [
        log("2026-11-20T06:00:00Z", 1, CARD_STATE.learning), // today (any state, any rating)
        log("2026-11-19T21:00:00Z"), // 00:00 Nairobi: today
        log("2026-11-19T20:59:00Z"), // 23:59 Nairobi: yesterday
        log("2026-11-19T10:00:00Z", 3, CARD_STATE.review, at("2026-11-19T10:00:05Z")), // undone
        log("2026-10-22T20:00:00Z"), // Oct 22 23:00 Nairobi: the first day of 30
        log("2026-10-22T20:59:59Z"),
        log("2026-10-21T20:59:59Z"), // Oct 21: before the window
      ],
      NOW,
      TZ,
      30,
    );
    expect(days).toHaveLength(30);
    expect(days[0]).toEqual({ date: "2026-10-22", count: 2 });
    expect(days[28]).toEqual({ date: "2026-11-19", count: 1 });
    expect(days[29]).toEqual({ date: "2026-11-20", count: 2 });
    expect(days.reduce((sum, day) => sum + day.count, 0)).toBe(5);
    expect(describeReviewsPerDay(days)).toBe("5 reviews in the last 30 days, on 3 days; most on Oct 22 (2).");
    expect(describeReviewsPerDay(reviewsPerDay([], NOW, TZ, 30))).toBe("No reviews in the last 30 days.");
  });
});

describe("streak", () => {
  const days = (...isos: string[]) => isos.map((iso) => log(iso));

  it("counts consecutive days ending today", () => {
    const value = streak(days("2026-11-20T05:00:00Z", "2026-11-19T12:00:00Z", "2026-11-18T12:00:00Z", "2026-11-16T12:00:00Z"), NOW, TZ);
    expect(value).toEqual({ days: 3, hasReviewedToday: true });
    expect(describeStreak(value)).toBe("You reviewed today.");
  });

  it("stays alive until today ends when the last review was yesterday", () => {
    const value = streak(days("2026-11-19T12:00:00Z", "2026-11-18T12:00:00Z"), NOW, TZ);
    expect(value).toEqual({ days: 2, hasReviewedToday: false });
    expect(describeStreak(value)).toBe("Review today to keep it going.");
  });

  it("is broken by a day without reviews, and ignores undone reviews", () => {
    expect(streak(days("2026-11-18T12:00:00Z"), NOW, TZ).days).toBe(0);
    expect(streak([log("2026-11-20T05:00:00Z", 3, CARD_STATE.review, at("2026-11-20T05:00:01Z"))], NOW, TZ)).toEqual({ days: 0, hasReviewedToday: false });
    expect(describeStreak({ days: 0, hasReviewedToday: false })).toBe("Review a card today to start one.");
  });

  it("uses the learner's day: 22:30 UTC is already tomorrow in Nairobi", () => {
    const reviews = days("2026-11-19T22:30:00Z", "2026-11-18T22:30:00Z");
    expect(streak(reviews, NOW, TZ)).toEqual({ days: 2, hasReviewedToday: true });
    expect(streak(reviews, NOW, "UTC")).toEqual({ days: 2, hasReviewedToday: false });
  });
});

describe("mastery", () => {
  it("counts started items and those in review with stability of at least 21 days", () => {
    const sets = [
      { slug: "topic:money", title: "Money", itemIds: ["a", "b", "c", "d"] },
      { slug: "empty", title: "Empty", itemIds: [] },
    ];
    const cards = [
      { itemId: "a", state: CARD_STATE.review, stability: 21 },
      { itemId: "b", state: CARD_STATE.review, stability: 20.9 },
      { itemId: "c", state: CARD_STATE.relearning, stability: 40 },
      { itemId: "z", state: CARD_STATE.review, stability: 90 }, // not in the set (retired or elsewhere)
    ];
    const [money, empty] = mastery(sets, cards);
    expect(money).toEqual({ slug: "topic:money", title: "Money", total: 4, started: 3, mastered: 1, share: 0.25 });
    expect(empty).toEqual({ slug: "empty", title: "Empty", total: 0, started: 0, mastered: 0, share: 0 });
    expect(describeMastery(money!)).toBe("1 of 4 items mastered, 3 started.");
  });
});

describe("studiedSets", () => {
  const card = (itemId: string) => ({ itemId, state: CARD_STATE.new, stability: 0 });
  const sets = [
    { slug: "all", title: "Everything", itemIds: ["a", "b", "c", "d", "e", "f"] },
    { slug: "article:one", title: "One", itemIds: ["a", "b"] },
    { slug: "article:two", title: "Two", itemIds: ["c", "d", "e"] },
    { slug: "topic:mission", title: "Mission", itemIds: ["a", "b", "c"] },
  ];

  it("lists the set studied, not every set that shares one of its items", () => {
    expect(studiedSets(sets, ["a", "b", "c"].map(card)).map((set) => set.title)).toEqual(["Mission"]);
  });

  it("lists two studied sets that overlap, and a set wholly inside a studied one only through it", () => {
    expect(studiedSets(sets, ["a", "b", "c", "d", "e"].map(card)).map((set) => set.title)).toEqual(["Two", "Mission"]);
    expect(studiedSets(sets, ["a", "b", "c", "d", "e", "f"].map(card)).map((set) => set.title)).toEqual(["Everything"]);
  });

  it("lists nothing for cards that make up no whole set (answers to a few quiz questions)", () => {
    expect(studiedSets(sets, ["a", "d"].map(card))).toEqual([]);
  });
});
