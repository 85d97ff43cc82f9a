import { describe, expect, it } from "vitest";
import { formatByline, formatTitle, quoted } from "./format";

describe("formatByline", () => {
  it("states only what the source states: no outlet or author, none named", () => {
    expect(formatByline({ outlet: "GlobalPost", author: null, published: "2023-09" })).toBe("GlobalPost, September 2023");
    expect(formatByline({ outlet: null, author: "James Ngunjiri", published: "2023-10-03" })).toBe("James Ngunjiri, October 3, 2023");
    expect(formatByline({ outlet: null, author: null, published: "2023-09" })).toBe("September 2023");
    expect(formatByline({ outlet: null, author: null, published: null })).toBe("date not stated");
    expect(formatByline({ outlet: "Struggle-La-Lucha", author: "Kim Ives", published: "2023-09-28" })).toBe("Struggle-La-Lucha, Kim Ives, September 28, 2023");
  });
});

describe("formatTitle", () => {
  it("marks a title that the editors supplied, and only that", () => {
    expect(formatTitle({ title: "A dozen nations to join", titleIsSupplied: true })).toBe("A dozen nations to join (title supplied by the editors)");
    expect(formatTitle({ title: "Stepping Up", titleIsSupplied: false })).toBe("Stepping Up");
  });
});

describe("quoted", () => {
  it("puts a plain quote inside one pair of marks", () => {
    expect(quoted("Austin traveled to Kenya to ink the new Defense Cooperation Agreement on Monday.")).toBe("“Austin traveled to Kenya to ink the new Defense Cooperation Agreement on Monday.”");
  });

  it("keeps the pair of a quote that is one whole quotation", () => {
    expect(quoted("“It will further entrench the regime.”")).toBe("“It will further entrench the regime.”");
    expect(quoted('"It will further entrench the regime."')).toBe("“It will further entrench the regime.”");
  });

  it("nests the marks of a quote that quotes someone, so no double marks are doubled", () => {
    const shown = quoted("“Haiti is the ultimate test of international solidarity,” President Ruto said.");
    expect(shown).toBe("“‘Haiti is the ultimate test of international solidarity,’ President Ruto said.”");
    expect(shown).not.toMatch(/““|””/);
    expect(quoted("“We are ready,” he said, “and we will go.”")).toBe("“‘We are ready,’ he said, ‘and we will go.’”");
  });
});
