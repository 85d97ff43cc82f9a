import { describe, expect, it } from "vitest";
import { matchesDate, readTypedDate } from "./date-match";
import type { DateKey } from "./types";

/** A day answer that must be given with its year ("September 25, 2023"). */
const SIGNING: DateKey = { iso: "2023-09-25", yearRequired: true };
/** A month answer to a "which month" question: the year may be left out. */
const JULY: DateKey = { iso: "2023-07", yearRequired: false };
/** A month answer to a question that asks for the month and the year. */
const JULY_WITH_YEAR: DateKey = { iso: "2023-07", yearRequired: true };
/** A day answer written without its year ("September 19"). */
const BIDEN: DateKey = { iso: "2023-09-19", yearRequired: false };
/** A year answer. */
const YEAR: DateKey = { iso: "2021", yearRequired: true };

describe("readTypedDate", () => {
  it.each<[string, { year: number | null; month: number | null; day: number | null }]>([
    ["Sept 25, 2023", { year: 2023, month: 9, day: 25 }],
    ["25 September 2023", { year: 2023, month: 9, day: 25 }],
    ["2023-09-25", { year: 2023, month: 9, day: 25 }],
    ["9/25/2023", { year: 2023, month: 9, day: 25 }],
    ["Sep. 25, 2023", { year: 2023, month: 9, day: 25 }],
    ["on September 25, 2023", { year: 2023, month: 9, day: 25 }],
    ["July", { year: null, month: 7, day: null }],
    ["July 2023", { year: 2023, month: 7, day: null }],
    ["Jul 2023", { year: 2023, month: 7, day: null }],
    ["in July 2023", { year: 2023, month: 7, day: null }],
    ["September 19", { year: null, month: 9, day: 19 }],
    ["2021", { year: 2021, month: null, day: null }],
    ["in 2021", { year: 2021, month: null, day: null }],
  ])("reads %j as the parts it gives", (input, expected) => {
    expect(readTypedDate(input)).toEqual(expected);
  });

  it.each([
    ["a weekday alone", "Monday"],
    ["an empty string", ""],
    ["spaces only", "   "],
    ["two dates", "September 25 and September 26"],
    ["two dates with years", "September 25, 2023 or September 26, 2023"],
    ["a date among other words", "I think September 25, 2023"],
    ["a date followed by other words", "September 25, 2023 maybe"],
  ])("reads no date from %s (%j)", (_name, input) => {
    expect(readTypedDate(input)).toBeNull();
  });

  it.each([
    ["the day after September 25"],
    ["the day after September 24, 2023"],
    ["a week before September 25, 2023"],
    ["tomorrow"],
  ])("reads no date from the relative phrase %j: it says more than a date", (input) => {
    expect(readTypedDate(input)).toBeNull();
  });
});

describe("matchesDate", () => {
  it.each(["Sept 25, 2023", "25 September 2023", "2023-09-25", "9/25/2023", "Sep. 25, 2023", "September 25, 2023", "on 25 September 2023", "Monday, September 25, 2023"])(
    "accepts %j for September 25, 2023",
    (input) => {
      expect(matchesDate(input, SIGNING)).toBe(true);
    },
  );

  it.each([
    ["a wrong day", "September 26, 2023"],
    ["a wrong day, other form", "2023-09-24"],
    ["a wrong month", "October 25, 2023"],
    ["a wrong year", "September 25, 2022"],
    ["a wrong year, other form", "9/25/2022"],
    ["no year when the year is required", "September 25"],
    ["the month only", "September 2023"],
    ["the year only", "2023"],
    ["a weekday", "Monday"],
    ["two dates", "September 25, 2023 or September 26, 2023"],
    ["words around the date", "I think September 25, 2023"],
    ["an empty string", ""],
  ])("refuses %s (%j) for September 25, 2023", (_name, input) => {
    expect(matchesDate(input, SIGNING)).toBe(false);
  });

  it.each([
    ["the day after September 25", SIGNING],
    ["the day after September 24, 2023", SIGNING],
    ["two days after Sept 23 2023", SIGNING],
    ["the day after September 25", { iso: "2023-09-26", yearRequired: false }],
    ["the day after September 25, 2023", { iso: "2023-09-26", yearRequired: false }],
  ])("refuses the relative phrase %j, whatever day it comes to", (input, key) => {
    expect(matchesDate(input, key)).toBe(false);
  });

  it('accepts "July", "July 2023" and "Jul 2023" for a month question, and no other month or year', () => {
    for (const input of ["July", "July 2023", "Jul 2023", "in July", "july"]) expect(matchesDate(input, JULY), input).toBe(true);
    for (const input of ["June", "August 2023", "July 2022", "2023", "Monday", ""]) expect(matchesDate(input, JULY), input).toBe(false);
  });

  it("wants the year for a month answer when the key requires it", () => {
    expect(matchesDate("July 2023", JULY_WITH_YEAR)).toBe(true);
    expect(matchesDate("Jul 2023", JULY_WITH_YEAR)).toBe(true);
    expect(matchesDate("July", JULY_WITH_YEAR)).toBe(false);
    expect(matchesDate("July 2022", JULY_WITH_YEAR)).toBe(false);
  });

  it('accepts "September 19, 2023" and "September 19" for a key written without its year, and refuses another day or year', () => {
    for (const input of ["September 19, 2023", "September 19", "19 September", "Sept 19", "2023-09-19", "19 September 2023"]) {
      expect(matchesDate(input, BIDEN), input).toBe(true);
    }
    for (const input of ["September 20", "September 19, 2022", "August 19", "September 2023", "Tuesday", ""]) {
      expect(matchesDate(input, BIDEN), input).toBe(false);
    }
  });

  it('accepts "2021" and "in 2021" for a year answer, and refuses another year', () => {
    expect(matchesDate("2021", YEAR)).toBe(true);
    expect(matchesDate("in 2021", YEAR)).toBe(true);
    expect(matchesDate("July 2021", YEAR)).toBe(true);
    for (const input of ["2020", "in 2022", "July 2020", "July", "Monday", ""]) expect(matchesDate(input, YEAR), input).toBe(false);
  });
});
