import { describe, expect, it } from "vitest";
import { learnerSettingsSchema } from "./settings";

const form = { desiredRetention: "0.9", newCardsPerDay: "20", maxReviewsPerDay: "200" };

describe("learnerSettingsSchema", () => {
  it("reads a form's strings as numbers", () => {
    expect(learnerSettingsSchema.parse(form)).toEqual({ desiredRetention: 0.9, newCardsPerDay: 20, maxReviewsPerDay: 200 });
    expect(learnerSettingsSchema.parse({ desiredRetention: "0.70", newCardsPerDay: "0", maxReviewsPerDay: "9999" }).newCardsPerDay).toBe(0);
  });
  it.each([
    ["retention below 0.70", { desiredRetention: "0.69" }, "desiredRetention"],
    ["retention above 0.97", { desiredRetention: "0.98" }, "desiredRetention"],
    ["an empty field", { newCardsPerDay: "" }, "newCardsPerDay"],
    ["a fraction of a card", { newCardsPerDay: "1.5" }, "newCardsPerDay"],
    ["more than 500 new cards", { newCardsPerDay: "501" }, "newCardsPerDay"],
    ["no reviews at all", { maxReviewsPerDay: "0" }, "maxReviewsPerDay"],
    ["text", { maxReviewsPerDay: "lots" }, "maxReviewsPerDay"],
  ])("refuses %s", (_name, change, field) => {
    const result = learnerSettingsSchema.safeParse({ ...form, ...change });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual([field]);
  });
});
