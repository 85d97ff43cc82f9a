import { describe, expect, it } from "vitest";
import { reviewBatchSchema, submittedReviewSchema } from "./review-request";

const valid = { reviewId: "0b6a2f3e-8a8e-4d7e-9c1e-2f0b8f1d2a3b", itemId: "f-001-mc", rating: 3, reviewedAt: "2026-03-10T09:00:00.000Z" };

describe("submittedReviewSchema", () => {
  it("accepts a well-formed review and turns the time into a Date", () => {
    expect(submittedReviewSchema.parse(valid).reviewedAt).toEqual(new Date("2026-03-10T09:00:00Z"));
    expect(submittedReviewSchema.parse({ ...valid, reviewedAt: "2026-03-10T12:00:00+03:00" }).reviewedAt).toEqual(new Date("2026-03-10T09:00:00Z"));
  });
  it.each([
    ["a rating of 0", { rating: 0 }],
    ["a rating of 5", { rating: 5 }],
    ["a rating as text", { rating: "3" }],
    ["an id that is not a UUID", { reviewId: "1" }],
    ["a date that is not ISO", { reviewedAt: "yesterday" }],
    ["no item", { itemId: "" }],
  ])("refuses %s", (_name, change) => {
    expect(submittedReviewSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});

describe("reviewBatchSchema", () => {
  it("needs 1 to 500 reviews", () => {
    expect(reviewBatchSchema.safeParse({ reviews: [] }).success).toBe(false);
    expect(reviewBatchSchema.safeParse({ reviews: Array(501).fill(valid) }).success).toBe(false);
    expect(reviewBatchSchema.safeParse({ reviews: [valid] }).success).toBe(true);
  });
});
