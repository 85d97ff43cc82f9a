import { describe, expect, it } from "vitest";
import { commonPasswordCount, isGuessable } from "./common-passwords";

describe("guessable passwords", () => {
  it("holds at least 10,000 common passwords", () => {
    expect(commonPasswordCount()).toBeGreaterThanOrEqual(10_000);
  });

  it.each(["password", "12345678", "Password1!", "QWERTYUIOP", "iloveyou", "amina.otieno", "Amina.Otieno2024", "2024amina.otieno!", "factdeck", "Factdeck123"])("refuses %s", (password) => {
    expect(isGuessable(password, "amina.otieno")).toBe(true);
  });

  it.each(["a long enough password", "amina chooses this", "tembo-kijani-mvua"])("accepts %s", (password) => {
    expect(isGuessable(password, "amina.otieno")).toBe(false);
  });
});
