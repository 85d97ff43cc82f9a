import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

describe("safeRedirectPath", () => {
  it.each(["/account", "/library?set=all", "/a/b#c"])("keeps the local path %s", (path) => {
    expect(safeRedirectPath(path)).toBe(path);
  });

  it.each(["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", undefined, 42, "/a\nb"])(
    "falls back for %o",
    (value) => {
      expect(safeRedirectPath(value)).toBe("/home");
    },
  );

  it("uses the given fallback", () => {
    expect(safeRedirectPath("https://evil.example/", "/library")).toBe("/library");
  });
});
