import { describe, expect, it } from "vitest";
import { checkForecastDay } from "./forecast-day";

// 10 March 2026, 09:00 in Nairobi (UTC+3).
const NOW = new Date("2026-03-10T06:00:00Z");
const ZONE = "Africa/Nairobi";

describe("checkForecastDay", () => {
  it("defaults to a week from today in the time zone, at the start of that day", () => {
    expect(checkForecastDay(undefined, NOW, ZONE)).toEqual({ ok: true, day: "2026-03-17", at: new Date("2026-03-16T21:00:00Z") });
    expect(checkForecastDay("  ", NOW, ZONE)).toMatchObject({ ok: true, day: "2026-03-17" });
  });

  it("takes a real day from today up to a year ahead", () => {
    expect(checkForecastDay("2026-03-10", NOW, ZONE)).toMatchObject({ ok: true, day: "2026-03-10" });
    expect(checkForecastDay("2027-03-10", NOW, ZONE)).toMatchObject({ ok: true, day: "2027-03-10" });
  });

  it("refuses what is not a day, with a message that says what to type", () => {
    for (const input of ["2026-02-30", "next friday", "2026-03", "2026-03-17T09:00", "<script>"]) {
      const checked = checkForecastDay(input, NOW, ZONE);
      expect(checked.ok).toBe(false);
      expect(checked).toMatchObject({ error: expect.stringContaining("is not a date. Pick a day, such as Tue, Mar 17.") });
    }
  });

  it("refuses a past day and one more than a year ahead", () => {
    expect(checkForecastDay("2026-03-09", NOW, ZONE)).toEqual({ ok: false, error: "Pick today or a later day: the forecast looks ahead." });
    expect(checkForecastDay("2027-03-11", NOW, ZONE)).toEqual({ ok: false, error: "Pick a day within a year, by March 10, 2027." });
  });

  it("needs a day after today for a review assignment's due day", () => {
    expect(checkForecastDay("2026-03-10", NOW, ZONE, { isDueDay: true })).toMatchObject({ ok: false, error: expect.stringContaining("after today") });
    expect(checkForecastDay("2026-03-11", NOW, ZONE, { isDueDay: true })).toMatchObject({ ok: true, day: "2026-03-11" });
  });
});
