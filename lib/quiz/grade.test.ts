import { describe, expect, it } from "vitest";
import {
  ATTRIBUTION,
  CLOZE,
  FALSE_STATEMENT,
  MATCHING,
  MULTI_SELECT,
  MULTIPLE_CHOICE,
  NUMERIC_MONEY,
  ORDERING,
  SOURCES_DISAGREE,
  TRUE_STATEMENT,
  TYPED_ANSWER,
} from "@/tests/factories/items";
import { generateBank } from "./generate";
import { gradeResponse } from "./grade";
import { responseSchemaFor, type QuizResponse } from "./response";
import { loadContentBank } from "@/tests/factories/content-bank";
import type { ClozeItem, Item, OrderingItem, TypedAnswerItem } from "./types";

/** Parses as the server does, then grades. */
function grade(item: Item, response: unknown) {
  return gradeResponse(item, responseSchemaFor(item).parse(response));
}

const MOISE: TypedAnswerItem = {
  ...TYPED_ANSWER,
  id: "typed-moise",
  prompt: "Which Haitian president was assassinated in July 2021?",
  answer: "Jovenel Moïse",
  accepted: ["Moïse"],
  rivals: ["Ariel Henry", "Michel Martelly"],
};

const ASSASSINATION: TypedAnswerItem = {
  ...TYPED_ANSWER,
  id: "typed-assassination",
  prompt: "On what date was Haitian President Jovenel Moïse assassinated in his home?",
  answer: "July 7, 2021",
  accepted: [],
  date: { iso: "2021-07-07", yearRequired: true },
};

const HAITI: TypedAnswerItem = { ...TYPED_ANSWER, id: "typed-haiti", prompt: "Which country asked for help?", answer: "Haiti", accepted: ["Haïti"], rivals: ["Tahiti", "Kenya"] };

describe("gradeResponse", () => {
  it.each([MULTIPLE_CHOICE, ATTRIBUTION, SOURCES_DISAGREE])("$type: right only for the answer option, shown as its text", (item) => {
    expect(grade(item, { type: item.type, choice: item.answer })).toEqual({ isCorrect: true, correctAnswer: item.answer });
    const wrong = item.options.find((option) => option !== item.answer)!;
    expect(grade(item, { type: item.type, choice: wrong })).toEqual({ isCorrect: false, correctAnswer: item.answer });
  });

  it("multi-select: right only for the exact set, in any order", () => {
    const answers = [...MULTI_SELECT.answers];
    expect(grade(MULTI_SELECT, { type: "multi-select", choices: answers.reverse() }).isCorrect).toBe(true);
    expect(grade(MULTI_SELECT, { type: "multi-select", choices: answers.slice(1) }).isCorrect).toBe(false);
    expect(grade(MULTI_SELECT, { type: "multi-select", choices: [...answers, "Canada"] }).isCorrect).toBe(false);
    expect(grade(MULTI_SELECT, { type: "multi-select", choices: [] }).isCorrect).toBe(false);
    expect(grade(MULTI_SELECT, { type: "multi-select", choices: [] }).correctAnswer).toBe("Kenya; Bahamas; Antigua & Barbuda");
  });

  it("true-false: right for the statement's truth", () => {
    expect(grade(TRUE_STATEMENT, { type: "true-false", value: true })).toEqual({ isCorrect: true, correctAnswer: "True" });
    expect(grade(TRUE_STATEMENT, { type: "true-false", value: false }).isCorrect).toBe(false);
    expect(grade(FALSE_STATEMENT, { type: "true-false", value: false })).toEqual({ isCorrect: true, correctAnswer: "False" });
    expect(grade(FALSE_STATEMENT, { type: "true-false", value: true }).isCorrect).toBe(false);
  });

  it("typed answer: case, accents and small typos are forgiven", () => {
    for (const text of ["Jovenel Moïse", "jovenel moise", "JOVENEL MOISE", "Jovenel Moyse", "Moise", "  jovenel   moïse "]) {
      expect(grade(MOISE, { type: "typed-answer", text }), text).toEqual({ isCorrect: true, correctAnswer: "Jovenel Moïse" });
    }
    expect(grade(TYPED_ANSWER, { type: "typed-answer", text: "port au prince" }).isCorrect).toBe(true);
  });

  it("typed answer: a wrong name, a rival or a near miss closer to a rival is wrong", () => {
    for (const text of ["Ariel Henry", "Michel Martelly", "Jovenel", "Ruto"]) {
      expect(grade(MOISE, { type: "typed-answer", text }).isCorrect, text).toBe(false);
    }
    expect(grade(HAITI, { type: "typed-answer", text: "Haitt" }).isCorrect).toBe(true);
    // One typo from "Haiti" would be forgiven, but "Taiti" is as close to the rival "Tahiti".
    expect(grade(HAITI, { type: "typed-answer", text: "Taiti" }).isCorrect).toBe(false);
    expect(grade({ ...HAITI, rivals: [] }, { type: "typed-answer", text: "Taiti" }).isCorrect).toBe(true);
  });

  it("cloze: the gap's answer or an accepted spelling", () => {
    expect(grade(CLOZE, { type: "cloze", text: "1000" })).toEqual({ isCorrect: true, correctAnswer: "1,000" });
    expect(grade(CLOZE, { type: "cloze", text: "one thousand" }).isCorrect).toBe(true);
    expect(grade(CLOZE, { type: "cloze", text: "2,000" }).isCorrect).toBe(false);
    const named: ClozeItem = { ...CLOZE, text: "_____ was assassinated in 2021.", answer: "Jovenel Moïse", accepted: [], rivals: ["Ariel Henry"] };
    expect(grade(named, { type: "cloze", text: "jovenel moise" }).isCorrect).toBe(true);
    expect(grade(named, { type: "cloze", text: "Ariel Henry" }).isCorrect).toBe(false);
  });

  it("typed answer with a date: any written form of the right date, at the key's precision", () => {
    for (const text of ["July 7, 2021", "7 July 2021", "2021-07-07", "7/7/2021", "Jul. 7, 2021", "on July 7, 2021"]) {
      expect(grade(ASSASSINATION, { type: "typed-answer", text }), text).toEqual({ isCorrect: true, correctAnswer: "July 7, 2021" });
    }
    for (const text of ["July 8, 2021", "July 7, 2020", "June 7, 2021", "July 2021", "July 7", "2021", "Wednesday"]) {
      expect(grade(ASSASSINATION, { type: "typed-answer", text }).isCorrect, text).toBe(false);
    }
  });

  it("typed answer with a date: graded as a date, not as a string close to the key", () => {
    // One character from the key and within matchesAnswer's typo allowance, but another date.
    const key = { ...ASSASSINATION, answer: "July 17, 2021", accepted: ["17 July 2021"], date: { iso: "2021-07-17", yearRequired: true } };
    expect(grade(key, { type: "typed-answer", text: "July 17, 2021" }).isCorrect).toBe(true);
    expect(grade(key, { type: "typed-answer", text: "July 7, 2021" }).isCorrect).toBe(false);
    // The same key without a date would take a string match: "17/7/2021" is not one of its spellings.
    expect(grade({ ...key, date: undefined }, { type: "typed-answer", text: "17/7/2021" }).isCorrect).toBe(false);
    expect(grade(key, { type: "typed-answer", text: "17/7/2021" }).isCorrect).toBe(true);
  });

  it("typed answer with a month key: the month alone when the year is not required", () => {
    const month: TypedAnswerItem = { ...ASSASSINATION, id: "typed-month", answer: "July 2023", date: { iso: "2023-07", yearRequired: false } };
    for (const text of ["July", "July 2023", "Jul 2023", "2023-07-01"]) expect(grade(month, { type: "typed-answer", text }).isCorrect, text).toBe(true);
    for (const text of ["June", "July 2022", "2023"]) expect(grade(month, { type: "typed-answer", text }).isCorrect, text).toBe(false);
    const withYear: TypedAnswerItem = { ...month, date: { iso: "2023-07", yearRequired: true } };
    expect(grade(withYear, { type: "typed-answer", text: "July" }).isCorrect).toBe(false);
    expect(grade(withYear, { type: "typed-answer", text: "Jul 2023" }).isCorrect).toBe(true);
  });

  it("cloze with a date: any written form of the right date, never another one", () => {
    const gap: ClozeItem = {
      ...CLOZE,
      id: "cloze-date",
      text: "The agreement was signed on _____ in Nairobi.",
      answer: "September 25, 2023",
      accepted: [],
      date: { iso: "2023-09-25", yearRequired: true },
    };
    for (const text of ["September 25, 2023", "Sept 25, 2023", "25 September 2023", "2023-09-25", "9/25/2023", "Sep. 25, 2023"]) {
      expect(grade(gap, { type: "cloze", text }), text).toEqual({ isCorrect: true, correctAnswer: "September 25, 2023" });
    }
    for (const text of ["September 26, 2023", "September 25, 2022", "September 25", "Monday", "September 25 and 26, 2023"]) {
      expect(grade(gap, { type: "cloze", text }).isCorrect, text).toBe(false);
    }
    const noYear: ClozeItem = { ...gap, answer: "September 19", date: { iso: "2023-09-19", yearRequired: false } };
    for (const text of ["September 19", "September 19, 2023", "19 September"]) expect(grade(noYear, { type: "cloze", text }).isCorrect, text).toBe(true);
    expect(grade(noYear, { type: "cloze", text: "September 19, 2022" }).isCorrect).toBe(false);
  });

  it("numeric: the exact value, however it is written", () => {
    for (const text of ["100000000", "100,000,000", "$100 million", "100m", "one hundred million"]) {
      expect(grade(NUMERIC_MONEY, { type: "numeric", text }), text).toEqual({ isCorrect: true, correctAnswer: "$100 million" });
    }
    for (const text of ["100000001", "10 million", "a lot"]) expect(grade(NUMERIC_MONEY, { type: "numeric", text }).isCorrect, text).toBe(false);
  });

  it("matching: right only when every pair is", () => {
    const pairs = MATCHING.pairs.map((pair) => ({ ...pair }));
    expect(grade(MATCHING, { type: "matching", pairs: [...pairs].reverse() })).toEqual({
      isCorrect: true,
      correctAnswer: MATCHING.pairs.map((pair) => `${pair.left} → ${pair.right}`).join("; "),
    });
    const swapped = [
      { left: pairs[0]!.left, right: pairs[1]!.right },
      { left: pairs[1]!.left, right: pairs[0]!.right },
      pairs[2]!,
    ];
    expect(grade(MATCHING, { type: "matching", pairs: swapped }).isCorrect).toBe(false);
  });

  it("ordering: right only in chronological order; events on one date in either order", () => {
    const labels = ORDERING.events.map((event) => event.label);
    expect(grade(ORDERING, { type: "ordering", order: labels }).isCorrect).toBe(true);
    expect(grade(ORDERING, { type: "ordering", order: [labels[1], labels[0], labels[2], labels[3]] }).isCorrect).toBe(false);
    expect(grade(ORDERING, { type: "ordering", order: [...labels].reverse() }).isCorrect).toBe(false);
    const sameDay: OrderingItem = {
      ...ORDERING,
      events: [
        { label: "A", date: "2023-10-02" },
        { label: "B", date: "2023-10-02" },
        { label: "C", date: "2024-01-26" },
      ],
    };
    expect(grade(sameDay, { type: "ordering", order: ["B", "A", "C"] }).isCorrect).toBe(true);
    expect(grade(sameDay, { type: "ordering", order: ["C", "A", "B"] }).isCorrect).toBe(false);
  });

  it("refuses a response of another type", () => {
    expect(() => gradeResponse(MULTIPLE_CHOICE, { type: "true-false", value: true } as QuizResponse)).toThrow();
  });
});

describe("responseSchemaFor", () => {
  it.each<[string, Item, unknown]>([
    ["another item type", MULTIPLE_CHOICE, { type: "true-false", value: true }],
    ["an option the item does not have", MULTIPLE_CHOICE, { type: "multiple-choice", choice: "Somebody else" }],
    ["a repeated option", MULTI_SELECT, { type: "multi-select", choices: ["Kenya", "Kenya"] }],
    ["an empty typed answer", TYPED_ANSWER, { type: "typed-answer", text: "   " }],
    ["an over-long typed answer", TYPED_ANSWER, { type: "typed-answer", text: "x".repeat(201) }],
    ["a string for true or false", TRUE_STATEMENT, { type: "true-false", value: "true" }],
    ["a left item matched twice", MATCHING, { type: "matching", pairs: MATCHING.pairs.map((pair) => ({ ...pair, left: MATCHING.pairs[0]!.left })) }],
    ["a choice the matching does not offer", MATCHING, { type: "matching", pairs: MATCHING.pairs.map((pair) => ({ ...pair, right: "Nobody" })) }],
    ["an event missing", ORDERING, { type: "ordering", order: ORDERING.events.slice(1).map((event) => event.label) }],
    ["an unknown event", ORDERING, { type: "ordering", order: [...ORDERING.events.slice(1).map((event) => event.label), "Made up"] }],
    ["no type", NUMERIC_MONEY, { text: "100" }],
  ])("refuses %s", (_name, item, response) => {
    expect(responseSchemaFor(item).safeParse(response).success).toBe(false);
  });

  it("trims typed text", () => {
    expect(responseSchemaFor(TYPED_ANSWER).parse({ type: "typed-answer", text: "  Port-au-Prince " })).toEqual({ type: "typed-answer", text: "Port-au-Prince" });
  });
});

describe("generated typed answers and clozes", () => {
  const { items } = generateBank(loadContentBank(), { seed: "grade-test" });
  const recall = items.filter((item): item is TypedAnswerItem | ClozeItem => item.type === "typed-answer" || item.type === "cloze");

  it("carry the story's other names as rivals, none of which is accepted", () => {
    const withRivals = recall.filter((item) => (item.rivals?.length ?? 0) > 0);
    expect(withRivals.length).toBeGreaterThanOrEqual(3);
    for (const item of withRivals) {
      expect(grade(item, { type: item.type, text: item.answer }).isCorrect, item.id).toBe(true);
      for (const rival of item.rivals ?? []) expect(grade(item, { type: item.type, text: rival }).isCorrect, `${item.id}: ${rival}`).toBe(false);
    }
  });

  it("with a date answer accept the key as written, in ISO form and day-month-year form, and refuse the year before", () => {
    const dated = recall.filter((item) => item.date !== undefined);
    expect(dated.length).toBeGreaterThanOrEqual(3);
    const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    for (const item of dated) {
      const { iso } = item.date!;
      const [year, month, day] = iso.split("-").map(Number);
      expect(grade(item, { type: item.type, text: item.answer }).isCorrect, `${item.id}: ${item.answer}`).toBe(true);
      const other = month === undefined ? `${year}` : day === undefined ? `${MONTHS[month - 1]} ${year}` : `${day} ${MONTHS[month - 1]} ${year}`;
      expect(grade(item, { type: item.type, text: other }).isCorrect, `${item.id}: ${other}`).toBe(true);
      const earlier = month === undefined ? `${year! - 1}` : day === undefined ? `${MONTHS[month - 1]} ${year! - 1}` : `${day} ${MONTHS[month - 1]} ${year! - 1}`;
      expect(grade(item, { type: item.type, text: earlier }).isCorrect, `${item.id}: ${earlier}`).toBe(false);
    }
  });

  it("with a date answer to a question that asks for the month and the year require the year", () => {
    const monthAndYear = recall.filter((item) => item.date !== undefined && /\bmonth and year\b/i.test(item.prompt));
    expect(monthAndYear.length).toBeGreaterThan(0);
    for (const item of monthAndYear) {
      const month = item.answer.split(" ")[0] ?? "";
      expect(grade(item, { type: item.type, text: item.answer }).isCorrect, `${item.id}: ${item.answer}`).toBe(true);
      expect(grade(item, { type: item.type, text: month }).isCorrect, `${item.id}: ${month} for “${item.prompt}”`).toBe(false);
    }
  });
});
