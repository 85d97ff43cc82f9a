import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatJoinCode, generateJoinCode, JOIN_CODE_ALPHABET, normalizeJoinCode } from "./join-code";

describe("join codes", () => {
  it("have 8 characters from an alphabet without ambiguous ones", () => {
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[0O1IL5S]/);
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 8, maxLength: 8 }), (picks) => {
        let index = 0;
        const code = generateJoinCode((max) => picks[index++]! % max);
        expect(code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{8}$`));
        expect(normalizeJoinCode(code)).toBe(code);
        expect(normalizeJoinCode(formatJoinCode(code).toLowerCase())).toBe(code);
      }),
    );
  });

  it.each(["", "ABCD", "ABCDEFGHJ", "ABCD-EFG0", "ABCD EFGI"])("rejects %o", (input) => {
    expect(normalizeJoinCode(input)).toBeNull();
  });

  it("accepts spaces, dashes and lower case", () => {
    expect(normalizeJoinCode(" abcd-efgh ")).toBe("ABCDEFGH");
  });
});
