import fc from "fast-check";
import { distance } from "fastest-levenshtein";
import { describe, expect, it } from "vitest";
import { allowedTypos, matchesAnswer, matchesNumber, normalizeAnswer, numberInWords, parseNumber } from "./answer-match";

const MOISE = ["Jovenel Moïse", "Moïse", "Jovenal Moise"];
const AUSTIN = ["Lloyd Austin", "Austin", "Lloyd J. Austin III"];
const DUALE = ["Aden Duale", "Duale", "Aden Bare Duale"];

describe("normalizeAnswer", () => {
  it.each([
    ["Jovenel Moïse", "jovenel moise"],
    ["Irũngũ Houghton", "irungu houghton"],
    ["Kimani Ichung’wah", "kimani ichungwah"],
    ["Lloyd Austin's Kenyan counterpart", "lloyd austin kenyan counterpart"],
    ["Kenya’s offer", "kenya offer"],
    ["U.S.", "us"],
    ["US", "us"],
    ["The Bahamas", "bahamas"],
    ["Port-au-Prince", "port au prince"],
    ["al-Shabab", "al shabab"],
    ["Armed Conflict Location & Event Data Project", "armed conflict location and event data project"],
    ["1,000", "1000"],
    ["1 000", "1000"],
    ["  “Sistèm   nan”  ", "sistem nan"],
    ["Straße", "strasse"],
    ["Moi\u0308se", "moise"],
    ["the", "the"],
    ["", ""],
    ["?!", ""],
  ])("%j → %j", (input, expected) => {
    expect(normalizeAnswer(input)).toBe(expected);
  });
});

describe("matchesAnswer", () => {
  it("accepts an accepted answer whatever its case, accents and punctuation", () => {
    expect(matchesAnswer("jovenel moise", MOISE)).toBe(true);
    expect(matchesAnswer("JOVENEL MOÏSE!", MOISE)).toBe(true);
    expect(matchesAnswer("u.s.", ["United States", "US"])).toBe(true);
  });

  it("accepts “Moise” for Jovenel Moïse because “Moïse” is one of his accepted spellings", () => {
    expect(matchesAnswer("Moise", MOISE)).toBe(true);
    expect(matchesAnswer("moise", MOISE)).toBe(true);
    // Without the alias a surname alone is not the answer.
    expect(matchesAnswer("Moise", ["Jovenel Moïse"])).toBe(false);
  });

  it("tolerates a small typo in a longer answer", () => {
    expect(matchesAnswer("Lloyd Austen", AUSTIN)).toBe(true);
    expect(matchesAnswer("Austen", AUSTIN)).toBe(true);
    expect(matchesAnswer("Antigua and Barbudda", ["Antigua and Barbuda"])).toBe(true);
    expect(matchesAnswer("Antiguaa and Barbudda", ["Antigua and Barbuda"])).toBe(true);
  });

  it("refuses answers that are not close enough", () => {
    expect(matchesAnswer("Austin", DUALE)).toBe(false);
    expect(matchesAnswer("Niarobi", ["Nairobi"])).toBe(false);
    expect(matchesAnswer("Antiguaa annd Barbudda", ["Antigua and Barbuda"])).toBe(false);
    expect(matchesAnswer("", AUSTIN)).toBe(false);
    expect(matchesAnswer("...", AUSTIN)).toBe(false);
  });

  it("allows no typo in answers of up to 4 characters, 1 up to 8, 2 beyond", () => {
    expect(matchesAnswer("UN", ["US"])).toBe(false);
    expect(matchesAnswer("Pero", ["Peru"])).toBe(false);
    expect(matchesAnswer("Nairobbi", ["Nairobi"])).toBe(true);
    expect(matchesAnswer("Nairrobbi", ["Nairobi"])).toBe(false);
    expect(matchesAnswer("Guatamalla", ["Guatemala"])).toBe(true);
    expect([allowedTypos("peru"), allowedTypos("kenya"), allowedTypos("nairobi!"), allowedTypos("guatemala")]).toEqual([0, 1, 1, 2]);
  });

  it("never treats a different number as a typo", () => {
    expect(matchesAnswer("July 8, 2021", ["July 7, 2021"])).toBe(false);
    expect(matchesAnswer("July 7 2021", ["July 7, 2021"])).toBe(true);
    expect(matchesAnswer("Jully 7, 2021", ["July 7, 2021"])).toBe(true);
  });

  it("refuses a near miss that is at least as close to a rival", () => {
    expect(matchesAnswer("Austrlia", ["Austria"])).toBe(true);
    expect(matchesAnswer("Austrlia", ["Austria"], { rivals: ["Australia"] })).toBe(false);
    expect(matchesAnswer("Duale", AUSTIN, { rivals: DUALE })).toBe(false);
    expect(matchesAnswer("Lloyd Austen", AUSTIN, { rivals: DUALE })).toBe(true);
  });

  it("ignores rivals that are accepted answers themselves", () => {
    expect(matchesAnswer("Austin", AUSTIN, { rivals: ["austin", "Aden Duale"] })).toBe(true);
  });
});

// Generators for the properties: names made of letters (accented ones too) and the ways a learner may type them.
const LETTERS = [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèêëïîôöüçñãõũ"];
const word = fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 9 }).map((letters) => letters.join(""));
const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(" "));
const separator = fc.constantFrom(" ", "  ", ", ", " - ", ". ", " / ", "\t");
const wrapper = fc.constantFrom(["", ""], ["“", "”"], ['"', '"'], ["(", ")"], ["", "."], ["", "?!"], [" ", "  "]);

function removeAccents(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "");
}

/** `text` as it might be typed: other case per letter, accents dropped or not, other spacing and punctuation between words. */
const typedVariant = (text: string) =>
  fc
    .record({
      upper: fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }),
      plain: fc.boolean(),
      separators: fc.array(separator, { minLength: text.split(" ").length, maxLength: text.split(" ").length }),
      wrap: wrapper,
    })
    .map(({ upper, plain, separators, wrap }) => {
      const cased = [...text].map((letter, index) => (upper[index] ? letter.toUpperCase() : letter.toLowerCase())).join("");
      const words = (plain ? removeAccents(cased) : cased).split(" ");
      return wrap[0] + words.map((part, index) => (index === 0 ? part : (separators[index] ?? " ") + part)).join("") + wrap[1];
    });

describe("matchesAnswer properties", () => {
  it("accepts any accepted answer typed with other case, accents, spacing and punctuation", () => {
    fc.assert(
      fc.property(
        name.chain((answer) => fc.tuple(fc.constant(answer), typedVariant(answer))),
        ([answer, typed]) => matchesAnswer(typed, [answer]),
      ),
    );
  });

  it("never accepts an input equal to a rival", () => {
    fc.assert(
      fc.property(name, name, (answer, rival) => {
        fc.pre(normalizeAnswer(answer) !== normalizeAnswer(rival));
        return !matchesAnswer(rival, [answer], { rivals: [rival] });
      }),
    );
  });

  it("accepts one typo in an answer longer than 4 letters", () => {
    fc.assert(
      fc.property(
        name,
        fc.nat(),
        fc.constantFrom("insert", "delete", "replace"),
        fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz"),
        (answer, at, edit, letter) => {
          const target = normalizeAnswer(answer);
          fc.pre(target.length > 4);
          const index = at % target.length;
          const typo =
            edit === "insert"
              ? target.slice(0, index) + letter + target.slice(index)
              : edit === "delete"
                ? target.slice(0, index) + target.slice(index + 1)
                : target.slice(0, index) + letter + target.slice(index + 1);
          fc.pre(distance(normalizeAnswer(typo), target) === 1);
          return matchesAnswer(typo, [answer]);
        },
      ),
    );
  });

  it("gives the same verdict on normalized input and answers", () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string(), { maxLength: 3 }), fc.array(fc.string(), { maxLength: 2 }), (input, accepted, rivals) => {
        const plain = matchesAnswer(normalizeAnswer(input), accepted.map(normalizeAnswer), { rivals: rivals.map(normalizeAnswer) });
        return matchesAnswer(input, accepted, { rivals }) === plain;
      }),
    );
    fc.assert(fc.property(fc.string(), (text) => normalizeAnswer(normalizeAnswer(text)) === normalizeAnswer(text)));
  });

  it.each([["0!000"], ["A A 0"], ["Ạ Ā ²"], ["the a Kenya"]])("normalizes %j to a text that normalizing again leaves as it is", (text) => {
    expect(normalizeAnswer(normalizeAnswer(text))).toBe(normalizeAnswer(text));
  });

  it("is symmetric between two answers allowed the same number of typos", () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        fc.pre(allowedTypos(normalizeAnswer(a)) === allowedTypos(normalizeAnswer(b)));
        return matchesAnswer(a, [b]) === matchesAnswer(b, [a]);
      }),
    );
  });

  it("accepts nothing but the answer itself when it has at most 4 characters", () => {
    fc.assert(
      fc.property(name, name, (answer, input) => {
        fc.pre(normalizeAnswer(answer).length <= 4 && normalizeAnswer(input) !== normalizeAnswer(answer));
        return !matchesAnswer(input, [answer]);
      }),
    );
  });
});

describe("matchesNumber", () => {
  it.each([
    ["1,000", 1000],
    ["1000", 1000],
    ["1 000", 1000],
    ["one thousand", 1000],
    ["1,000 personnel", 1000],
    ["five", 5],
    ["fifty-three", 53],
    ["one hundred and five", 105],
    ["$100 million", 100_000_000],
    ["100 million dollars", 100_000_000],
    ["100m", 100_000_000],
    ["2.5 billion", 2_500_000_000],
    ["€3.5m", 3_500_000],
  ])("reads %j as %d", (input, expected) => {
    expect(matchesNumber(input, expected)).toBe(true);
  });

  it.each([["1,001"], ["100"], ["one"], ["ten thousand"]])("does not read %j as 1000", (input) => {
    expect(matchesNumber(input, 1000)).toBe(false);
  });

  it.each([[""], ["many"], ["1 2"], ["five 5"], ["toString"], ["1000 and one"]])("cannot read %j", (input) => {
    expect(parseNumber(input)).toBeNull();
  });

  it("reads every whole number written with digits, grouped digits or words", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (value) => {
        const grouped = value.toLocaleString("en-US");
        return matchesNumber(String(value), value) && matchesNumber(grouped, value) && matchesNumber(grouped.replace(/,/g, " "), value);
      }),
    );
    fc.assert(fc.property(fc.integer({ min: 0, max: 999_999 }), (value) => matchesNumber(numberInWords(value) ?? "", value)));
  });
});
