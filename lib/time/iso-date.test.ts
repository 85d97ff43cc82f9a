import { describe, expect, it } from "vitest";
import { formatIsoDate, isIsoDate, isoPrecision, monthOf } from "./iso-date";

describe("isIsoDate", () => {
  it("accepts YYYY, YYYY-MM and YYYY-MM-DD calendar dates", () => {
    for (const date of ["2023", "2023-09", "2023-09-25", "2024-02-29"]) expect(isIsoDate(date), date).toBe(true);
  });

  it("rejects other forms and impossible dates", () => {
    for (const date of ["23", "2023-9", "2023-9-25", "2023-13", "2023-00", "2023-02-29", "2023-09-31", "September 2023", "2023/09/25"]) {
      expect(isIsoDate(date), date).toBe(false);
    }
  });
});

describe("formatIsoDate", () => {
  it.each([
    ["2023-09-28", "September 28, 2023"],
    ["2023-10-03", "October 3, 2023"],
    ["2023-09", "September 2023"],
    ["2021", "2021"],
  ])("%s → %s", (value, expected) => {
    expect(formatIsoDate(value)).toBe(expected);
  });
});

describe("isoPrecision and monthOf", () => {
  it("reads the precision and the month of a date", () => {
    expect(["2023-09-25", "2023-09", "2023"].map(isoPrecision)).toEqual(["day", "month", "year"]);
    expect(["2023-09-25", "2023-07", "2023"].map(monthOf)).toEqual(["September", "July", null]);
  });
});
