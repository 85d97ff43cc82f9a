import { describe, expect, it } from "vitest";
import { NEWS_REPORT, OPINION_PIECE, PRESS_STATEMENT, RAILWAY_REPORT } from "@/tests/factories/authoring-texts";
import { draftFact, IN_DATELINE, isDraftError, NO_ANSWER, NOT_IN_TEXT } from "./draft";
import { suggestSentences } from "./suggest";
import type { DraftError, FactDraft, Span } from "./types";

const news = NEWS_REPORT.body;
const newsSentences = suggestSentences(news, NEWS_REPORT);
const FIRST = "NAIROBI, Kenya (AP) — Kenya offered on Wednesday to send 1,000 police officers to Haiti, Foreign Minister Alfred Mutua said.";

function select(body: string, text: string, from = 0): Span {
  const start = body.indexOf(text, from);
  if (start === -1) throw new Error(`"${text}" is not in the text`);
  return { start, end: start + text.length };
}

function draft(text: string, body = news, published: string | null = NEWS_REPORT.published): FactDraft {
  const result = draftFact(body, select(body, text), { published, sentences: body === news ? newsSentences : undefined });
  if (isDraftError(result)) throw new Error(result.error);
  return result;
}

describe("draftFact on a selection within a sentence", () => {
  it("makes a number the answer, asks how many in place with the relative date written out and the attribution first, and quotes the sentence", () => {
    expect(draft("1,000")).toEqual({
      statement: "Kenya offered on July 7, 2021 to send 1,000 police officers to Haiti, Foreign Minister Alfred Mutua said.",
      kind: "claim",
      voice: "Alfred Mutua",
      question: "According to Foreign Minister Alfred Mutua, Kenya offered on July 7, 2021 to send how many police officers to Haiti?",
      answer: { type: "number", value: "1,000", number: 1000, unit: "police officers", aliases: [] },
      evidence: { start: 0, end: FIRST.length, quote: FIRST },
    });
  });

  it("reads a number selected with the words it counts", () => {
    expect(draft("1,000 police officers").answer).toEqual({ type: "number", value: "1,000", number: 1000, unit: "police officers", aliases: [] });
  });

  it("makes a person the answer, asking who in place of the name and its title; a name with more words is text", () => {
    const result = draft("Mutua spoke");
    expect(result.answer).toEqual({ type: "text", value: "Mutua spoke", aliases: [] });
    const person = draft("Alfred Mutua");
    expect(person.answer).toEqual({ type: "person", value: "Alfred Mutua", aliases: [] });
    expect(person.question).toBe("Who said Kenya offered on July 7, 2021 to send 1,000 police officers to Haiti?");
  });

  it("makes a date the answer, resolved against the publication date and written out (the article's word another spelling), asking when", () => {
    const result = draft("Wednesday");
    expect(result.answer).toEqual({ type: "date", value: "July 7, 2021", date: "2021-07-07", aliases: ["Wednesday"] });
    expect(result.question).toBe("According to Foreign Minister Alfred Mutua, Kenya offered when to send 1,000 police officers to Haiti?");
    expect(draft("on Wednesday").answer).toEqual(result.answer);
    expect(draft("September 25, 2023").answer).toEqual({ type: "date", value: "September 25, 2023", date: "2023-09-25", aliases: [] });
  });

  it("makes money the answer, asking how much", () => {
    const result = draft("$10 million");
    expect(result.answer).toEqual({ type: "money", value: "$10 million", amount: 10_000_000, currency: "USD", aliases: [] });
    expect(result.question).toBe("The U.S. State Department said it would give how much to support the mission?");
  });

  it("takes any other span as a text answer", () => {
    expect(draft("abandon the people")).toMatchObject({ answer: { type: "text", value: "abandon the people", aliases: [] }, kind: "quote", voice: "Alfred Mutua" });
  });

  it("refuses a selection inside the dateline", () => {
    expect(draftFact(news, select(news, "NAIROBI"), { published: NEWS_REPORT.published })).toEqual({ error: IN_DATELINE });
  });
});

describe("draftFact on a whole sentence", () => {
  it("takes the best candidate as the answer, leaving the dateline out", () => {
    const result = draft(FIRST);
    expect(result.answer).toMatchObject({ type: "number", number: 1000 });
    expect(result.statement).toBe("Kenya offered on July 7, 2021 to send 1,000 police officers to Haiti, Foreign Minister Alfred Mutua said.");
    expect(result.evidence).toEqual({ start: 0, end: FIRST.length, quote: FIRST });
  });

  it("prefers a person to an organization, asking who", () => {
    const result = draft("Mr. Mutua spoke after meeting U.S. officials in Washington.");
    expect(result.answer).toEqual({ type: "person", value: "Mutua", aliases: [] });
    expect(result.question).toBe("Who spoke after meeting U.S. officials in Washington?");
    expect(result.kind).toBe("fact");
  });

  it("gives every sentence a selection runs across as evidence", () => {
    const text = "Washington. The U.S. State";
    const result = draft(text);
    const evidence = "Mr. Mutua spoke after meeting U.S. officials in Washington. The U.S. State Department said it would give $10 million to support the mission.";
    expect(result.evidence).toEqual({ ...select(news, evidence), quote: evidence });
    expect(result.kind).toBe("claim");
  });

  it("asks for the words when the sentence has no candidate", () => {
    const body = OPINION_PIECE.body;
    expect(draftFact(body, select(body, "Leaders ought to fund schools and clinics too."), { published: OPINION_PIECE.published })).toEqual({ error: NO_ANSWER });
  });
});

describe("draftFact on an opinion", () => {
  it("keeps the kind opinion for a sub-span and for the whole sentence", () => {
    const body = OPINION_PIECE.body;
    const sub = draft("2,500", body, OPINION_PIECE.published);
    expect(sub.kind).toBe("opinion");
    expect(sub.answer).toEqual({ type: "number", value: "2,500", number: 2500, unit: "officers", aliases: [] });
    expect(sub.question).toBe("In my view, a police mission of how many officers is not enough?");
    const whole = draft("We believe the Security Council must act before the end of the year.", body, OPINION_PIECE.published);
    expect(whole.kind).toBe("opinion");
    expect(whole.answer).toEqual({ type: "organization", value: "Security Council", aliases: [] });
  });
});

describe("draftFact on a press statement", () => {
  it("types a percentage as a number of percent", () => {
    const result = draft("40 percent", PRESS_STATEMENT.body, PRESS_STATEMENT.published);
    expect(result.answer).toEqual({ type: "number", value: "40 percent", number: 40, unit: "percent", aliases: [] });
    expect(result.question).toBe("Rice prices rose what percentage in 2022, and fuel costs climbed 18%?");
  });
});

describe("draftFact on a selection that is not in the text", () => {
  const options = { published: NEWS_REPORT.published, sentences: newsSentences };
  const cases: [string, Span][] = [
    ["past the end", { start: news.length, end: news.length + 5 }],
    ["negative", { start: -3, end: 4 }],
    ["empty", { start: 10, end: 10 }],
    ["reversed", { start: 20, end: 10 }],
    ["not whole numbers", { start: 1.5, end: 8 }],
    ["whitespace only", select(news, "\n\n")],
  ];
  it.each(cases)("refuses a selection %s", (_name, selection) => {
    const result: FactDraft | DraftError = draftFact(news, selection, options);
    expect(result).toEqual({ error: NOT_IN_TEXT });
    expect(NOT_IN_TEXT).toBe("The selection is not in the article's text.");
  });
});

describe("draftFact on any selection", () => {
  it("never throws: a draft whose evidence is in the body, or a message", async () => {
    const fc = await import("fast-check");
    fc.assert(
      fc.property(fc.integer({ min: -5, max: news.length + 5 }), fc.integer({ min: -5, max: news.length + 5 }), (start, end) => {
        const result = draftFact(news, { start, end }, { published: NEWS_REPORT.published, sentences: newsSentences });
        if (isDraftError(result)) expect([NOT_IN_TEXT, NO_ANSWER, IN_DATELINE]).toContain(result.error);
        else expect(news.slice(result.evidence.start, result.evidence.end)).toBe(result.evidence.quote);
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});

describe("draftFact on the railway report", () => {
  const { body, published } = RAILWAY_REPORT;
  const at = (text: string) => ({ start: body.indexOf(text), end: body.indexOf(text) + text.length });

  it("does not ask a hyphenated number in place, and types a selected one by the word it is joined to", () => {
    const whole = draftFact(body, at("Ghana opened a 45-kilometre railway between Accra and Tema on Tuesday, Transport Minister Kwame Asante said."), { published });
    expect(whole).toMatchObject({ answer: { type: "date", date: "2026-11-10" }, question: "According to Transport Minister Kwame Asante, Ghana opened a 45-kilometre railway between Accra and Tema when?" });
    expect(draftFact(body, at("45"), { published })).toMatchObject({ answer: { type: "number", number: 45, unit: "kilometre" } });
  });

  it("puts the attribution first and lowers a common opening word after it", () => {
    expect(draftFact(body, at("$310 million"), { published })).toMatchObject({
      answer: { type: "money", amount: 310_000_000, currency: "USD" },
      kind: "claim",
      voice: "the ministry",
      question: "According to the ministry, the line cost how much and will carry 20,000 passengers a day?",
    });
  });
});
