import { describe, expect, it } from "vitest";
import { startOfDay } from "./day";

describe("startOfDay", () => {
  it("is local midnight in the learner's zone", () => {
    expect(startOfDay(new Date("2026-03-10T02:00:00Z"), "Africa/Nairobi")).toEqual(new Date("2026-03-09T21:00:00Z"));
    expect(startOfDay(new Date("2026-03-10T22:00:00Z"), "Africa/Nairobi")).toEqual(new Date("2026-03-10T21:00:00Z"));
  });
  it("falls back to UTC for an unknown zone", () => {
    expect(startOfDay(new Date("2026-03-10T22:00:00Z"), "Mars/Olympus")).toEqual(new Date("2026-03-10T00:00:00Z"));
  });
});
