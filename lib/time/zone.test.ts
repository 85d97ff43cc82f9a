import { describe, expect, it } from "vitest";
import { addDays, dayKey, dayRange } from "./calendar";
import { dayStart, formatDateTime, formatInstant, formatLongDate, formatShortDate, isTimeZone, nextDayLocal, startOfDay, timeZoneOrUtc } from "./zone";

describe("startOfDay", () => {
  it("is local midnight in the learner's zone", () => {
    expect(startOfDay(new Date("2026-03-10T02:00:00Z"), "Africa/Nairobi")).toEqual(new Date("2026-03-09T21:00:00Z"));
    expect(startOfDay(new Date("2026-03-10T22:00:00Z"), "Africa/Nairobi")).toEqual(new Date("2026-03-10T21:00:00Z"));
  });
  it("falls back to UTC for an unknown zone", () => {
    expect(startOfDay(new Date("2026-03-10T22:00:00Z"), "Mars/Olympus")).toEqual(new Date("2026-03-10T00:00:00Z"));
  });
});

describe("dayStart", () => {
  it("is local midnight, before and after a daylight-saving change", () => {
    expect(dayStart("2026-03-08", "America/New_York")).toEqual(new Date("2026-03-08T05:00:00Z"));
    expect(dayStart("2026-03-09", "America/New_York")).toEqual(new Date("2026-03-09T04:00:00Z"));
    expect(dayStart("2026-04-05", "Australia/Lord_Howe")).toEqual(new Date("2026-04-04T13:00:00Z"));
    expect(dayStart("2026-04-06", "Australia/Lord_Howe")).toEqual(new Date("2026-04-05T13:30:00Z"));
    expect(dayStart("2026-11-20", "Asia/Kolkata")).toEqual(new Date("2026-11-19T18:30:00Z"));
  });
  it("is the first instant of the day where a change skips midnight", () => {
    // Havana moves its clocks from 00:00 to 01:00 on 8 March 2026: the day starts at 01:00 CDT.
    expect(dayStart("2026-03-08", "America/Havana")).toEqual(new Date("2026-03-08T05:00:00Z"));
  });
  it("is the instant from which dayKey reads the day, in every zone, every day of a year", () => {
    for (const zone of ["UTC", "America/New_York", "Europe/London", "Australia/Lord_Howe", "Pacific/Chatham", "Asia/Kolkata", "America/St_Johns", "America/Havana", "America/Santiago", "Asia/Beirut"]) {
      for (const key of dayRange("2026-01-01", 366)) {
        const start = dayStart(key, zone);
        expect([dayKey(start, zone), dayKey(new Date(start.getTime() - 1), zone)]).toEqual([key, addDays(key, -1)]);
      }
    }
  });
});

describe("nextDayLocal", () => {
  it("keeps the wall-clock time on the next calendar day, across a month and a year", () => {
    expect(nextDayLocal("2026-11-27T09:00")).toBe("2026-11-28T09:00");
    expect(nextDayLocal("2026-11-30T23:30")).toBe("2026-12-01T23:30");
    expect(nextDayLocal("2026-12-31T08:15")).toBe("2027-01-01T08:15");
  });
});

describe("isTimeZone and timeZoneOrUtc", () => {
  it("knows IANA zones and falls back to UTC for anything else", () => {
    expect([isTimeZone("Africa/Nairobi"), isTimeZone(""), isTimeZone("Mars/Olympus_Mons")]).toEqual([true, false, false]);
    expect([timeZoneOrUtc("africa/nairobi"), timeZoneOrUtc(undefined), timeZoneOrUtc("Mars/Olympus_Mons")]).toEqual(["Africa/Nairobi", "UTC", "UTC"]);
  });
});

describe("formatting an instant for people", () => {
  const instant = new Date("2026-03-10T06:00:00Z");
  it("writes it in the zone, saying UTC when that is the zone", () => {
    expect(formatDateTime(instant, "Africa/Nairobi")).toBe("Mar 10, 2026, 9:00 AM");
    expect(formatDateTime(instant, "UTC")).toBe("Mar 10, 2026, 6:00 AM UTC");
    expect(formatShortDate(new Date("2026-03-10T22:30:00Z"), "Africa/Nairobi")).toBe("Mar 11, 2026");
    expect(formatLongDate(instant, "UTC")).toBe("March 10, 2026");
    expect(formatInstant(instant, "Africa/Nairobi")).toBe("Tue, Mar 10, 9:00 AM GMT+3");
  });

  it("reads an unknown zone as UTC", () => {
    expect(formatDateTime(instant, "Mars/Olympus_Mons")).toBe("Mar 10, 2026, 6:00 AM UTC");
  });
});
