import { describe, expect, it } from "vitest";
import { generateBank } from "@/lib/quiz/generate/index";
import { checkItemQuality } from "@/lib/quiz/quality-gate";
import { NEWS_REPORT } from "@/tests/factories/authoring-texts";
import { authoredArticle, authoredBank, authoredEntities, checkAuthoredFacts, generateAuthored, UNTITLED_ARTICLE_SET, type AuthoredArticle } from "./bank";
import { storyEntities } from "./suggest";

const ARTICLE: AuthoredArticle = {
  slug: "a_0123456789abcdef",
  title: NEWS_REPORT.title,
  outlet: null,
  author: null,
  published: NEWS_REPORT.published,
  kind: "news-report",
  hash: "0".repeat(64),
  body: NEWS_REPORT.body,
};

const EVIDENCE = {
  officers: "Kenya offered on Wednesday to send 1,000 police officers to Haiti, Foreign Minister Alfred Mutua said.",
  money: "The U.S. State Department said it would give $10 million to support the mission.",
  jamaica: "A dozen officers from Jamaica are expected to join them.",
};

/** A fact in the content-file shape, its evidence one sentence of the article. */
function fact(id: string, statement: string, question: string, answer: Record<string, unknown>, quote: string, more: Record<string, unknown> = {}) {
  return { id, kind: "fact", statement, question, answer, topics: ["authored"], difficulty: 1, distractors: [], false_variants: [], evidence: [{ article: ARTICLE.slug, quote }], ...more };
}

const ANSWERS = {
  officers: { type: "number", value: "1,000", number: 1000, unit: "police officers" },
  money: { type: "money", value: "$10 million", amount: 10_000_000, currency: "USD" },
};

const OFFICERS = fact("kenya-officers", "Kenya offered to send 1,000 police officers to Haiti.", "How many police officers did Kenya offer to send to Haiti?", ANSWERS.officers, EVIDENCE.officers);

const MONEY = fact("us-money", EVIDENCE.money, "According to the U.S. State Department, how much would it give to support the mission?", ANSWERS.money, EVIDENCE.money, {
  kind: "claim",
  claimant: "The U.S. State Department",
});

const MINISTER = fact("foreign-minister", "Alfred Mutua is Kenya's foreign minister.", "Who is Kenya's foreign minister?", { type: "person", value: "Alfred Mutua" }, EVIDENCE.officers, {
  distractors: ["William Ruto", "Musalia Mudavadi", "Raychelle Omamo"],
  formats: ["multiple-choice"],
});

const story = storyEntities([ARTICLE.body]);

function check(facts: unknown[]) {
  return checkAuthoredFacts([ARTICLE], facts, authoredEntities(facts as never, story));
}

describe("checkAuthoredFacts", () => {
  it("passes facts whose answers occur in their verbatim evidence", () => {
    const { facts, problems } = check([OFFICERS, MONEY, MINISTER]);
    expect(problems).toEqual([]);
    expect(facts.map((checked) => checked.id)).toEqual(["kenya-officers", "us-money", "foreign-minister"]);
    expect(facts[1]).toMatchObject({ kind: "claim", claimant: "The U.S. State Department", source: { file: "us-money", line: 1 } });
  });

  it("refuses evidence that is not in the article, and says which field", () => {
    const edited = { ...OFFICERS, evidence: [{ article: ARTICLE.slug, quote: "Kenya offered to send 2,000 police officers to Haiti." }] };
    const { facts, problems } = check([edited]);
    expect(facts).toEqual([]);
    expect(problems).toContainEqual({ factId: "kenya-officers", field: "evidence.0.quote", message: `quote does not occur in article ${ARTICLE.slug}` });
  });

  it("refuses an answer that does not occur in the evidence", () => {
    const edited = { ...OFFICERS, evidence: [{ article: ARTICLE.slug, quote: EVIDENCE.jamaica }] };
    const { problems } = check([edited]);
    expect(problems).toContainEqual({
      factId: "kenya-officers",
      field: "answer.value",
      message: 'the answer "1,000" does not occur in the fact\'s evidence: select the sentence that says it',
    });
  });

  it("reports a malformed fact by field without throwing", () => {
    const { facts, problems } = check([{ ...OFFICERS, question: "" }, { id: 7 }]);
    expect(facts).toEqual([]);
    expect(problems).toContainEqual({ factId: "kenya-officers", field: "question", message: "must not be empty" });
    expect(problems.some((problem) => problem.factId === "#2" && problem.field === "id")).toBe(true);
  });
});

describe("a teacher's bank through the shipped generator and quality gate", () => {
  it("makes one sourced item per fact, quoting the teacher's sentence, that the gate passes", () => {
    const raw = [OFFICERS, MONEY, MINISTER];
    const entities = authoredEntities(raw as never, story);
    const { facts, problems } = checkAuthoredFacts([ARTICLE], raw, entities);
    expect(problems).toEqual([]);
    const bank = authoredBank([ARTICLE], facts, entities);
    const generated = generateBank(bank, { seed: "authored" });
    expect(generated.skipped).toEqual([]);
    expect(generated.items.map((item) => item.factIds[0])).toEqual(["kenya-officers", "us-money", "foreign-minister"]);
    const officers = generated.items[0]!;
    expect(officers.sources).toEqual([expect.objectContaining({ article: ARTICLE.slug, quote: EVIDENCE.officers, outlet: null, published: "2021-07-08" })]);
    expect(checkItemQuality({ ...generated, bank, seed: "authored" })).toEqual([]);
  });

  it("says a person needs more wrong options when the story names too few people", () => {
    const lone = { ...MINISTER, distractors: ["William Ruto"] };
    const entities = authoredEntities([lone] as never, story);
    const { facts } = checkAuthoredFacts([ARTICLE], [lone], entities);
    const generated = generateBank(authoredBank([ARTICLE], facts, entities), { seed: "authored" });
    expect(generated.items).toEqual([]);
    expect(generated.skipped.map((skip) => skip.reason)).toEqual(["multiple-choice: only 1 wrong options of the answer's kind: write distractors"]);
  });

  it("uses the teacher's wrong options for a person, with the answer once", () => {
    const entities = authoredEntities([MINISTER] as never, story);
    expect(entities.people.map((person) => person.name)).toContain("William Ruto");
    const { facts } = checkAuthoredFacts([ARTICLE], [MINISTER], entities);
    const [item] = generateBank(authoredBank([ARTICLE], facts, entities), { seed: "authored" }).items;
    expect(item?.type).toBe("multiple-choice");
    if (item?.type !== "multiple-choice") return;
    expect(item.options).toContain("Alfred Mutua");
    expect(item.options).toContain("William Ruto");
    expect(item.options.filter((option) => option === "Alfred Mutua")).toHaveLength(1);
  });

  it("names an article without an outlet by its title", () => {
    expect(authoredArticle(ARTICLE).citedAs).toBe(`“${NEWS_REPORT.title}”`);
    expect(authoredArticle({ ...ARTICLE, title: "" }).citedAs).toBe("the article");
  });
});

describe("generateAuthored", () => {
  const story = storyEntities([ARTICLE.body]);

  it("makes items that pass the gate and one set per article, titled", () => {
    const generated = generateAuthored([{ ...ARTICLE, title: "" }], [OFFICERS, MONEY], story, { seed: "test" });
    expect(generated.problems).toEqual([]);
    expect(generated.items.length).toBeGreaterThanOrEqual(2);
    expect(generated.sets).toEqual([expect.objectContaining({ slug: `article:${ARTICLE.slug}`, kind: "article", title: UNTITLED_ARTICLE_SET })]);
    expect(generated.sets[0]!.itemIds).toEqual(generated.items.map((item) => item.id));
  });

  it("withholds a rejected item (the fact is asked another way) and rewrites an explanation", () => {
    const first = generateAuthored([ARTICLE], [OFFICERS], story, { seed: "test" }).items[0]!;
    const rejected = generateAuthored([ARTICLE], [OFFICERS], story, { seed: "test", edits: [{ itemId: first.id, rejected: true, explanation: null }] });
    expect(rejected.withheld).toEqual([first.id]);
    expect(rejected.items.map((item) => item.id)).not.toContain(first.id);
    const explained = generateAuthored([ARTICLE], [OFFICERS], story, { seed: "test", edits: [{ itemId: first.id, rejected: false, explanation: "Mutua said 1,000." }] });
    expect(explained.items.find((item) => item.id === first.id)?.explanation).toBe("Mutua said 1,000.");
  });

  it("keeps out the items of a fact the gate faults, and reports why", () => {
    const relative = fact("relative-date", EVIDENCE.officers, "Kenya offered on Wednesday to send how many police officers to Haiti?", ANSWERS.officers, EVIDENCE.officers, { kind: "claim", claimant: "Alfred Mutua" });
    const generated = generateAuthored([ARTICLE], [relative], story, { seed: "test" });
    expect(generated.items).toEqual([]);
    expect(generated.gate).toEqual([expect.objectContaining({ factId: "relative-date", message: expect.stringContaining("“on Wednesday”, which only the article explains") })]);
    expect(generated.sets).toEqual([]);
  });
});
