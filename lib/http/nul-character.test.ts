import { describe, expect, it } from "vitest";
import { containsNulCharacter, urlContainsNulCharacter } from "./nul-character";

describe("containsNulCharacter", () => {
  it("finds U+0000 in strings, nested values, keys and form data", () => {
    expect(containsNulCharacter("ab\u0000c")).toBe(true);
    expect(containsNulCharacter({ reviews: [{ reviewId: "x\u0000" }] })).toBe(true);
    expect(containsNulCharacter({ "a\u0000": 1 })).toBe(true);
    const form = new FormData();
    form.set("classId", "c1\u0000");
    expect(containsNulCharacter(form)).toBe(true);
  });

  it("lets everything else through, other control characters and emoji included", () => {
    expect(containsNulCharacter("Kenya\t🇰🇪 \u0001")).toBe(false);
    expect(containsNulCharacter({ a: [1, null, true, { b: "c" }] })).toBe(false);
    expect(containsNulCharacter(undefined)).toBe(false);
    const form = new FormData();
    form.set("name", "Form 3");
    expect(containsNulCharacter(form)).toBe(false);
  });
});

describe("urlContainsNulCharacter", () => {
  it("finds %00 in any case, in the path or the query", () => {
    expect(urlContainsNulCharacter("http://localhost/classes/%00")).toBe(true);
    expect(urlContainsNulCharacter("http://localhost/review?set=a%00b")).toBe(true);
    expect(urlContainsNulCharacter("http://localhost/classes/abc%2500")).toBe(false);
  });
});
