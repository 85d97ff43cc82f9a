import { describe, expect, it } from "vitest";
import { readDates } from "./dates";

const dates = (text: string, published: string | null) => readDates(text, published).map(({ text: said, date }) => [said, date]);

describe("readDates", () => {
  it("takes a month after “last” with no year as the last one before the article", () => {
    expect(dates("The council has debated the matter since last October.", "2023-09-26")).toEqual([["October", "2022-10"]]);
    expect(dates("The talks began last March 3.", "2023-09-26")).toEqual([["March 3", "2023-03-03"]]);
  });

  it("leaves a month without “last”, and a date with its year, as the text gives them", () => {
    expect(dates("The force will arrive by October 15.", "2023-09-26")).toEqual([["October 15", "2023-10-15"]]);
    expect(dates("The vote was held on October 2, 2022.", "2023-09-26")).toEqual([["October 2, 2022", "2022-10-02"]]);
  });

  it("resolves a weekday backwards from the publication day, and not at all without one", () => {
    expect(dates("Kenya offered on Wednesday to send officers.", "2021-07-08")).toEqual([["Wednesday", "2021-07-07"]]);
    expect(dates("Kenya offered on Wednesday to send officers.", null)).toEqual([["Wednesday", null]]);
  });
});
