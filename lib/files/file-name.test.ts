import { describe, expect, it } from "vitest";
import { fileSlug } from "./file-name";

describe("fileSlug", () => {
  it.each([
    ["Form 3 East", "form-3-east"],
    ["Révision: l’accord / Kenya", "revision-l-accord-kenya"],
    ["topic:agreement", "topic-agreement"],
    ["  ??  ", "class"],
  ])("names %j %j", (text, expected) => {
    expect(fileSlug(text, "class")).toBe(expected);
  });

  it("keeps names short, without a dash at the end", () => {
    const slug = fileSlug(`${"a".repeat(59)} b`, "x");
    expect(slug).toBe("a".repeat(59));
  });
});
