import { describe, expect, it } from "vitest";
import { describeDue, describeSpan } from "./relative-due";

const now = new Date("2026-11-24T12:00:00Z");
const at = (ms: number) => new Date(now.getTime() + ms);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe("describeSpan", () => {
  it.each([
    [10_000, "less than a minute"],
    [MINUTE, "1 minute"],
    [59 * MINUTE, "59 minutes"],
    [59 * MINUTE + 40_000, "1 hour"],
    [3 * HOUR, "3 hours"],
    [47 * HOUR, "47 hours"],
    [2 * DAY, "2 days"],
    [13 * DAY, "13 days"],
    [14 * DAY, "2 weeks"],
    [-3 * HOUR, "3 hours"],
  ])("%i ms is %s", (ms, expected) => {
    expect(describeSpan(ms)).toBe(expected);
  });
});

describe("describeDue", () => {
  it("counts down to a future due date", () => {
    expect(describeDue(at(2 * DAY + 3 * HOUR), now)).toBe("due in 2 days");
    expect(describeDue(at(0), now)).toBe("due in less than a minute");
  });

  it("says how late unfinished work is", () => {
    expect(describeDue(at(-3 * HOUR), now)).toBe("overdue by 3 hours");
    expect(describeDue(at(-1 * MINUTE), now, false)).toBe("overdue by 1 minute");
  });

  it("does not call finished work overdue", () => {
    expect(describeDue(at(-3 * DAY), now, true)).toBe("was due 3 days ago");
    expect(describeDue(at(3 * DAY), now, true)).toBe("due in 3 days");
  });
});
