import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNumber } from "../answer-match";
import { readTypedDate } from "../date-match";
import { amountSpellings, groupThousands, moneyStyle, perturbNumber, wrongAmounts, wrongDates, wrongNumbers, writesYear } from "./formats";
import { formatIsoDate } from "@/lib/time/iso-date";

const none = new Set<number>();
const noDates = new Set<string>();

describe("wrongNumbers", () => {
  it("perturbs a large number, written with grouped thousands like the key", () => {
    // 1,250 rounds back to 1,000, the key, and is left out.
    expect(wrongNumbers("1,000", 1000, none)).toEqual(["1,500", "500", "2,000", "750", "3,000"]);
  });

  it("writes them plain when the key is plain", () => {
    expect(wrongNumbers("1000", 1000, none)).toEqual(["1500", "500", "2000", "750", "3000"]);
  });

  it("perturbs a small count by a few units", () => {
    expect(wrongNumbers("12", 12, none)).toEqual(["13", "11", "14", "10", "17", "24"]);
  });

  it("writes them in words when the key is in words", () => {
    expect(wrongNumbers("five", 5, none)).toEqual(["six", "four", "seven", "three", "ten"]);
  });

  it("never gives a number the bank states true for the question", () => {
    expect(wrongNumbers("1,000", 1000, new Set([1500, 500]))).toEqual(["2,000", "750", "3,000"]);
  });

  it("gives nothing when the key is written in a way it cannot reproduce", () => {
    expect(wrongNumbers("about 1,000", 1000, none)).toEqual([]);
  });

  it("is near the key, never the key, in the key's written form (any whole number)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000_000 }), (value) => {
        const key = groupThousands(value);
        const wrong = wrongNumbers(key, value, none);
        expect(wrong.length).toBeGreaterThan(0);
        expect(new Set(wrong).size).toBe(wrong.length);
        for (const display of wrong) {
          expect(display).not.toBe(key);
          expect(display).toMatch(/^\d{1,3}(?:,\d{3})*$/);
          const number = parseNumber(display) ?? Number.NaN;
          expect(number).not.toBe(value);
          if (value <= 20) expect(Math.abs(number - value)).toBeLessThanOrEqual(Math.max(5, value));
          else {
            // Between half and three times the key, give or take the rounding to a number a writer would use.
            expect(number).toBeGreaterThanOrEqual(value * 0.4);
            expect(number).toBeLessThanOrEqual(value * 4);
          }
        }
      }),
    );
  });

  it("never perturbs to zero or below", () => {
    expect(perturbNumber(1)).toEqual([2, 3, 6, 2]);
    fc.assert(fc.property(fc.integer({ min: 1, max: 10_000 }), (value) => perturbNumber(value).every((n) => n > 0 && n !== value)));
  });
});

describe("wrongAmounts", () => {
  it("perturbs an amount in millions, written like the key", () => {
    expect(wrongAmounts("$100 million", 100e6, none)).toEqual(["$150 million", "$50 million", "$200 million", "$75 million", "$300 million"]);
  });

  it("perturbs a plain amount", () => {
    expect(wrongAmounts("$5,000", 5000, none)).toEqual(["$7,500", "$2,500", "$10,000", "$4,000", "$6,000", "$15,000"]);
  });

  it("drops an amount its scale cannot write (0.75 billion)", () => {
    expect(wrongAmounts("$1.5 billion", 1.5e9, none)).toEqual(["$2 billion", "$3 billion", "$1 billion", "$4 billion"]);
  });

  it("never gives an amount the bank states true for the question", () => {
    expect(wrongAmounts("$100 million", 100e6, new Set([150e6]))).not.toContain("$150 million");
  });

  it("gives nothing for a form it cannot reproduce", () => {
    expect(wrongAmounts("100 million dollars", 100e6, none)).toEqual([]);
    expect(moneyStyle("$100 million", 99e6)).toBeNull();
  });

  it("is near the key, never the key, in the key's written form (any amount in millions)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), (millions) => {
        const key = `$${millions} million`;
        for (const display of wrongAmounts(key, millions * 1e6, none)) {
          expect(display).not.toBe(key);
          const match = /^\$(\d{1,3}(?:,\d{3})*(?:\.\d)?) million$/.exec(display);
          expect(match).not.toBeNull();
          const wrong = Number(match?.[1]?.replaceAll(",", ""));
          expect(wrong).not.toBe(millions);
          if (millions > 20) {
            expect(wrong).toBeGreaterThanOrEqual(millions * 0.4);
            expect(wrong).toBeLessThanOrEqual(millions * 4);
          }
        }
      }),
    );
  });
});

describe("amountSpellings", () => {
  it("gives every way a learner may type an amount in millions", () => {
    expect(amountSpellings("$100 million", 100e6)).toEqual(["$100 million", "100,000,000", "100000000", "100 million", "$100m", "100m"]);
  });

  it("keeps a fraction of the scale", () => {
    expect(amountSpellings("$1.5 billion", 1.5e9)).toEqual(["$1.5 billion", "1,500,000,000", "1500000000", "1.5 billion", "$1.5b", "1.5b"]);
  });

  it("gives a plain amount with and without grouping", () => {
    expect(amountSpellings("$5,000", 5000)).toEqual(["$5,000", "5,000", "5000"]);
  });

  it("gives spellings that all read as the amount", () => {
    for (const spelling of amountSpellings("$100 million", 100e6)) expect(parseNumber(spelling)).toBe(100e6);
  });
});

describe("wrongDates", () => {
  it("moves a day a week, a month, a fortnight or a year, written like the key", () => {
    expect(wrongDates("September 25, 2023", "2023-09-25", noDates)).toEqual([
      "October 2, 2023",
      "September 18, 2023",
      "October 25, 2023",
      "August 25, 2023",
      "October 9, 2023",
      "September 25, 2024",
    ]);
  });

  it("moves a month by a month or two, or a year", () => {
    expect(wrongDates("July 2023", "2023-07", noDates)).toEqual(["August 2023", "June 2023", "September 2023", "May 2023", "July 2024", "July 2022"]);
  });

  it("keeps a key written without its year without one, and drops a year away that reads as the key", () => {
    expect(wrongDates("September 19", "2023-09-19", noDates)).toEqual(["September 26", "September 12", "October 19", "August 19", "October 3"]);
  });

  it("moves a year by one or two", () => {
    expect(wrongDates("2021", "2021", noDates)).toEqual(["2022", "2020", "2023", "2019"]);
  });

  it("keeps the wrong dates of a month key at month precision", () => {
    expect(wrongDates("July 2023", "2023-07", noDates).every((display) => readTypedDate(display)?.day === null)).toBe(true);
  });

  it("never gives a date the bank states true for the question", () => {
    expect(wrongDates("September 25, 2023", "2023-09-25", new Set(["2023-10-02"]))).not.toContain("October 2, 2023");
  });

  it("gives nothing for a form it cannot reproduce", () => {
    expect(wrongDates("Sept. 25", "2023-09-25", noDates)).toEqual([]);
  });

  it("never gives the key (any day of 2000-2030)", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2030, 11, 31)), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        const key = formatIsoDate(iso);
        const wrong = wrongDates(key, iso, noDates);
        expect(wrong.length).toBeGreaterThanOrEqual(4);
        for (const display of wrong) {
          expect(display).not.toBe(key);
          const typed = readTypedDate(display);
          expect(typed?.day).not.toBeNull();
          expect(Math.abs((typed?.year ?? 0) - date.getUTCFullYear())).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe("readableDate and writesYear", () => {
  it("writes a date at its precision", () => {
    expect([formatIsoDate("2023-09-25"), formatIsoDate("2023-07"), formatIsoDate("2021")]).toEqual(["September 25, 2023", "July 2023", "2021"]);
  });

  it("knows when a date as written gives its year", () => {
    expect(writesYear("September 19", "2023-09-19")).toBe(false);
    expect(writesYear("September 19, 2023", "2023-09-19")).toBe(true);
    expect(writesYear("Sept. 19, 2023", "2023-09-19")).toBe(true);
  });
});
