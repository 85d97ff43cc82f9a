import { describe, expect, it } from "vitest";
import { assignUsernames, describeRepeatedNames, generateOneTimePassword, parseRoster, repeatedNames, ROSTER_MAX, usernameBase } from "./roster";

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

describe("repeatedNames", () => {
  const entries = (text: string) => {
    const parsed = parseRoster(text);
    if (!parsed.ok) throw new Error(parsed.errors.join(" "));
    return parsed.entries;
  };

  it("finds a name on several lines, ignoring case, accents and spacing", () => {
    const repeats = repeatedNames(entries("Brian Kiprop\nAmina Otieno\nbrian  kiprop\nChloé Mwangi\nChloe Mwangi\nBRIAN KIPROP"));
    expect(repeats).toEqual([
      { name: "Brian Kiprop", lines: [1, 3, 6], isInClass: false },
      { name: "Chloé Mwangi", lines: [4, 5], isInClass: false },
    ]);
    expect(describeRepeatedNames(repeats)).toBe("Brian Kiprop (lines 1, 3 and 6); Chloé Mwangi (lines 4 and 5)");
  });

  it("finds a name already in the class, once is enough", () => {
    const repeats = repeatedNames(entries("Name\nAmina Otieno\nBrian Kiprop"), ["amina otieno", "Wanjiru Kamau"]);
    expect(repeats).toEqual([{ name: "Amina Otieno", lines: [2], isInClass: true }]);
    expect(describeRepeatedNames(repeats)).toBe("Amina Otieno (line 2, already in the class)");
  });

  it("finds nothing in a list of different names", () => {
    expect(repeatedNames(entries("Amina Otieno\nAmina Kamau\nBrian Otieno"), ["Wanjiru Kamau"])).toEqual([]);
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
