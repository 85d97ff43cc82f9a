import { describe, expect, it } from "vitest";
import { isSustained, quantile, sustainedRate, type StepResult } from "./load";

function step(rate: number, p95: number, errors = 0): StepResult {
  return { rate, sent: rate * 5, ok: rate * 5 - errors, errors, p50: p95 / 2, p95, p99: p95, max: p95, achieved: rate, cpuMsPerRequest: null, failures: {} };
}

describe("quantile", () => {
  it.each([
    { values: [], q: 0.95, expected: 0 },
    { values: [5], q: 0.5, expected: 5 },
    { values: [1, 2, 3, 4], q: 0.5, expected: 2 },
    { values: [4, 3, 2, 1], q: 0.75, expected: 3 },
    { values: Array.from({ length: 100 }, (_, index) => index + 1), q: 0.95, expected: 95 },
    { values: [1, 2, 3], q: 1, expected: 3 },
  ])("the $q quantile of $values is $expected", ({ values, q, expected }) => {
    expect(quantile(values, q)).toBe(expected);
  });
});

describe("sustainedRate", () => {
  it("is the highest rate held within the p95 limit and without errors", () => {
    expect(sustainedRate([step(100, 10), step(200, 40), step(300, 60)], 50)).toBe(200);
  });

  it("does not count a step with any error, however fast", () => {
    expect(isSustained(step(100, 5, 1), 50)).toBe(false);
    expect(sustainedRate([step(100, 5), step(200, 5, 1)], 50)).toBe(100);
  });

  it("is 0 when no step was held", () => {
    expect(sustainedRate([step(100, 80)], 50)).toBe(0);
    expect(sustainedRate([], 50)).toBe(0);
  });
});
