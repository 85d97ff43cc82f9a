import { describe, expect, it } from "vitest";
import { addDays, dayKey, dayLabel, dayRange, daysBetween, weekStart } from "./calendar";
import { timeZoneOrUtc } from "./zone";

describe("calendar days", () => {
  it("takes the day of an instant in the time zone", () => {
    const instant = new Date("2026-11-20T23:30:00Z");
    expect(dayKey(instant, "UTC")).toBe("2026-11-20");
    expect(dayKey(instant, "Africa/Nairobi")).toBe("2026-11-21");
    expect(dayKey(instant, "America/Los_Angeles")).toBe("2026-11-20");
    expect(dayKey(new Date("2026-11-20T09:00:00Z"), "Pacific/Kiritimati")).toBe("2026-11-20");
    expect(dayKey(new Date("2026-11-20T10:00:00Z"), "Pacific/Kiritimati")).toBe("2026-11-21");
  });

  it("adds days across month, year and daylight-saving boundaries", () => {
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    // Clocks change in the US on 2026-03-08 and 2026-11-01: days stay whole.
    expect(daysBetween("2026-03-07", "2026-03-09")).toBe(2);
    expect(daysBetween("2026-11-02", "2026-10-31")).toBe(-2);
  });

  it("starts weeks on Monday", () => {
    expect(weekStart("2026-11-16")).toBe("2026-11-16"); // Monday
    expect(weekStart("2026-11-22")).toBe("2026-11-16"); // Sunday
    expect(weekStart("2026-11-23")).toBe("2026-11-23");
    expect(weekStart("2027-01-01")).toBe("2026-12-28");
  });

  it("lists consecutive days and labels them", () => {
    expect(dayRange("2026-11-29", 3)).toEqual(["2026-11-29", "2026-11-30", "2026-12-01"]);
    expect(dayRange("2026-11-29", 0)).toEqual([]);
    expect(dayLabel("2026-11-20")).toBe("Nov 20");
  });

  it("falls back to UTC for a missing or unknown time zone", () => {
    expect(timeZoneOrUtc("Africa/Nairobi")).toBe("Africa/Nairobi");
    expect(timeZoneOrUtc("Not/AZone")).toBe("UTC");
    expect(timeZoneOrUtc("")).toBe("UTC");
    expect(timeZoneOrUtc(undefined)).toBe("UTC");
  });
});
