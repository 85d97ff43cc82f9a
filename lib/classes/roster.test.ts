import { describe, expect, it } from "vitest";
import { assignUsernames, generateOneTimePassword, parseRoster, ROSTER_MAX, usernameBase } from "./roster";

describe("parseRoster", () => {
  it("reads one name per line, skipping blanks and a header", () => {
    expect(parseRoster("Name\nAmina Otieno\n\n  Brian  Kiptoo \r\nChloé Mwangi\n")).toEqual({
      ok: true,
      entries: [
        { line: 2, name: "Amina Otieno" },
        { line: 4, name: "Brian Kiptoo" },
        { line: 5, name: "Chloé Mwangi" },
      ],
    });
  });

  it("takes the first column of CSV, quoted or not", () => {
    const parsed = parseRoster('Amina Otieno,amina@example.org\n"Kiptoo, Brian",12\nChloé Mwangi\tGrade 9');
    expect(parsed.ok && parsed.entries.map((entry) => entry.name)).toEqual(["Amina Otieno", "Kiptoo, Brian", "Chloé Mwangi"]);
  });

  it("refuses an empty paste, an empty name and a too long name, by line", () => {
    expect(parseRoster("\n \n")).toEqual({ ok: false, errors: ["Paste at least one name, one per line."] });
    expect(parseRoster(`Amina\n,x\n${"a".repeat(81)}`)).toEqual({
      ok: false,
      errors: ["Line 2: no name.", "Line 3: names have at most 80 characters."],
    });
  });

  it("refuses more than the maximum in one paste", () => {
    const paste = Array.from({ length: 2000 }, (_, index) => `Student ${index}`).join("\n");
    expect(parseRoster(paste)).toEqual({ ok: false, errors: [`That is 2000 students: create at most ${ROSTER_MAX} at a time.`] });
  });
});

describe("usernames", () => {
  it("use the first and last name in ASCII", () => {
    expect(usernameBase("Amina Wanjirũ Otieno")).toBe("amina.otieno");
    expect(usernameBase("Irũngũ Houghton")).toBe("irungu.houghton");
    expect(usernameBase("Jo")).toBe("student.jo");
    expect(usernameBase("李")).toBe("student");
  });

  it("are unique among the new names and against existing accounts", () => {
    expect(assignUsernames(["Amina Otieno", "Amina Otieno", "Brian Kiptoo"], new Set(["amina.otieno"]))).toEqual([
      "amina.otieno2",
      "amina.otieno3",
      "brian.kiptoo",
    ]);
  });
});

describe("generateOneTimePassword", () => {
  it("is two groups of four unambiguous characters", () => {
    let seed = 7;
    const password = generateOneTimePassword((max) => (seed = (seed * 31 + 11) % 997) % max);
    expect(password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect(password).not.toMatch(/[01ilo]/);
  });
});
