import { describe, expect, it } from "vitest";
import { formatByline, formatPublished } from "./format";

describe("formatPublished", () => {
  it.each([
    ["2023-09-28", "September 28, 2023"],
    ["2023-10-03", "October 3, 2023"],
    ["2023-09", "September 2023"],
    ["2021", "2021"],
  ])("%s → %s", (value, expected) => {
    expect(formatPublished(value)).toBe(expected);
  });
});

describe("formatByline", () => {
  it("leaves out what is unknown and falls back to the title for a missing outlet", () => {
    expect(formatByline({ outlet: "GlobalPost", author: null, published: "2023-09" })).toBe("GlobalPost, September 2023");
    expect(formatByline({ outlet: null, author: "James Ngunjiri", published: "2023-10-03", title: "Disquiet simmers" })).toBe(
      "Disquiet simmers, James Ngunjiri, October 3, 2023",
    );
  });
});
