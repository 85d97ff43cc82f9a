import { describe, expect, it } from "vitest";
import { simulatedHistory } from "@/tests/fixtures/review-history";
import { MIN_CARDS_FOR_OPTIMIZATION, MIN_REVIEWS_FOR_OPTIMIZATION, optimizeParameters, REVIEWS_BETWEEN_OPTIMIZATIONS, reviewsUntilOptimization, trainingItems } from "./optimizer";
import { DEFAULT_PARAMETERS } from "./scheduler";

const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1, 9);

describe("trainingItems", () => {
  it("makes one item per review after the first, with delta_t in days and 0 for the first review", () => {
    const at = (day: number) => new Date(START + day * DAY);
    const items = trainingItems([
      { cardId: "a", rating: 3, reviewedAt: at(0) },
      { cardId: "a", rating: 1, reviewedAt: at(2) },
      { cardId: "a", rating: 3, reviewedAt: at(3) },
      { cardId: "b", rating: 3, reviewedAt: at(0) },
    ]);
    expect(items).toHaveLength(2);
    expect(items[1]!.map((review) => [review.rating, review.deltaT])).toEqual([
      [3, 0],
      [1, 2],
      [3, 1],
    ]);
  });

  it("orders each card's reviews by time, whatever the input order", () => {
    const items = trainingItems([
      { cardId: "a", rating: 1, reviewedAt: new Date(START + 4 * DAY) },
      { cardId: "a", rating: 3, reviewedAt: new Date(START) },
    ]);
    expect(items[0]!.map((review) => review.deltaT)).toEqual([0, 4]);
  });
});

describe("optimizeParameters", () => {
  it("fits 21 parameters that move away from the defaults for a forgetful learner", async () => {
    const history = simulatedHistory(60, 8);
    expect(history).toHaveLength(480);
    const parameters = await optimizeParameters(history);
    expect(parameters).toHaveLength(21);
    expect(parameters.every(Number.isFinite)).toBe(true);
    const moved = parameters.filter((value, index) => Math.abs(value - DEFAULT_PARAMETERS[index]!) > 1e-3);
    expect(moved.length).toBeGreaterThan(3);
    // This learner forgets fast: the initial stability after Good (w2) comes down.
    expect(parameters[2]!).toBeLessThan(DEFAULT_PARAMETERS[2]!);
  }, 60_000);
});

describe("reviewsUntilOptimization", () => {
  it.each([
    { history: { reviewCount: 0, cardCount: 0, optimizedReviewCount: null }, until: MIN_REVIEWS_FOR_OPTIMIZATION },
    { history: { reviewCount: 399, cardCount: 60, optimizedReviewCount: null }, until: 1 },
    { history: { reviewCount: 400, cardCount: 10, optimizedReviewCount: null }, until: MIN_CARDS_FOR_OPTIMIZATION - 10 },
    { history: { reviewCount: 400, cardCount: 50, optimizedReviewCount: null }, until: 0 },
    { history: { reviewCount: 450, cardCount: 60, optimizedReviewCount: 400 }, until: REVIEWS_BETWEEN_OPTIMIZATIONS - 50 },
    { history: { reviewCount: 500, cardCount: 60, optimizedReviewCount: 400 }, until: 0 },
    // Undone reviews can bring the count below the last fit's.
    { history: { reviewCount: 390, cardCount: 60, optimizedReviewCount: 400 }, until: REVIEWS_BETWEEN_OPTIMIZATIONS + 10 },
  ])("$history → $until", ({ history, until }) => {
    expect(reviewsUntilOptimization(history)).toBe(until);
  });
});
