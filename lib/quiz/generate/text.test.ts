import { describe, expect, it } from "vitest";
import { containsAnyWords, isSelfContainedSentence, mentionCount, occurrences, outsideQuotes, punctuationError, quoteStem, unresolvedReference } from "./text";

describe("unresolvedReference", () => {
  it.each<[string, string, string | null]>([
    ["finds the first or second person outside quotes", "We will send police officers to Haiti.", "We"],
    ["finds the first or second person outside quotes", "Our police officers will go to Haiti.", "Our"],
    ["finds the first or second person outside quotes", "Kenya said you must act before the rains.", "you"],
    ["finds a third-person pronoun with no noun before it", "He said Kenya would lead the force.", "He"],
    ["finds a third-person pronoun with no noun before it", "They signed the agreement in Nairobi.", "They"],
    ["finds a third-person pronoun with no noun before it", "Its police officers will go to Haiti.", "Its"],
    ["finds relative time", "Kenya signed the agreement last week.", "last week"],
    ["finds relative time", "The deal was signed this year.", "this year"],
    ["finds relative time", "Kenya said yesterday that it would lead the force.", "yesterday"],
    ["finds relative time", "The agreement was signed on Friday.", "on Friday"],
    ["finds relative time", "Kenya will answer by Monday.", "by Monday"],
    ["finds a pronoun outside the quotation when the quotation holds one too", "“We will go,” he said.", "he"],
    ["accepts a third-person pronoun after a noun it can refer to", "William Ruto said he would lead the force.", null],
    ["accepts a third-person pronoun after a noun it can refer to", "Kenya and the United States signed it in Nairobi.", null],
    ["accepts a third-person pronoun after a noun it can refer to", "Kenya offered its police officers to Haiti.", null],
    ["accepts a weekday that a date follows", "The agreement was signed on Friday, September 22.", null],
    ["accepts a weekday that a date follows", "The agreement was signed on Friday, September 22, 2023.", null],
    ["accepts a weekday that a date follows", "Kenya signed it on Monday 25 September.", null],
    ["ignores what is inside quotation marks", "“We will not fail,” said William Ruto.", null],
    ["ignores what is inside quotation marks", "William Ruto said the deal was signed “last week”.", null],
    ["ignores what is inside quotation marks", "Irũngũ Houghton called it \"our mission too\".", null],
    ["ignores what is inside quotation marks", "William Ruto said Kenya would not abandon ‘our brothers and sisters’ in Haiti.", null],
    ["accepts a sentence that stands on its own", "Kenya's Defense Minister Aden Duale signed the agreement in Nairobi on September 25, 2023.", null],
  ])("%s: %s", (_, text, found) => {
    expect(unresolvedReference(text)).toBe(found);
  });
});

describe("outsideQuotes", () => {
  it("blanks curly, straight and single quotations", () => {
    expect(outsideQuotes("A “b” c \"d\" e ‘f’ g")).toBe("A   c   e   g");
  });
});

describe("isSelfContainedSentence", () => {
  it.each<[string, string, boolean]>([
    ["accepts a whole sentence that stands on its own", "Kenya's Defense Minister Aden Duale signed the agreement in Nairobi.", true],
    ["accepts a whole sentence that stands on its own", "The United States and Kenya signed a defense pact.", true],
    ["accepts a whole sentence that stands on its own", "“Kenya will lead the force,” William Ruto said.", true],
    ["accepts a whole sentence that stands on its own", "In late July 2023, Alfred Mutua announced that Kenya was considering leading the force.", true],
    ["accepts a whole sentence that stands on its own", "Kenya may send 1,000 police officers to Haiti.", true],
    ["refuses a fragment with no final punctuation", "Kenya signed a defense agreement with the United States", false],
    ["refuses a lowercase start", "was signed on Monday, September 25, during a meeting in Nairobi.", false],
    ["refuses a lowercase start (a clause cut from its sentence)", "signed in Nairobi by Lloyd Austin.", false],
    ["refuses a “The defense pact …” opening", "The defense pact follows a meeting between Lloyd Austin and Aden Duale.", false],
    ["refuses a “The deal …” opening", "The deal was signed in Nairobi.", false],
    ["refuses a “This agreement …” opening", "This agreement will last five years.", false],
    ["refuses “the country”", "William Ruto said the country would lead the force.", false],
    ["refuses “the nation”", "The nation will send 1,000 police officers.", false],
    ["refuses an unresolved pronoun", "He signed the agreement in Nairobi.", false],
    ["refuses a relative time", "Kenya signed the agreement last week.", false],
    ["refuses a month without its year", "In late July, Alfred Mutua announced that Kenya was considering leading the force.", false],
  ])("%s: %s", (_, text, isSelfContained) => {
    expect(isSelfContainedSentence(text)).toBe(isSelfContained);
  });
});

describe("punctuationError", () => {
  it.each<[string, string, string | null]>([
    ["finds a question mark after a quotation that already ends a sentence (.”?)", "Who said “We will go.”?", 'a question mark after a quotation that already ends a sentence (" “We will go.”?")'],
    ["finds a double period", "Kenya signed the deal..", 'a double period ("ned the deal..")'],
    ["accepts an ellipsis", "Kenya waited... then signed.", null],
    ["finds two punctuation marks in a row (.;)", "Kenya signed.; then left", 'two punctuation marks in a row ("Kenya signed.; the")'],
    ["finds a space before punctuation", "Kenya signed the deal .", 'a space before punctuation ("ned the deal .")'],
    ["finds a space before punctuation", "Who signed it ?", 'a space before punctuation ("ho signed it ?")'],
    ["finds a space before punctuation", "Kenya , the United States", 'a space before punctuation ("Kenya , the")'],
    ["accepts well-punctuated text", "Who said “We will stand with Haiti”? Kenya, the United States and Jamaica did… or not.", null],
  ])("%s: %s", (_, text, found) => {
    expect(punctuationError(text)).toBe(found);
  });
});

describe("quoteStem", () => {
  it.each([
    ["strips the final period", "We will stand with Haiti.", "We will stand with Haiti"],
    ["strips the final question mark", "Will we go?", "Will we go"],
    ["strips the final exclamation mark and the spaces around", "  We will go!  ", "We will go"],
  ])("%s: %j", (_, quote, stem) => {
    expect(quoteStem(quote)).toBe(stem);
  });

  it("keeps a quote of 25 words whole", () => {
    const words = Array.from({ length: 25 }, (_, index) => `w${index + 1}`);
    words[9] += ",";
    expect(quoteStem(`${words.join(" ")}.`)).toBe(words.join(" "));
  });

  it("cuts a long quote at its last clause boundary within 25 words, with an ellipsis", () => {
    const words = Array.from({ length: 30 }, (_, index) => `w${index + 1}${index === 9 || index === 19 ? "," : ""}`);
    expect(quoteStem(`${words.join(" ")}.`)).toBe("w1 w2 w3 w4 w5 w6 w7 w8 w9 w10, w11 w12 w13 w14 w15 w16 w17 w18 w19 w20…");
  });

  it("never cuts before the eighth word", () => {
    const words = Array.from({ length: 30 }, (_, index) => `w${index + 1}${index === 3 ? ";" : ""}`);
    expect(quoteStem(`${words.join(" ")}.`)).toBe(`${words.slice(0, 25).join(" ")}…`);
  });

  it("cuts a long quote with no clause boundary after 25 words", () => {
    const words = Array.from({ length: 30 }, (_, index) => `w${index + 1}`);
    expect(quoteStem(`${words.join(" ")}.`)).toBe(`${words.slice(0, 25).join(" ")}…`);
  });
});

describe("whole-word search", () => {
  it("finds phrases as whole words only", () => {
    expect(containsAnyWords("kenya signed in nairobi", ["nairobi"])).toBe(true);
    expect(containsAnyWords("kenyan police", ["kenya"])).toBe(false);
  });

  it("counts overlapping names as one mention", () => {
    expect(mentionCount("lloyd austin met duale and austin left", ["lloyd austin", "austin"])).toBe(2);
  });

  it("gives the start of each whole-word occurrence", () => {
    expect(occurrences("Kenya, Kenyan and Kenya", "Kenya")).toEqual([0, 18]);
  });
});
