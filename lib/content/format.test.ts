import { describe, expect, it } from "vitest";
import { formatByline, formatTitle } from "./format";

describe("formatByline", () => {
  it("leaves out what is unknown, and says so when the source names no outlet", () => {
    expect(formatByline({ outlet: "GlobalPost", author: null, published: "2023-09" })).toBe("GlobalPost, September 2023");
    expect(formatByline({ outlet: null, author: "James Ngunjiri", published: "2023-10-03" })).toBe("outlet not named, James Ngunjiri, October 3, 2023");
    expect(formatByline({ outlet: "Struggle-La-Lucha", author: "Kim Ives", published: "2023-09-28" })).toBe("Struggle-La-Lucha, Kim Ives, September 28, 2023");
  });
});

describe("formatTitle", () => {
  it("marks a title that the editors supplied, and only that", () => {
    expect(formatTitle({ title: "A dozen nations to join", titleIsSupplied: true })).toBe("A dozen nations to join (title supplied by the editors)");
    expect(formatTitle({ title: "Stepping Up", titleIsSupplied: false })).toBe("Stepping Up");
  });
});
