import path from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { parse as parseGift } from "gift-pegjs";
import type { GIFTQuestion } from "gift-pegjs";
import { describe, expect, it } from "vitest";
import { parseContent } from "@/lib/content/parse";
import { normalizeAnswer, parseNumber } from "@/lib/quiz/answer-match";
import { generateBank } from "@/lib/quiz/generate";
import type { Item, ItemSource, MultiSelectItem, NumericItem, TypedAnswerItem } from "@/lib/quiz/types";
import { readContentFiles } from "@/server/content/read-content-files";
import { exportCsv } from "./csv";
import { MOODLE_WEIGHTS, exportGift } from "./gift";
import { exportJson } from "./json";
import {
  ATTRIBUTION,
  CLOZE,
  CLOZE_AT_START,
  DISQUIET,
  FALSE_STATEMENT,
  GLOBALPOST,
  MATCHING,
  MULTI_SELECT,
  MULTIPLE_CHOICE,
  NUMERIC_COUNT,
  NUMERIC_DECIMAL,
  NUMERIC_MONEY,
  NOUVELLISTE,
  ORDERING,
  REUTERS,
  SOURCE_ERROR,
  SOURCES_DISAGREE,
  STATEMENT,
  TEST_ITEMS,
  TEST_SETS,
  TRUE_STATEMENT,
  TYPED_ANSWER,
  TYPED_ANSWER_HASH,
  TYPED_SAME_QUESTION,
} from "@/tests/factories/items";

describe("exportJson", () => {
  const json = exportJson(TEST_ITEMS, TEST_SETS, { generatedFrom: "3f2a9c" });

  it("parses back to every field of every item and set", () => {
    expect(JSON.parse(json)).toStrictEqual({
      format: "factdeck-items",
      version: 1,
      contentHash: "3f2a9c",
      sets: TEST_SETS,
      items: TEST_ITEMS,
    });
  });

  it("is pretty-printed and ends with a newline", () => {
    expect(json.startsWith('{\n  "format": "factdeck-items",\n  "version": 1,\n  "contentHash": "3f2a9c",\n')).toBe(true);
    expect(json.endsWith("}\n")).toBe(true);
  });
});

describe("exportCsv", () => {
  const csv = exportCsv(TEST_ITEMS);
  const parseOptions = { delimiter: "\t", relax_quotes: true, quote: false } as const;
  const rowsOf = (items: Item[]): string[][] => parseCsv(exportCsv(items), parseOptions);

  it("writes one line per distinct front with exactly one tab and \\n line ends", () => {
    expect(csv.endsWith("\n")).toBe(true);
    expect(csv).not.toContain("\r");
    const lines = csv.slice(0, -1).split("\n");
    // TYPED_SAME_QUESTION asks the multiple-choice question again: one card, not two.
    expect(lines).toHaveLength(TEST_ITEMS.length - 1);
    for (const line of lines) expect(line.split("\t")).toHaveLength(2);
  });

  it("parses back with csv-parse to term and definition per card", () => {
    expect(rowsOf(TEST_ITEMS)).toEqual([
      [
        'Which force: {MSS} = "mission" ~ #1?',
        "Multinational Security Support (MSS) — Sources: Reuters, 2023-10-02; the State Department statement, 2023-09-29",
      ],
      ["Who said: “We will not fail”?", "William Ruto — Source: Reuters, 2023-10-02"],
      [
        "Which outlet reported a force of 2,000 police officers?",
        "Le Nouvelliste — Sources: Reuters, 2023-10-02; Le Nouvelliste, 2023-10",
      ],
      [
        "GlobalPost calls Jovenel Moïse Haiti’s “prime minister”. What office did he hold when he was assassinated?",
        "President — Sources: the Disquiet article by James Ngunjiri, 2023-10-03; GlobalPost, 2023-09",
      ],
      ["Which countries offered personnel?", "Kenya; Bahamas; Antigua & Barbuda — Source: Reuters, 2023-10-02"],
      [' "Haiti is ready," Kenya’s cabinet said on 2 October 2023. True or false?', "True — Source: Reuters, 2023-10-02"],
      ["Haïti attend 5 000 policiers (selon le ministre). True or false?", "False — Source: Le Nouvelliste, 2023-10"],
      ["Kenya offered to send _____ police officers to Haïti.", "1,000 — Source: Reuters, 2023-10-02"],
      ["_____ said: “We will not fail.”", "The State Department — Source: the State Department statement, 2023-09-29"],
      ["Which city is Haiti’s capital? (Several words.)", "Port-au-Prince — Source: Reuters, 2023-10-02"],
      [" #1 contributor: which country sends the most police?", "Kenya -> Haiti — Source: Reuters, 2023-10-02"],
      ["How much did the United States pledge?", "$100 million — Source: Reuters, 2023-10-02"],
      ["By how many points did the rate fall?", "-2.75 — Source: Reuters, 2023-10-02"],
      ["How many police officers did Kenya offer?", "1,000 police officers — Source: the Disquiet article by James Ngunjiri, 2023-10-03"],
      [
        "Match: William Ruto; Ariel Henry; Interior ministry -> police",
        "William Ruto → President of Kenya; Ariel Henry → Prime Minister of Haïti; Interior ministry -> police → Cabinet Secretary: Interior {acting} = #2 — Sources: Reuters, 2023-10-02; Le Nouvelliste, 2023-10",
      ],
      ["Match: William Ruto; Ariel Henry", "William Ruto → Kenya; Ariel Henry → Haiti — Source: Reuters, 2023-10-02"],
      [
        "Put in order (earliest first): First Kenyan police land in Port-au-Prince; Kenya offers to lead a force; Nairobi court blocks the deployment; UN Security Council approves the MSS",
        "Kenya offers to lead a force → UN Security Council approves the MSS → Nairobi court blocks the deployment → First Kenyan police land in Port-au-Prince — Source: Reuters, 2023-10-02",
      ],
      [
        "Put in order (earliest first): Kenya offers to lead a force; UN Security Council approves the MSS",
        "Kenya offers to lead a force → UN Security Council approves the MSS — Source: Reuters, 2023-10-02",
      ],
    ]);
  });

  it("writes two items with the same question as one card, the first one given", () => {
    expect(rowsOf([MULTIPLE_CHOICE, TYPED_SAME_QUESTION])).toEqual([
      [
        'Which force: {MSS} = "mission" ~ #1?',
        "Multinational Security Support (MSS) — Sources: Reuters, 2023-10-02; the State Department statement, 2023-09-29",
      ],
    ]);
    expect(rowsOf([TYPED_SAME_QUESTION, MULTIPLE_CHOICE])).toEqual([['Which force: {MSS} = "mission" ~ #1?', "Multinational Security Support — Source: Reuters, 2023-10-02"]]);
    // The same question in other case and punctuation is the same card; another question is another card.
    const shouted: TypedAnswerItem = { ...TYPED_SAME_QUESTION, id: "typed-shouted", prompt: 'WHICH FORCE: {MSS} = "MISSION" ~ #1 ?' };
    expect(rowsOf([MULTIPLE_CHOICE, shouted])).toHaveLength(1);
    const other: TypedAnswerItem = { ...TYPED_SAME_QUESTION, id: "typed-other", prompt: 'Which force: {MSS} = "mission" ~ #2?' };
    expect(rowsOf([MULTIPLE_CHOICE, other])).toHaveLength(2);
  });

  it("cites a source by its outlet, or by its cited name with the author when it has no outlet, never by title or author alone", () => {
    const cite = (source: ItemSource) => rowsOf([{ ...NUMERIC_DECIMAL, sources: [source] }])[0]?.[1];
    expect(cite(REUTERS)).toBe("-2.75 — Source: Reuters, 2023-10-02");
    expect(cite(GLOBALPOST)).toBe("-2.75 — Source: GlobalPost, 2023-09");
    expect(cite(DISQUIET)).toBe("-2.75 — Source: the Disquiet article by James Ngunjiri, 2023-10-03");
    expect(cite(STATEMENT)).toBe("-2.75 — Source: the State Department statement, 2023-09-29");
    for (const [, definition = ""] of rowsOf(TEST_ITEMS)) {
      for (const source of [REUTERS, NOUVELLISTE, STATEMENT, DISQUIET, GLOBALPOST]) expect(definition).not.toContain(source.title);
      expect(definition).not.toContain("Humphrey Malalo");
      expect(definition.replaceAll("the Disquiet article by James Ngunjiri", "")).not.toContain("James Ngunjiri");
    }
  });

  it("cites the sides' sources for an item with no sources of its own", () => {
    expect(rowsOf([{ ...SOURCE_ERROR, sources: [] }])[0]?.[1]).toBe("President — Sources: the Disquiet article by James Ngunjiri, 2023-10-03; GlobalPost, 2023-09");
  });

  it("never starts a field with what Anki reads as a quote or a comment", () => {
    const rows: string[][] = parseCsv(csv, parseOptions);
    for (const row of rows) {
      for (const field of row) expect(field).not.toMatch(/^(?:"|#|tags:)/);
    }
  });

  it("writes nothing for no items", () => {
    expect(exportCsv([])).toBe("");
  });
});

/** Finds the question exported for `id` and checks its GIFT type. */
function questionOf<T extends GIFTQuestion["type"]>(questions: GIFTQuestion[], id: string, type: T): Extract<GIFTQuestion, { type: T }> {
  const question = questions.find((candidate) => candidate.type !== "Category" && candidate.title === id);
  expect(question, `question ${id}`).toBeDefined();
  expect(question?.type, `type of ${id}`).toBe(type);
  return question as Extract<GIFTQuestion, { type: T }>;
}

/**
 * gift-pegjs leaves the escapes in the right-hand side of a matching pair as
 * its internal placeholders (Moodle decodes them there too); decode them.
 */
function decodeSubanswer(text: string): string {
  const characters: Record<string, string> = {
    "&&092;": "\\",
    "&&058;": ":",
    "&&035;": "#",
    "&&061;": "=",
    "&&123;": "{",
    "&&125;": "}",
    "&&126;": "~",
    "&&010": "\n",
  };
  return text.replace(/&&(?:092;|058;|035;|061;|123;|125;|126;|010)/g, (placeholder) => characters[placeholder] ?? placeholder);
}

function choicesOf(question: { choices: { isCorrect: boolean; weight: number | null; text: { text: string } }[] }) {
  return question.choices.map((choice) => ({ text: choice.text.text, isCorrect: choice.isCorrect, weight: choice.weight }));
}

describe("exportGift", () => {
  const gift = exportGift(TEST_ITEMS);
  const questions = parseGift(gift);

  it("parses back to one question per exported item, titled with the item id", () => {
    const exported = TEST_ITEMS.filter((item) => item.id !== "matching-two" && item.id !== "ordering-two");
    expect(questions.map((question) => (question.type === "Category" ? null : question.title))).toEqual(exported.map((item) => item.id));
  });

  it("skips matching items with fewer than 3 pairs and ordering items with fewer than 3 events, with a comment", () => {
    expect(gift).toContain("\n// skipped matching item matching-two: Moodle needs at least 3 matching pairs\n");
    expect(gift).toContain("\n// skipped ordering item ordering-two: Moodle needs at least 3 matching pairs\n");
  });

  it("separates questions by a blank line and ends with a newline", () => {
    const blocks = gift.slice(0, -1).split("\n\n");
    expect(blocks).toHaveLength(TEST_ITEMS.length);
    expect(gift.endsWith("\n")).toBe(true);
    expect(gift.endsWith("\n\n")).toBe(false);
  });

  it("escapes GIFT's special characters in every text", () => {
    expect(gift).toContain('::mc-special::[plain]Which force\\: \\{MSS\\} \\= "mission" \\~ \\#1?{\n');
    expect(gift).toContain("\t~MINUSTAH\\: \\{old\\} mission\n");
    expect(gift).toContain("\t~Kenya \\= \\#1 \\~ maybe\n");
    const question = questionOf(questions, MULTIPLE_CHOICE.id, "MC");
    expect(question.stem).toEqual({ format: "plain", text: 'Which force: {MSS} = "mission" ~ #1?' });
  });

  it("escapes backslashes", () => {
    const item: TypedAnswerItem = { ...TYPED_ANSWER, id: "backslash", prompt: "Which path is C:\\quiz\\{id}?", answer: "C:\\quiz", accepted: [] };
    const [question] = parseGift(exportGift([item]));
    expect(question?.type).toBe("Short");
    if (question?.type !== "Short") return;
    expect(question.stem.text).toBe("Which path is C:\\quiz\\{id}?");
    expect(choicesOf(question)).toEqual([{ text: "C:\\quiz", isCorrect: true, weight: null }]);
  });

  it("writes choice items as one right answer among wrong ones", () => {
    for (const item of [MULTIPLE_CHOICE, ATTRIBUTION, SOURCES_DISAGREE, SOURCE_ERROR]) {
      const question = questionOf(questions, item.id, "MC");
      expect(question.stem.text).toBe(item.prompt);
      expect(choicesOf(question)).toEqual(item.options.map((option) => ({ text: option, isCorrect: option === item.answer, weight: null })));
    }
    expect(choicesOf(questionOf(questions, ATTRIBUTION.id, "MC"))[2]?.text).toBe("Édgar Leblanc Fils");
  });

  it("writes multi-select items with a weight per answer, negative for the wrong ones", () => {
    const question = questionOf(questions, MULTI_SELECT.id, "MC");
    expect(choicesOf(question)).toEqual([
      { text: "Kenya", isCorrect: false, weight: 33.33333 },
      { text: "Brazil", isCorrect: false, weight: -100 },
      { text: "Bahamas", isCorrect: false, weight: 33.33333 },
      { text: "Antigua & Barbuda", isCorrect: false, weight: 33.33333 },
      { text: "Canada", isCorrect: false, weight: -100 },
    ]);
  });

  it("uses only Moodle's weights, adding up to 100% (to Moodle's 5 decimals) for 1 to 10 right answers", () => {
    const options = Array.from({ length: 12 }, (_, index) => `Option ${index + 1}`);
    const weights: number[] = [];
    for (let count = 1; count <= 10; count++) {
      const item: MultiSelectItem = { ...MULTI_SELECT, id: `multi-${count}`, options, answers: options.slice(0, count) };
      const question = parseGift(exportGift([item]))[0];
      if (question?.type !== "MC") throw new Error(`multi-${count} is ${question?.type}`);
      const right = question.choices.filter((choice) => (choice.weight ?? 0) > 0).map((choice) => choice.weight ?? 0);
      const wrong = question.choices.filter((choice) => (choice.weight ?? 0) < 0).map((choice) => choice.weight);
      expect(right).toHaveLength(count);
      expect(wrong).toEqual(Array.from({ length: 12 - count }, () => -100));
      expect(new Set(right).size).toBe(1);
      const weight = right[0] ?? 0;
      expect(MOODLE_WEIGHTS).toContain(weight);
      // Each weight is 100 / count rounded to 5 decimals, so the sum is 100 to within count half-units of the 5th decimal.
      expect(Math.abs(weight - 100 / count), `weight for ${count}`).toBeLessThanOrEqual(0.000005);
      expect(Math.abs(right.reduce((sum, value) => sum + value, 0) - 100), `sum for ${count}`).toBeLessThanOrEqual(count * 0.000005);
      weights.push(weight);
    }
    expect(weights).toEqual([100, 50, 33.33333, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10]);
  });

  it("skips, with a comment, a multi-select whose count of right answers has no exact Moodle weight", () => {
    const options = Array.from({ length: 22 }, (_, index) => `Option ${index + 1}`);
    const multi = (count: number): MultiSelectItem => ({ ...MULTI_SELECT, id: `multi-${count}`, options, answers: options.slice(0, count) });
    for (const count of [11, 12, 15, 21]) {
      expect(exportGift([multi(count)]), `multi-${count}`).toBe(
        `// skipped multi-select item multi-${count}: no Moodle weight shares 100% among ${count} right answers\n`,
      );
    }
    // 20 right answers share 100% exactly at 5% each.
    const twenty = parseGift(exportGift([multi(20)]))[0];
    if (twenty?.type !== "MC") throw new Error(`multi-20 is ${twenty?.type}`);
    expect(twenty.choices.filter((choice) => choice.weight === 5)).toHaveLength(20);
    // A skipped item leaves the others in the file.
    const questions = parseGift(exportGift([MULTIPLE_CHOICE, multi(11), TRUE_STATEMENT]));
    expect(questions.map((question) => (question.type === "Category" ? null : question.title))).toEqual([MULTIPLE_CHOICE.id, TRUE_STATEMENT.id]);
  });

  it("writes true-false items as the statement with {T} or {F}", () => {
    const isTrue = questionOf(questions, TRUE_STATEMENT.id, "TF");
    expect(isTrue.stem.text).toBe('"Haiti is ready," Kenya’s cabinet said on 2 October 2023.');
    expect(isTrue.isTrue).toBe(true);
    const isFalse = questionOf(questions, FALSE_STATEMENT.id, "TF");
    expect(isFalse.stem.text).toBe("Haïti attend 5 000 policiers\n(selon le ministre).");
    expect(isFalse.isTrue).toBe(false);
  });

  it("writes cloze items as short answers with the gap in the question text", () => {
    const question = questionOf(questions, CLOZE.id, "Short");
    expect(question.stem.text).toBe("Kenya offered to send _____ police officers to Haïti.");
    expect(choicesOf(question)).toEqual(["1,000", "1000", "one thousand"].map((text) => ({ text, isCorrect: true, weight: null })));
    const atStart = questionOf(questions, CLOZE_AT_START.id, "Short");
    expect(atStart.stem.text).toBe("_____ said: “We will not fail.”");
    expect(choicesOf(atStart).map((choice) => choice.text)).toEqual(["The State Department", "State Department"]);
  });

  it("writes typed-answer items as short answers with their aliases", () => {
    const question = questionOf(questions, TYPED_ANSWER.id, "Short");
    expect(question.stem.text).toBe("Which city is Haiti’s capital?\n(Several words.)");
    expect(choicesOf(question)).toEqual(["Port-au-Prince", "Port au Prince"].map((text) => ({ text, isCorrect: true, weight: null })));
    const hash = questionOf(questions, TYPED_ANSWER_HASH.id, "Short");
    expect(hash.stem.text).toBe("#1 contributor: which country sends the most police?");
    expect(choicesOf(hash).map((choice) => choice.text)).toEqual(["Kenya → Haiti"]);
  });

  it("writes a plain number as a numerical question #N, the unit after the question", () => {
    const count = questionOf(questions, NUMERIC_COUNT.id, "Numerical");
    expect(count.stem.text).toBe("How many police officers did Kenya offer? (police officers)");
    expect(count.choices).toEqual({ type: "simple", number: 1000 });
    expect(gift).toContain("::numeric-count::[plain]How many police officers did Kenya offer? (police officers){\n\t#1000\n");
    const decimal = questionOf(questions, NUMERIC_DECIMAL.id, "Numerical");
    expect(decimal.stem.text).toBe("By how many points did the rate fall?");
    expect(decimal.choices).toEqual({ type: "simple", number: -2.75 });
  });

  it("writes an amount of money as a short answer accepting the ways a learner types it", () => {
    const money = questionOf(questions, NUMERIC_MONEY.id, "Short");
    expect(money.stem.text).toBe("How much did the United States pledge?");
    const answers = choicesOf(money);
    expect(answers.every((answer) => answer.isCorrect && answer.weight === null)).toBe(true);
    expect(answers.map((answer) => answer.text)).toEqual(expect.arrayContaining(["100 million", "$100 million", "100m", "100,000,000"]));
    // Every accepted spelling is the amount, read as the app reads numbers; none is another amount.
    for (const answer of answers) expect(parseNumber(answer.text), answer.text).toBe(100_000_000);
    expect(gift).not.toContain("#100000000");
    // Another currency sign is money too; the unit is not appended to the question.
    const euros: NumericItem = { ...NUMERIC_MONEY, id: "numeric-euros", answer: 3_500_000, unit: "EUR", display: "€3.5 million" };
    const [question] = parseGift(exportGift([euros]));
    if (question?.type !== "Short") throw new Error(`numeric-euros is ${question?.type}`);
    expect(question.stem.text).toBe("How much did the United States pledge?");
    expect(choicesOf(question).map((choice) => choice.text)).toEqual(expect.arrayContaining(["€3.5 million", "3.5 million", "3,500,000"]));
  });

  it.each([
    [
      "matching items as matching questions",
      MATCHING,
      "Match each person with their role.",
      [
        ["William Ruto", "President of Kenya"],
        ["Ariel Henry", "Prime Minister of Haïti"],
        ["Interior ministry → police", "Cabinet Secretary: Interior {acting} = #2"],
      ],
    ],
    [
      "ordering items as matching questions from position to event",
      ORDERING,
      "Put these events in order, earliest first.",
      [
        ["1 (earliest)", "Kenya offers to lead a force"],
        ["2", "UN Security Council approves the MSS"],
        ["3", "Nairobi court blocks the deployment"],
        ["4 (latest)", "First Kenyan police land in Port-au-Prince"],
      ],
    ],
  ] as const)("writes %s", (_, item, stem, pairs) => {
    const question = questionOf(questions, item.id, "Matching");
    expect(question.stem.text).toBe(stem);
    expect(question.matchPairs.map((pair) => [pair.subquestion.text, decodeSubanswer(pair.subanswer)])).toEqual(pairs);
  });

  it("gives the explanation and each source's quote, outlet (or cited name) and date as general feedback", () => {
    expect(questionOf(questions, MULTIPLE_CHOICE.id, "MC").globalFeedback?.text).toBe(
      [
        "The Security Council voted 13–0 to approve it.",
        "China and Russia abstained.",
        "Source: “Kenya’s cabinet approved the deployment of 1,000 police officers.” (Reuters, 2023-10-02)",
        "Source: ““We will not fail,” the statement said: ~ {sic}.” (the State Department statement, 2023-09-29)",
      ].join("\n"),
    );
    expect(questionOf(questions, SOURCES_DISAGREE.id, "MC").globalFeedback?.text).toBe(
      [
        "Explanation of disagree.",
        "Source: “Kenya’s cabinet approved the deployment of 1,000 police officers.” (Reuters, 2023-10-02)",
        "Source: “Haïti attend 2 000 policiers {selon le ministre} : « bientôt ».” (Le Nouvelliste, 2023-10)",
      ].join("\n"),
    );
    expect(questionOf(questions, SOURCE_ERROR.id, "MC").globalFeedback?.text).toBe(
      [
        "Explanation of source-error.",
        "Source: “Hundreds of people have been displaced from their homes.” (the Disquiet article by James Ngunjiri, 2023-10-03)",
        "Source: “escalating gang violence since its prime minister, Jovenel Moïse, was assassinated in 2021.” (GlobalPost, 2023-09)",
      ].join("\n"),
    );
  });

  it("tags each question with the item's topics", () => {
    expect(questionOf(questions, MULTIPLE_CHOICE.id, "MC").tags).toEqual(["haiti-mission", "organizations"]);
    expect(questionOf(questions, CLOZE.id, "Short").tags).toEqual(["haiti-mission"]);
  });
});

/** Whitespace as GIFT's parsers leave it: runs collapsed, ends trimmed. */
function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

describe("the exporters over the real bank", () => {
  const { bank } = parseContent(readContentFiles(path.resolve(import.meta.dirname, "../../..")));
  const { items, sets } = generateBank(bank, { seed: "export-test" });

  it("has items to export", () => {
    expect(items.length).toBeGreaterThan(0);
  });

  it("writes JSON that parses back to the items and sets", () => {
    expect(JSON.parse(exportJson(items, sets, { generatedFrom: "bank" }))).toEqual({ format: "factdeck-items", version: 1, contentHash: "bank", sets, items });
  });

  it("writes a CSV row of term and definition per distinct front, the first item of each", () => {
    const rows: string[][] = parseCsv(exportCsv(items), { delimiter: "\t", relax_quotes: true, quote: false });
    // The card front as the CSV's header comment describes it, one line.
    const front = (item: Item): string => {
      const text =
        item.type === "true-false"
          ? `${item.statement} True or false?`
          : item.type === "cloze"
            ? item.text
            : item.type === "matching"
              ? `Match: ${item.pairs.map((pair) => pair.left).join("; ")}`
              : item.type === "ordering"
                ? `Put in order (earliest first): ${item.events.map((event) => event.label).sort().join("; ")}`
                : item.prompt;
      return collapse(text);
    };
    const firsts = new Map<string, Item>();
    for (const item of items) if (!firsts.has(normalizeAnswer(front(item)))) firsts.set(normalizeAnswer(front(item)), item);
    const cards = [...firsts.values()];
    expect(rows).toHaveLength(cards.length);
    expect(new Set(rows.map((row) => normalizeAnswer(row[0] ?? ""))).size).toBe(rows.length);
    rows.forEach((row, index) => {
      const item = cards[index];
      if (item === undefined) throw new Error(`no item for row ${index}`);
      expect(row, item.id).toHaveLength(2);
      const [term = "", definition = ""] = row;
      expect(term.trim(), item.id).toBe(front(item));
      expect(definition, item.id).toMatch(/ — Sources?: \S/);
      if (item.type === "true-false") expect(definition.startsWith(item.answer ? "True — " : "False — "), item.id).toBe(true);
      if (item.type === "multiple-choice" || item.type === "typed-answer" || item.type === "cloze") {
        expect(definition.startsWith(`${collapse(item.answer)} — `), item.id).toBe(true);
      }
      if (item.type === "numeric") expect(definition.startsWith(`${item.display} — `), item.id).toBe(true);
    });
  });

  it("cites every real source by outlet or by its cited name (with the author), never by title or author alone", () => {
    const definitions = parseCsv(exportCsv(items), { delimiter: "\t", relax_quotes: true, quote: false }).map((row: string[]) => row[1] ?? "");
    const citations = new Set(definitions.flatMap((definition: string) => (/ — Sources?: (.*)$/.exec(definition)?.[1] ?? "").split("; ")));
    const allowed = new Set(
      bank.articles.map((article) => `${article.outlet ?? (article.author ? `${article.citedAs} by ${article.author}` : article.citedAs)}, ${article.published}`),
    );
    expect([...citations].filter((citation) => !allowed.has(citation))).toEqual([]);
    // The two articles without an outlet are cited, one with its author and one (no author) by its cited name alone.
    expect([...citations].some((citation) => citation.startsWith("the Disquiet article by James Ngunjiri, "))).toBe(true);
    expect([...citations].some((citation) => citation.startsWith("the unsigned September 2023 report, "))).toBe(true);
    expect([...citations].some((citation) => /^James Ngunjiri\b/.test(citation))).toBe(false);
  });

  it("writes GIFT that parses back to one question per item, with its answers", () => {
    const questions = parseGift(exportGift(items));
    const exported = items.filter((item) => (item.type === "matching" ? item.pairs.length >= 3 : item.type === "ordering" ? item.events.length >= 3 : true));
    expect(questions.map((question) => (question.type === "Category" ? null : question.title))).toEqual(exported.map((item) => item.id));
    exported.forEach((item, index) => {
      const question = questions[index];
      const arrows = (text: string) => collapse(text.replace(/->/g, "→"));
      switch (item.type) {
        case "multiple-choice":
        case "attribution":
        case "sources-disagree": {
          expect(question?.type, item.id).toBe("MC");
          if (question?.type !== "MC") return;
          expect(question.choices.filter((choice) => choice.isCorrect).map((choice) => choice.text.text)).toEqual([collapse(item.answer)]);
          break;
        }
        case "multi-select": {
          expect(question?.type, item.id).toBe("MC");
          if (question?.type !== "MC") return;
          const right = question.choices.filter((choice) => (choice.weight ?? 0) > 0).map((choice) => choice.text.text);
          expect(right.sort()).toEqual(item.answers.map(collapse).sort());
          break;
        }
        case "true-false":
          expect(question?.type, item.id).toBe("TF");
          if (question?.type !== "TF") return;
          expect(question.isTrue, item.id).toBe(item.answer);
          expect(question.stem.text).toBe(collapse(item.statement));
          break;
        case "cloze":
        case "typed-answer":
          expect(question?.type, item.id).toBe("Short");
          if (question?.type !== "Short") return;
          expect(question.choices.map((choice) => choice.text.text)).toContain(arrows(item.answer));
          break;
        case "numeric":
          if (/^[$€£]/.test(item.display)) {
            expect(question?.type, item.id).toBe("Short");
            if (question?.type !== "Short") return;
            const spellings = question.choices.map((choice) => choice.text.text);
            expect(spellings, item.id).toContain(item.display);
            for (const spelling of spellings) expect(parseNumber(spelling), `${item.id}: ${spelling}`).toBe(item.answer);
            break;
          }
          expect(question?.type, item.id).toBe("Numerical");
          if (question?.type !== "Numerical") return;
          expect(question.choices).toEqual({ type: "simple", number: item.answer });
          break;
        case "matching":
          expect(question?.type, item.id).toBe("Matching");
          if (question?.type !== "Matching") return;
          expect(question.matchPairs.map((pair) => [pair.subquestion.text, decodeSubanswer(pair.subanswer)])).toEqual(
            item.pairs.map((pair) => [arrows(pair.left), arrows(pair.right)]),
          );
          break;
        case "ordering":
          expect(question?.type, item.id).toBe("Matching");
          if (question?.type !== "Matching") return;
          expect(question.matchPairs.map((pair) => decodeSubanswer(pair.subanswer))).toEqual(item.events.map((event) => arrows(event.label)));
          break;
      }
    });
  });
});
