import { createHash } from "node:crypto";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { parseDocument } from "yaml";
import type * as Yaml from "yaml";
import { syntheticContent } from "@/scripts/bench/synthetic-content";
import { readContentFiles } from "@/server/content/read-content-files";
import { CONTENT_EDITS, FIXTURE_DIR, editedFixture, expectedLine, fixtureFiles } from "@/tests/fixtures/content-edits";
import { formatProblem, parseContent } from "./parse";
import type { ContentFile, ParsedContent } from "./parse";
import { normalizeWhitespace, quoteOccursIn } from "./text-keys";

// The yaml package as it is, with parseDocument watched: the tests of the
// fast path tell from its calls which files were read on the precise path.
vi.mock("yaml", async (importOriginal) => {
  const yaml = await importOriginal<typeof Yaml>();
  return { ...yaml, parseDocument: vi.fn(yaml.parseDocument) };
});

// Small inline content: two articles and the raw source they name, entities,
// topics, and fact files built per test.

const ALPHA_BODY = "Kenya and the United States signed a defense agreement on September 25, 2023, in Nairobi.\n\nKenya plans to send 1,000 police officers to Haiti. “We are ready to help,” said William Ruto.\n";
const BETA_BODY =
  "Kenya will send 1,000 soldiers to Haiti, and the mission could start in months.\n\nThe mission is a mistake, the editors of Example Weekly write. Le président Jovenel Moïse.\n\nThe US asks the UN Security Council to vote.\n";

/** The raw source both articles name: outlets, headline and byline with the markup they arrived with. */
const SOURCE = "EXAMPLE DAILY · Example Weekly\n\n# **A title**\n\n*By Jane Writer* | Republished from Haiti Liberté\n\nKenya’s [defense](#) deal\n";

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

function article(slug: string, body: string, frontMatter: Record<string, string | null> = {}): ContentFile {
  const fields: Record<string, string | null> = {
    title: '"A title"',
    outlet: '"Example Daily"',
    author: "null",
    published: "2023-09-26",
    kind: "news-report",
    source_file: "source.txt",
    hash: sha256(body),
    ...frontMatter,
  };
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== null)
    .map(([key, value]) => `${key}: ${value}`);
  return { path: `content/articles/${slug}.md`, text: `---\n${lines.join("\n")}\n---\n${body}` };
}

const ENTITIES = `people:
  - name: William Ruto
    aliases: [Ruto]
    title: President of Kenya
    country: Kenya
    side: official
organizations:
  - name: UN Security Council
    aliases: [Security Council]
    type: international-body
countries:
  - name: Kenya
    aliases: []
    region: africa
  - name: United States
    aliases: [US]
    region: north-america
places:
  - name: Nairobi
    aliases: []
    type: city
    country: Kenya
`;

const TOPICS = "- slug: agreement\n  title: The agreement\n- slug: haiti-mission\n  title: The mission\n";

const sourceFile = (text = SOURCE, name = "source.txt"): ContentFile => ({ path: `content/sources/${name}`, text });
const entitiesFile = (text = ENTITIES): ContentFile => ({ path: "content/entities.yaml", text });
const topicsFile = (text = TOPICS): ContentFile => ({ path: "content/topics.yaml", text });
const reviewFile = (text: string): ContentFile => ({ path: "content/review.yaml", text });
const factsFile = (name: string, text: string): ContentFile => ({ path: `content/facts/${name}.yaml`, text });

/** A valid fact as YAML list item lines; `extra` replaces or adds top-level fields. */
function fact(id: string, extra: Record<string, string> = {}): string {
  const fields: Record<string, string> = {
    id,
    statement: '"Kenya and the United States signed a defense agreement in Nairobi."',
    kind: "fact",
    question: '"Where was the agreement signed?"',
    answer: '\n    type: place\n    value: "Nairobi"',
    topics: "[agreement]",
    difficulty: "1",
    evidence: '\n    - article: alpha\n      quote: "signed a defense agreement on September 25, 2023, in Nairobi."',
    ...extra,
  };
  const lines = Object.entries(fields).map(([key, value]) => `${key}: ${value}`);
  return `- ${lines.join("\n  ")}\n`;
}

/** The fields of an opinion fact: what beta's editors hold. */
const OPINION = {
  kind: "opinion",
  holder: '"Example Weekly"',
  statement: '"The editors of Example Weekly write that the mission is a mistake."',
  answer: '\n    type: text\n    value: "a mistake"',
};

/** Every file but facts: two articles, their source, entities and topics. */
function base(): ContentFile[] {
  return [article("alpha", ALPHA_BODY), article("beta", BETA_BODY, { kind: "opinion" }), sourceFile(), entitiesFile(), topicsFile()];
}

function content(...facts: ContentFile[]): ContentFile[] {
  return [...base(), ...facts];
}

/** The content with `file` in place of the file of the same path (or added). */
function replacing(files: ContentFile[], file: ContentFile): ContentFile[] {
  return [...files.filter((other) => other.path !== file.path), file];
}

function problemsOf(files: ContentFile[]): string[] {
  return parseContent(files).problems.map(formatProblem);
}

/** The problems of one facts file holding the given facts (first fact on line 1). */
function factProblems(...facts: string[]): string[] {
  return problemsOf(content(factsFile("test", facts.join("\n"))));
}

describe("normalizeWhitespace", () => {
  it("collapses runs of spaces, tabs, newlines and non-breaking spaces to one space", () => {
    expect(normalizeWhitespace("a  b\n\nc\t d\u00a0\u00a0e \u00a0\n f")).toBe("a b c d e f");
  });

  it("changes nothing else", () => {
    expect(normalizeWhitespace("“Moïse’s” 'x' \"y\"")).toBe("“Moïse’s” 'x' \"y\"");
  });
});

describe("quoteOccursIn", () => {
  const body = "He said:\n“We are  ready\u00a0to help,” in Port-au-Prince.";

  it("matches across line breaks, repeated spaces and non-breaking spaces on both sides", () => {
    expect(quoteOccursIn(body, "“We are ready to help,”")).toBe(true);
    expect(quoteOccursIn(body, "said: “We are\n ready to\u00a0help,”")).toBe(true);
  });

  it("does not match other quotes, accents or case", () => {
    expect(quoteOccursIn(body, '"We are ready to help,"')).toBe(false);
    expect(quoteOccursIn(body, "in Port-Au-Prince")).toBe(false);
    expect(quoteOccursIn("Jovenel Moïse", "Jovenel Moise")).toBe(false);
    expect(quoteOccursIn(body, "we are ready")).toBe(false);
  });
});

describe("formatProblem", () => {
  it("prints file:line: message", () => {
    expect(formatProblem({ file: "content/facts/a.yaml", line: 12, message: "unknown article x" })).toBe("content/facts/a.yaml:12: unknown article x");
  });
});

describe("parseContent on valid content", () => {
  const files = content(
    factsFile(
      "b-second",
      fact("second-a", {
        kind: "claim",
        claimant: '"Example Weekly"',
        statement: '"According to Example Weekly, the mission could start in months."',
        answer: '\n    type: text\n    value: "in months"\n    aliases: ["months"]',
        evidence: '\n    - article: beta\n      quote: "the mission could start\n        in months"',
      }),
    ),
    factsFile("a-first", [fact("first-a"), fact("first-b", { timeline: "\n    date: 2023\n    event: Signing" })].join("\n")),
  );
  const { bank, problems } = parseContent(files);

  it("reports no problems", () => {
    expect(problems).toEqual([]);
  });

  it("loads articles with their front matter, body and hash", () => {
    expect(bank.articles.map((entry) => entry.slug)).toEqual(["alpha", "beta"]);
    expect(bank.articles[0]).toEqual({
      slug: "alpha",
      title: "A title",
      titleIsSupplied: false,
      outlet: "Example Daily",
      author: null,
      citedAs: "Example Daily",
      republishedFrom: null,
      published: "2023-09-26",
      kind: "news-report",
      sourceFile: "source.txt",
      hash: sha256(ALPHA_BODY),
      body: ALPHA_BODY,
    });
    expect(bank.articles[1]?.kind).toBe("opinion");
  });

  it("loads entities with their type, side and defaults, and the line of each name", () => {
    expect(bank.entities.people).toEqual([
      {
        kind: "person",
        name: "William Ruto",
        aliases: ["Ruto"],
        takesThe: false,
        inStory: true,
        line: 2,
        title: "President of Kenya",
        country: "Kenya",
        side: "official",
        status: "living",
        evidence: [],
      },
    ]);
    expect(bank.entities.organizations[0]).toMatchObject({ kind: "organization", type: "international-body", country: null, side: null, description: null });
    expect(bank.entities.countries.map((entity) => [entity.name, entity.region, entity.line])).toEqual([
      ["Kenya", "africa", 12],
      ["United States", "north-america", 15],
    ]);
    expect(bank.entities.places).toEqual([
      { kind: "place", name: "Nairobi", aliases: [], takesThe: false, inStory: true, line: 19, type: "city", country: "Kenya" },
    ]);
  });

  it("loads the topics in their order", () => {
    expect(bank.topics).toEqual([
      { slug: "agreement", title: "The agreement" },
      { slug: "haiti-mission", title: "The mission" },
    ]);
  });

  it("sorts facts by file, then position, and records where each was read", () => {
    expect(bank.facts.map((entry) => [entry.id, entry.source])).toEqual([
      ["first-a", { file: "content/facts/a-first.yaml", line: 1 }],
      ["first-b", { file: "content/facts/a-first.yaml", line: 14 }],
      ["second-a", { file: "content/facts/b-second.yaml", line: 1 }],
    ]);
  });

  it("fills answers, optional fields and timeline years", () => {
    const [first, second, third] = bank.facts;
    expect(first?.answer).toEqual({ type: "place", value: "Nairobi", aliases: [] });
    expect(first && "claimant" in first).toBe(false);
    expect(first).toMatchObject({ distractors: [], falseVariants: [], accepted: null, formats: null, asOf: null });
    expect(first && "conflict" in first).toBe(false);
    expect(second?.timeline).toEqual({ date: "2023", event: "Signing" });
    expect(third?.claimant).toBe("Example Weekly");
    expect(third?.evidence).toEqual([{ article: "beta", quote: "the mission could start in months" }]);
  });

  it("has no reviews without a review file", () => {
    expect(bank.reviews).toEqual([]);
  });

  it("reads a content directory other than content/", () => {
    const moved = files.map((file) => ({ ...file, path: file.path.replace(/^content\//, "tests/fixtures/x/") }));
    const result = parseContent(moved, "tests/fixtures/x");
    expect(result.problems).toEqual([]);
    expect(result.bank.facts[0]?.source.file).toBe("tests/fixtures/x/facts/a-first.yaml");
  });
});

describe("parseContent: the optional fields of a fact", () => {
  const curated = fact("curated", {
    distractors: '["Mombasa", "Kisumu"]',
    false_variants: '\n    - "Kenya and the United States signed a defense agreement in Mombasa."',
    accepted: '["the Kenyan capital"]',
    formats: "[multiple-choice, true-false]",
  });
  const asOf = fact("as-of", {
    statement: '"As of September 2023, the UN Security Council had not yet voted on the mission."',
    as_of: "beta",
    question: '"As of September 2023, which body had not yet voted on the mission?"',
    answer: '\n    type: organization\n    value: "UN Security Council"',
    evidence: '\n    - article: beta\n      quote: "The US asks the UN Security Council to vote."',
  });
  const side = (label: string, article: string, quote: string, error = "") =>
    `\n      - label: ${label}${error}\n        evidence:\n          - article: ${article}\n            quote: "${quote}"`;
  const disagreement = fact("disagreement", {
    conflict: `\n    kind: disagreement\n    about: "what the 1,000 Kenyans are"\n    question: "Which word does {source} use for the 1,000 Kenyans?"\n    note: "Both could be called personnel."\n    distractors: [engineers]\n    sides:${side("police", "alpha", "1,000 police officers")}${side("soldiers", "beta", "1,000 soldiers")}`,
  });
  const sourceError = fact("source-error", {
    conflict: `\n    kind: source-error\n    about: "what the 1,000 Kenyans are"\n    question: "What are the 1,000 Kenyans?"\n    correction: "They are police officers; beta is wrong."\n    sides:${side("police", "alpha", "1,000 police officers")}${side("soldiers", "beta", "1,000 soldiers", "\n        error: true")}`,
  });
  const cities = "  - name: Mombasa\n    aliases: []\n    type: city\n    country: Kenya\n    in_story: false\n  - name: Kisumu\n    aliases: []\n    type: city\n    in_story: false\n";
  const files = replacing(content(factsFile("test", [curated, asOf, disagreement, sourceError].join("\n"))), entitiesFile(ENTITIES + cities));
  const { bank, problems } = parseContent(files);

  it("reports no problems", () => {
    expect(problems).toEqual([]);
  });

  it("loads distractors, false variants, accepted answers, formats and as_of", () => {
    expect(bank.facts[0]).toMatchObject({
      distractors: ["Mombasa", "Kisumu"],
      falseVariants: ["Kenya and the United States signed a defense agreement in Mombasa."],
      accepted: ["the Kenyan capital"],
      formats: ["multiple-choice", "true-false"],
      asOf: null,
    });
    expect(bank.facts[1]?.asOf).toBe("beta");
  });

  it("loads a conflict with its kind, question, note and the side in error", () => {
    expect(bank.facts[2]?.conflict).toEqual({
      kind: "disagreement",
      about: "what the 1,000 Kenyans are",
      question: "Which word does {source} use for the 1,000 Kenyans?",
      asks: "answer",
      correction: null,
      note: "Both could be called personnel.",
      distractors: ["engineers"],
      sides: [
        { label: "police", isError: false, evidence: [{ article: "alpha", quote: "1,000 police officers" }] },
        { label: "soldiers", isError: false, evidence: [{ article: "beta", quote: "1,000 soldiers" }] },
      ],
    });
    expect(bank.facts[3]?.conflict).toMatchObject({
      kind: "source-error",
      correction: "They are police officers; beta is wrong.",
      distractors: [],
      sides: [{ label: "police", isError: false }, { label: "soldiers", isError: true }],
    });
  });

  it("keeps an empty accepted list apart from none", () => {
    const result = parseContent(content(factsFile("test", fact("a", { answer: '\n    type: text\n    value: "defense agreement"', accepted: "[]" }))));
    expect(result.problems).toEqual([]);
    expect(result.bank.facts[0]?.accepted).toEqual([]);
  });
});

describe("parseContent: YAML and structure", () => {
  it("reports an alias without an anchor on its line instead of failing", () => {
    const text = fact("a").replace("difficulty: 1", "difficulty: *level");
    const line = text.split("\n").findIndex((row) => row.includes("*level")) + 1;
    expect(problemsOf(content(factsFile("test", text)))).toEqual([
      `content/facts/test.yaml:${line}: YAML error: Unresolved alias (the anchor must be set before the alias): level`,
    ]);
  });

  it("reports a YAML syntax error at the line the parser gives", () => {
    const text = fact("a").replace("  kind: fact", "  kind fact");
    expect(problemsOf(content(factsFile("test", text)))).toEqual([
      "content/facts/test.yaml:3: YAML syntax error: Implicit keys need to be on a single line",
    ]);
  });

  it("reports a fact file that is not a list", () => {
    expect(problemsOf(content(factsFile("test", "# facts\nid: a\nstatement: x\n")))).toEqual([
      "content/facts/test.yaml:2: a fact file must be a YAML list of facts",
    ]);
  });

  it("reports a fact that is not a mapping and keeps the others", () => {
    const { bank, problems } = parseContent(content(factsFile("test", `- just a sentence\n${fact("a")}`)));
    expect(problems.map(formatProblem)).toEqual(["content/facts/test.yaml:1: a fact must be a mapping (id, statement, kind, ...)"]);
    expect(bank.facts.map((entry) => entry.id)).toEqual(["a"]);
  });

  it("leaves invalid facts out of the bank", () => {
    const { bank } = parseContent(content(factsFile("test", [fact("good"), fact("bad", { difficulty: "5" })].join("\n"))));
    expect(bank.facts.map((entry) => entry.id)).toEqual(["good"]);
  });

  it("reports missing and unknown fields at their lines", () => {
    const text = fact("a", { speeker: "Someone" }).replace('  question: "Where was the agreement signed?"\n', "");
    expect(problemsOf(content(factsFile("test", text)))).toEqual([
      "content/facts/test.yaml:1: missing field question",
      "content/facts/test.yaml:12: unknown field speeker",
    ]);
  });

  it("reports an id that is not kebab-case", () => {
    expect(factProblems(fact("Bad_Id"))).toEqual(['content/facts/test.yaml:1: id must be kebab-case, got "Bad_Id"']);
  });

  it("reports a problem in a file that is not content", () => {
    expect(problemsOf([...content(), { path: "content/notes.txt", text: "x" }])).toEqual([
      "content/notes.txt:1: not a content file (expected articles/*.md, sources/*.txt, entities.yaml, topics.yaml, matching.yaml, review.yaml or facts/*.yaml)",
    ]);
  });

  it("sorts problems by file, then line", () => {
    const problems = problemsOf(
      content(factsFile("b", fact("b1", { difficulty: "0" })), factsFile("a", [fact("a1", { kind: "belief" }), fact("a2", { topics: "[sport]" })].join("\n"))),
    );
    expect(problems).toEqual([
      'content/facts/a.yaml:3: kind must be one of fact, claim, quote, opinion, got "belief"',
      'content/facts/a.yaml:21: unknown topic sport: topics are listed in content/topics.yaml',
      "content/facts/b.yaml:9: difficulty must be one of 1, 2, 3, got 0",
    ]);
  });
});

describe("parseContent: kinds", () => {
  it("reports a claim without claimant", () => {
    expect(factProblems(fact("a", { kind: "claim" }))).toEqual(["content/facts/test.yaml:3: claim without claimant"]);
  });

  it("reports a claim whose statement does not name the claimant", () => {
    expect(factProblems(fact("a", { kind: "claim", claimant: "Example Weekly" }))).toEqual([
      'content/facts/test.yaml:2: statement does not name the claimant "Example Weekly"',
    ]);
  });

  it("reports a quote without speaker or quote text", () => {
    expect(factProblems(fact("a", { kind: "quote" }))).toEqual([
      "content/facts/test.yaml:3: quote without speaker",
      "content/facts/test.yaml:3: quote without quote text",
    ]);
  });

  it("reports an opinion without holder, and one whose statement does not name the holder", () => {
    expect(factProblems(fact("a", { kind: "opinion" }))).toEqual(["content/facts/test.yaml:3: opinion without holder"]);
    expect(factProblems(fact("a", { kind: "opinion", holder: "Example Weekly" }))).toEqual([
      'content/facts/test.yaml:2: statement does not name the holder "Example Weekly"',
    ]);
  });

  it("reports a field that belongs to another kind", () => {
    expect(factProblems(fact("a", { holder: "Kenya" }))).toEqual(["content/facts/test.yaml:13: holder is only for kind opinion, not fact"]);
  });

  it("requires the quote text of a quote to occur in one of its evidence articles", () => {
    const quote = (words: string) =>
      fact("a", {
        kind: "quote",
        speaker: "William Ruto",
        quote: JSON.stringify(words),
        statement: '"William Ruto said he is ready to help."',
        answer: '\n    type: person\n    value: "William Ruto"',
        evidence: '\n    - article: alpha\n      quote: "“We are ready to help,” said William Ruto."',
      });
    expect(factProblems(quote("We are ready to help"))).toEqual([]);
    expect(factProblems(quote("We are ready to help Haiti"))).toEqual([
      "content/facts/test.yaml:14: quote text does not occur in any evidence article (alpha)",
    ]);
  });
});

describe("parseContent: answers", () => {
  const answer = (yaml: string, statement = '"Kenya and the United States signed a defense agreement in Nairobi."') =>
    fact("a", { answer: yaml, statement });

  it("reports an unknown answer type", () => {
    expect(factProblems(answer('\n    type: city\n    value: "Nairobi"'))).toEqual([
      'content/facts/test.yaml:6: answer.type must be one of person, organization, country, place, text, number, money, date, list, got "city"',
    ]);
  });

  it("reports a number answer without number, and a number given as text", () => {
    const statement = '"Kenya plans to send 1,000 police officers."';
    expect(factProblems(answer('\n    type: number\n    value: "1,000"\n    unit: officers', statement))).toEqual([
      "content/facts/test.yaml:5: missing field answer.number",
    ]);
    expect(factProblems(answer('\n    type: number\n    value: "1,000"\n    number: "1000"\n    unit: officers', statement))).toEqual([
      'content/facts/test.yaml:8: answer.number must be a number, got "1000"',
    ]);
  });

  it("reports a money answer without currency", () => {
    expect(factProblems(answer('\n    type: money\n    value: "$100 million"\n    amount: 100000000', '"The US pledged $100 million."'))).toEqual([
      "content/facts/test.yaml:5: missing field answer.currency",
    ]);
  });

  it("reports a date that is not ISO", () => {
    const statement = '"The agreement was signed on September 25, 2023."';
    expect(factProblems(answer('\n    type: date\n    value: "September 25, 2023"\n    date: 2023-09-25', statement))).toEqual([]);
    expect(factProblems(answer('\n    type: date\n    value: "September 25, 2023"\n    date: "September 25, 2023"', statement))).toEqual([
      'content/facts/test.yaml:8: answer.date must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got "September 25, 2023"',
    ]);
    expect(factProblems(fact("a", { timeline: "\n    date: 2023-02-30\n    event: Signing" }))).toEqual([
      'content/facts/test.yaml:14: timeline.date must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got "2023-02-30"',
    ]);
  });

  it("reports a difficulty other than 1, 2 or 3", () => {
    expect(factProblems(fact("a", { difficulty: "4" }))).toEqual(["content/facts/test.yaml:9: difficulty must be one of 1, 2, 3, got 4"]);
    expect(factProblems(fact("a", { difficulty: '"2"' }))).toEqual(['content/facts/test.yaml:9: difficulty must be one of 1, 2, 3, got "2"']);
  });

  it("reports a value that does not appear in the statement, case-sensitively", () => {
    expect(factProblems(answer('\n    type: place\n    value: "Nairobi"', '"The agreement was signed in nairobi."'))).toEqual([
      'content/facts/test.yaml:7: answer value "Nairobi" does not appear in the statement',
    ]);
  });

  it("reports duplicated aliases, ignoring case, and an alias equal to the value", () => {
    expect(factProblems(answer('\n    type: place\n    value: "Nairobi"\n    aliases: ["Nairobi City", "nairobi city", "NAIROBI"]'))).toEqual([
      'content/facts/test.yaml:8: duplicate alias "nairobi city"',
      'content/facts/test.yaml:8: duplicate alias "NAIROBI"',
    ]);
  });

  it("reports a list with duplicate items, ignoring case", () => {
    const statement = '"Kenya and the United States (the united states) signed it."';
    expect(factProblems(answer('\n    type: list\n    items:\n      - Kenya\n      - United States\n      - united states', statement))).toEqual([
      'content/facts/test.yaml:10: duplicate list item "united states"',
    ]);
  });

  it("reports a list item the statement does not name", () => {
    expect(factProblems(answer('\n    type: list\n    items: [Kenya, Haiti]'))).toEqual([
      'content/facts/test.yaml:7: list item "Haiti" does not appear in the statement',
    ]);
  });

  it("requires person, organization, country and place answers to be names in entities.yaml", () => {
    expect(factProblems(answer('\n    type: country\n    value: "United States"'))).toEqual([]);
    expect(factProblems(answer('\n    type: country\n    value: "US"', '"Kenya and the US signed a defense agreement."'))).toEqual([
      'content/facts/test.yaml:7: answer value "US" is not listed under countries in content/entities.yaml',
    ]);
    expect(factProblems(answer('\n    type: text\n    value: "defense agreement"'))).toEqual([]);
  });
});

describe("parseContent: evidence", () => {
  it("reports a fact with no evidence", () => {
    expect(factProblems(fact("a", { evidence: "[]" }))).toEqual(["content/facts/test.yaml:10: fact has no evidence"]);
  });

  it("reports an unknown article in evidence", () => {
    expect(factProblems(fact("a", { evidence: '\n    - article: gamma\n      quote: "in Nairobi"' }))).toEqual([
      "content/facts/test.yaml:11: unknown article gamma",
    ]);
  });

  it("reports a quote that does not occur verbatim, after whitespace normalization", () => {
    const evidence = (quote: string) => fact("a", { evidence: `\n    - article: alpha\n      quote: ${JSON.stringify(quote)}` });
    expect(factProblems(evidence("Kenya plans to send\n 1,000\u00a0police officers"))).toEqual([]);
    expect(factProblems(evidence('"We are ready to help," said William Ruto.'))).toEqual([
      "content/facts/test.yaml:12: quote does not occur in article alpha",
    ]);
    expect(factProblems(evidence("Kenya plans to send 1000 police officers"))).toEqual([
      "content/facts/test.yaml:12: quote does not occur in article alpha",
    ]);
  });

  it("requires accents to match", () => {
    const evidence = (quote: string) => fact("a", { evidence: `\n    - article: beta\n      quote: ${JSON.stringify(quote)}` });
    expect(factProblems(evidence("Jovenel Moïse"))).toEqual([]);
    expect(factProblems(evidence("Jovenel Moise"))).toEqual(["content/facts/test.yaml:12: quote does not occur in article beta"]);
  });

  it("checks the evidence of each conflict side", () => {
    const conflict = (sides: string) =>
      fact("a", { conflict: `\n    kind: disagreement\n    about: "what they are"\n    question: "What does {source} call them?"\n    sides:${sides}` });
    const side = (label: string, article: string, quote: string) =>
      `\n      - label: ${label}\n        evidence:\n          - article: ${article}\n            quote: "${quote}"`;
    expect(factProblems(conflict(side("police", "alpha", "1,000 police officers") + side("soldiers", "beta", "1,000 soldiers")))).toEqual([]);
    expect(factProblems(conflict(side("police", "alpha", "1,000 police officers") + side("soldiers", "gamma", "1,000 soldiers")))).toEqual([
      "content/facts/test.yaml:24: unknown article gamma",
    ]);
    expect(factProblems(conflict(side("police", "alpha", "1,000 police officers") + side("soldiers", "beta", "1,000 troops")))).toEqual([
      "content/facts/test.yaml:25: quote does not occur in article beta",
    ]);
    expect(factProblems(conflict(side("police", "alpha", "1,000 police officers")))).toEqual([
      "content/facts/test.yaml:17: a conflict needs at least two sides",
    ]);
  });
});

describe("parseContent: ids", () => {
  it("keeps the prefix of teachers' own facts out of the shipped content", () => {
    const { problems } = parseContent(content(factsFile("a", fact("t-0123456789ab"))));
    expect(problems.map(formatProblem)).toEqual(['content/facts/a.yaml:1: fact id t-0123456789ab starts with "t-", which is kept for teachers\' own facts']);
  });

  it("reports a duplicate id at its second occurrence, naming the first", () => {
    const { bank, problems } = parseContent(content(factsFile("a", fact("same")), factsFile("b", `${fact("other")}\n${fact("same")}`)));
    expect(problems.map(formatProblem)).toEqual(["content/facts/b.yaml:14: duplicate fact id same (first at content/facts/a.yaml:1)"]);
    expect(bank.facts.map((entry) => entry.source)).toEqual([
      { file: "content/facts/a.yaml", line: 1 },
      { file: "content/facts/b.yaml", line: 1 },
    ]);
  });
});

describe("parseContent: articles", () => {
  const withArticle = (file: ContentFile) => problemsOf([...base(), file]);

  it("reports a missing front matter, or one not closed", () => {
    expect(withArticle({ path: "content/articles/x.md", text: "Just text.\n" })).toEqual([
      "content/articles/x.md:1: missing front matter: the file must start with a --- line",
    ]);
    expect(withArticle({ path: "content/articles/x.md", text: "---\ntitle: x\nJust text.\n" })).toEqual([
      "content/articles/x.md:1: front matter is not closed by a --- line",
    ]);
  });

  it("reports a missing field on line 1 and a bad one on its own line", () => {
    expect(withArticle(article("x", "Body.\n", { source_file: null }))).toEqual(["content/articles/x.md:1: missing field source_file"]);
    expect(withArticle(article("x", "Body.\n", { kind: "blog-post" }))).toEqual([
      'content/articles/x.md:6: kind must be one of news-report, news-brief, opinion, press-statement, press-release, statement, got "blog-post"',
    ]);
    expect(withArticle(article("x", "Body.\n", { published: "Sept 2023" }))).toEqual([
      'content/articles/x.md:5: published must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got "Sept 2023"',
    ]);
    expect(withArticle(article("x", "Body.\n", { outlet: "[a, b]" }))).toEqual(["content/articles/x.md:3: outlet must be a string, got a list"]);
  });

  it("reports a YAML error in the front matter at the file's line", () => {
    expect(withArticle(article("x", "Body.\n", { author: "a: b: c" }))).toEqual([
      "content/articles/x.md:4: YAML syntax error: Nested mappings are not allowed in compact mappings",
    ]);
  });

  it("reports a body hash mismatch with the expected hash", () => {
    const file = article("x", "Body.\n", { hash: sha256("Another body.\n") });
    expect(withArticle(file)).toEqual([`content/articles/x.md:8: body hash mismatch: expected hash ${sha256("Body.\n")}`]);
  });

  it("hashes everything after the closing --- line as the body", () => {
    const body = "\nFirst line.\n\n---\nStill body.\n";
    const { bank, problems } = parseContent([...base(), article("x", body)]);
    expect(problems).toEqual([]);
    expect(bank.articles.find((entry) => entry.slug === "x")?.body).toBe(body);
  });

  it("does not report the quotes of an article without front matter again", () => {
    const files = replacing(content(factsFile("test", fact("a"))), { path: "content/articles/alpha.md", text: ALPHA_BODY });
    expect(problemsOf(files)).toEqual(["content/articles/alpha.md:1: missing front matter: the file must start with a --- line"]);
  });
});

describe("parseContent: entities", () => {
  const entityProblems = (text: string) => problemsOf(replacing(base(), entitiesFile(text)));

  it("reports a missing entities file", () => {
    expect(problemsOf(base().filter((file) => file.path !== "content/entities.yaml"))).toEqual(["content/entities.yaml:1: file is missing"]);
  });

  it("reports an alias used by two entities", () => {
    const text = ENTITIES.replace("aliases: [Security Council]", "aliases: [Security Council, ruto]");
    expect(entityProblems(text)).toEqual(['content/entities.yaml:9: alias "ruto" of UN Security Council is already used by William Ruto (line 3)']);
  });

  it("compares names and aliases without accents or case", () => {
    const text = ENTITIES.replace("aliases: [Ruto]", "aliases: [Ruto, Moïse]").replace("aliases: [Security Council]", "aliases: [Security Council, MOISE]");
    expect(entityProblems(text)).toEqual(['content/entities.yaml:9: alias "MOISE" of UN Security Council is already used by William Ruto (line 3)']);
  });

  it("reports a duplicated entity name, and a name already used as an alias", () => {
    expect(entityProblems(ENTITIES.replace("  - name: United States", "  - name: Kenya\n    aliases: []\n    region: africa\n  - name: United States"))).toEqual([
      'content/entities.yaml:15: duplicate entity name "Kenya" (first at line 12)',
    ]);
    expect(entityProblems(ENTITIES.replace("  - name: Nairobi", "  - name: US"))).toEqual([
      'content/entities.yaml:19: entity name "US" is already an alias of United States (line 16)',
    ]);
  });

  it("reports a duplicated alias of one entity", () => {
    expect(entityProblems(ENTITIES.replace("aliases: [Ruto]", "aliases: [Ruto, William Ruto]"))).toEqual([
      'content/entities.yaml:3: duplicate alias "William Ruto" of William Ruto',
    ]);
  });

  it("reports a missing category and an entity without name", () => {
    expect(entityProblems(ENTITIES.replace(/places:[\s\S]*$/, ""))).toEqual(["content/entities.yaml:1: missing field places"]);
    expect(entityProblems(ENTITIES.replace("  - name: Kenya\n", "  - title: Kenya\n"))).toEqual([
      "content/entities.yaml:12: missing field countries[0].name",
      "content/entities.yaml:12: unknown field countries[0].title",
    ]);
  });
});

describe("parseContent: provenance of an article", () => {
  const withArticle = (file: ContentFile) => problemsOf([...base(), file]);
  const loaded = (file: ContentFile) => parseContent([...base(), file]).bank.articles.find((entry) => entry.slug === "x");

  it("accepts the names its source states, markup, case, accents and curly apostrophes aside", () => {
    const file = article("x", "Body.\n", { title: `"Kenya's defense deal"`, outlet: '"Example Weekly"', author: '"Jane Writer"', republished_from: '"Haiti Liberte"' });
    expect(withArticle(file)).toEqual([]);
    expect(loaded(file)).toMatchObject({ title: "Kenya's defense deal", outlet: "Example Weekly", author: "Jane Writer", republishedFrom: "Haiti Liberte", citedAs: "Example Weekly" });
  });

  it("reports a title, an outlet, an author or a republished outlet that the source does not name", () => {
    expect(withArticle(article("x", "Body.\n", { title: '"Another title"' }))).toEqual([
      'content/articles/x.md:2: the source source.txt does not name the title "Another title"',
    ]);
    expect(withArticle(article("x", "Body.\n", { outlet: '"Example Times"' }))).toEqual([
      'content/articles/x.md:3: the source source.txt does not name the outlet "Example Times"',
    ]);
    expect(withArticle(article("x", "Body.\n", { author: '"John Writer"' }))).toEqual([
      'content/articles/x.md:4: the source source.txt does not name the author "John Writer"',
    ]);
    expect(withArticle(article("x", "Body.\n", { republished_from: '"Le Nouvelliste"' }))).toEqual([
      'content/articles/x.md:9: the source source.txt does not name the outlet it republishes "Le Nouvelliste"',
    ]);
  });

  it("leaves an article whose provenance is wrong out of the bank", () => {
    expect(loaded(article("x", "Body.\n", { outlet: '"Example Times"' }))).toBeUndefined();
  });

  it("does not look for a title the editors supplied, and says it was supplied", () => {
    const file = article("x", "Body.\n", { title: '"An editors\' headline"', title_supplied: "true" });
    expect(withArticle(file)).toEqual([]);
    expect(loaded(file)).toMatchObject({ title: "An editors' headline", titleIsSupplied: true });
  });

  it("requires cited_as for an article without an outlet, and cites it so", () => {
    expect(withArticle(article("x", "Body.\n", { outlet: "null" }))).toEqual([
      'content/articles/x.md:3: an article without an outlet needs cited_as, how learners see it named ("the Disquiet article")',
    ]);
    const file = article("x", "Body.\n", { outlet: "null", cited_as: '"the unsigned note"' });
    expect(withArticle(file)).toEqual([]);
    expect(loaded(file)).toMatchObject({ outlet: null, citedAs: "the unsigned note" });
  });

  it("reports an author given as the outlet or as cited_as, case and accents aside", () => {
    expect(withArticle(article("x", "Body.\n", { outlet: '"Jane Writer"', author: '"JANE WRITER"' }))).toEqual([
      'content/articles/x.md:3: the author "JANE WRITER" is given as the outlet',
    ]);
    expect(withArticle(article("x", "Body.\n", { outlet: "null", author: '"Jane Writer"', cited_as: '"Jane Wríter"' }))).toEqual([
      'content/articles/x.md:9: cited_as is the author "Jane Writer": name the article ("the Disquiet article")',
    ]);
  });

  it("reports a source file that is not in sources/", () => {
    expect(withArticle(article("x", "Body.\n", { source_file: "other.txt" }))).toEqual(["content/articles/x.md:7: source file other.txt is not in sources/"]);
    expect(problemsOf(content().filter((file) => !file.path.startsWith("content/sources/")))).toEqual([
      "content/articles/alpha.md:7: source file source.txt is not in sources/",
      "content/articles/beta.md:7: source file source.txt is not in sources/",
    ]);
  });
});

describe("parseContent: topics", () => {
  const topicProblems = (text: string) => problemsOf(replacing(base(), topicsFile(text)));

  it("reports a missing topics file", () => {
    expect(problemsOf(base().filter((file) => file.path !== "content/topics.yaml"))).toEqual(["content/topics.yaml:1: file is missing"]);
  });

  it("reports a topics file that is not a list, a duplicate slug, a slug not in kebab-case and a topic without title", () => {
    expect(topicProblems("agreement: The agreement\n")).toEqual(["content/topics.yaml:1: topics file must be a list of slug and title"]);
    expect(topicProblems(`${TOPICS}- slug: agreement\n  title: Again\n`)).toEqual(["content/topics.yaml:5: duplicate topic agreement"]);
    expect(topicProblems("- slug: The Agreement\n  title: x\n")).toEqual(['content/topics.yaml:1: [0].slug must be kebab-case, got "The Agreement"']);
    expect(topicProblems("- slug: agreement\n  title: x\n- slug: haiti\n")).toEqual(["content/topics.yaml:3: missing field [1].title"]);
  });

  it("reports a fact's topic that topics.yaml does not list, at the topic", () => {
    expect(factProblems(fact("a", { topics: "[agreement, sport]" }))).toEqual(["content/facts/test.yaml:8: unknown topic sport: topics are listed in content/topics.yaml"]);
  });

  it("does not check facts' topics against an unreadable topics file", () => {
    const files = replacing(content(factsFile("test", fact("a", { topics: "[sport]" }))), topicsFile("- slug: [x\n"));
    expect(problemsOf(files)).toEqual(["content/topics.yaml:2: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]"]);
  });
});

describe("parseContent: entity types, sides and the story", () => {
  const entityProblems = (text: string) => problemsOf(replacing(base(), entitiesFile(text)));
  const MOMBASA = "  - name: Mombasa\n    aliases: []\n    type: city\n    country: Kenya\n";

  it("reports an unknown side, status, organization type, region or place type", () => {
    expect(entityProblems(ENTITIES.replace("side: official", "side: politician"))).toEqual([
      'content/entities.yaml:6: people[0].side must be one of official, critic, researcher, journalist, got "politician"',
    ]);
    expect(entityProblems(ENTITIES.replace("side: official\n", "side: official\n    status: retired\n"))).toEqual([
      'content/entities.yaml:7: people[0].status must be one of living, deceased, got "retired"',
    ]);
    expect(entityProblems(ENTITIES.replace("type: international-body", "type: club"))).toEqual([
      'content/entities.yaml:10: organizations[0].type must be one of government-body, news-outlet, ngo, armed-group, party, international-body, got "club"',
    ]);
    expect(entityProblems(ENTITIES.replace("region: africa", "region: east-africa"))).toEqual([
      'content/entities.yaml:14: countries[0].region must be one of africa, caribbean, central-america, south-america, north-america, europe, asia, got "east-africa"',
    ]);
    expect(entityProblems(ENTITIES.replace("type: city", "type: town"))).toEqual([
      'content/entities.yaml:21: places[0].type must be one of city, region, continent, got "town"',
    ]);
  });

  it("requires a person's title and side", () => {
    expect(entityProblems(ENTITIES.replace("    title: President of Kenya\n", "").replace("    side: official\n", ""))).toEqual([
      "content/entities.yaml:2: missing field people[0].title",
      "content/entities.yaml:2: missing field people[0].side",
    ]);
  });

  it("reports a country that is not an entity under countries", () => {
    expect(entityProblems(ENTITIES.replace("    country: Kenya\n", "    country: Kenia\n"))).toEqual(['content/entities.yaml:5: country "Kenia" is not a name under countries']);
  });

  it("reports an entity of the story that no article names, unless it is marked in_story: false", () => {
    expect(entityProblems(ENTITIES + MOMBASA)).toEqual(["content/entities.yaml:23: no article names Mombasa: mark it in_story: false if it is kept as a wrong option"]);
    expect(entityProblems(`${ENTITIES + MOMBASA}    in_story: false\n`)).toEqual([]);
    expect(parseContent(replacing(base(), entitiesFile(`${ENTITIES + MOMBASA}    in_story: false\n`))).bank.entities.places[1]?.inStory).toBe(false);
  });

  it("reports an entity marked in_story: false that an article names, by its name or an alias", () => {
    expect(entityProblems(ENTITIES.replace("    country: Kenya\n", "    country: Kenya\n    in_story: false\n"))).toEqual([
      'content/entities.yaml:6: William Ruto is marked in_story: false, but an article names "William Ruto"',
    ]);
    expect(entityProblems(`${ENTITIES}  - name: Kampala\n    aliases: [Nairobi]\n    type: city\n    in_story: false\n`)).toEqual([
      'content/entities.yaml:24: alias "Nairobi" of Kampala is already used by Nairobi (line 19)',
      'content/entities.yaml:26: Kampala is marked in_story: false, but an article names "Nairobi"',
    ]);
  });

  it("reports evidence for an entity kept out of the story", () => {
    const person = '  - name: Irungu Houghton\n    aliases: []\n    title: Activist\n    side: critic\n    in_story: false\n    evidence:\n      - article: alpha\n        quote: "said William Ruto."\n';
    expect(entityProblems(ENTITIES.replace("organizations:\n", `${person}organizations:\n`))).toEqual([
      "content/entities.yaml:12: Irungu Houghton is not in the story (in_story: false) but has evidence",
    ]);
  });

  it("reports an alias that no article uses", () => {
    expect(entityProblems(ENTITIES.replace("  - name: Nairobi\n    aliases: []", "  - name: Nairobi\n    aliases: [Nairobi City]"))).toEqual([
      'content/entities.yaml:20: no article spells Nairobi "Nairobi City"',
    ]);
  });

  it("counts names that only the front matter gives, and ignores accents and case", () => {
    const outlet = "  - name: Example Daily\n    aliases: []\n    type: news-outlet\n    side: journalist\n";
    const person = "  - name: JOVENEL MOISE\n    aliases: []\n    title: President of Haiti\n    side: official\n    status: deceased\n";
    const text = ENTITIES.replace("organizations:\n", `${person}organizations:\n${outlet}`);
    expect(entityProblems(text)).toEqual([]);
  });

  it("checks an entity's evidence against the articles", () => {
    const evidence = (article: string, quote: string) => ENTITIES.replace("    side: official\n", `    side: official\n    evidence:\n      - article: ${article}\n        quote: "${quote}"\n`);
    expect(entityProblems(evidence("alpha", "said William Ruto."))).toEqual([]);
    expect(entityProblems(evidence("alpha", "said President William Ruto."))).toEqual(["content/entities.yaml:9: quote does not occur in article alpha"]);
    expect(entityProblems(evidence("gamma", "said William Ruto."))).toEqual(["content/entities.yaml:8: unknown article gamma"]);
  });
});

/** Entities with near misses for wrong options: a city of the story's country, a region, a critic. */
const WITH_NEAR_MISSES = ENTITIES.replace(
  "organizations:\n",
  "  - name: Irungu Houghton\n    aliases: []\n    title: Activist\n    side: critic\n    in_story: false\norganizations:\n",
).concat("  - name: Mombasa\n    aliases: []\n    type: city\n    country: Kenya\n    in_story: false\n  - name: East Africa\n    aliases: []\n    type: region\n    in_story: false\n");

describe("parseContent: curated distractors", () => {
  const distractorProblems = (extra: Record<string, string>) =>
    problemsOf(replacing(content(factsFile("test", fact("a", extra))), entitiesFile(WITH_NEAR_MISSES)));
  const ruto = { statement: '"William Ruto said he is ready to help."', question: '"Who said he is ready to help?"', answer: '\n    type: person\n    value: "William Ruto"' };

  it("accepts entities of the answer's own group and fine type", () => {
    expect(distractorProblems({ distractors: '["Mombasa"]' })).toEqual([]);
  });

  it("reports a distractor given twice, case aside", () => {
    expect(distractorProblems({ distractors: '["Mombasa", "mombasa"]' })).toEqual(['content/facts/test.yaml:13: duplicate distractor "mombasa"']);
  });

  it("reports a distractor that is the answer, one of its aliases or accepted answers, or another name of its entity", () => {
    expect(distractorProblems({ distractors: '["nairobi"]' })).toEqual(['content/facts/test.yaml:13: distractor "nairobi" is the answer']);
    expect(distractorProblems({ answer: '\n    type: place\n    value: "Nairobi"\n    aliases: ["Nairobi City"]', distractors: '["Nairobi City"]' })).toEqual([
      'content/facts/test.yaml:14: distractor "Nairobi City" is the answer',
    ]);
    expect(distractorProblems({ accepted: '["the Kenyan capital"]', distractors: '["the Kenyan capital"]' })).toEqual([
      'content/facts/test.yaml:14: distractor "the Kenyan capital" is the answer',
    ]);
    expect(distractorProblems({ ...ruto, distractors: '["Ruto"]' })).toEqual(['content/facts/test.yaml:13: distractor "Ruto" is the answer']);
  });

  it("reports a distractor of another group, or that is not an entity, for an entity answer", () => {
    expect(distractorProblems({ distractors: '["Kenya"]' })).toEqual(['content/facts/test.yaml:13: distractor "Kenya" is not listed under places in content/entities.yaml']);
    expect(distractorProblems({ distractors: '["Atlantis"]' })).toEqual(['content/facts/test.yaml:13: distractor "Atlantis" is not listed under places in content/entities.yaml']);
  });

  it("reports a distractor of another fine type: a region for a city, a critic for an official", () => {
    expect(distractorProblems({ distractors: '["East Africa"]' })).toEqual([
      'content/facts/test.yaml:13: distractor "East Africa" is a place (region); the answer "Nairobi" is a place (city)',
    ]);
    expect(distractorProblems({ ...ruto, distractors: '["Irungu Houghton"]' })).toEqual([
      'content/facts/test.yaml:13: distractor "Irungu Houghton" is a person (critic); the answer "William Ruto" is a person (official)',
    ]);
  });

  it("checks the distractors of a list of entities against the list's group", () => {
    const list = { statement: '"Kenya and the United States signed a defense agreement."', answer: "\n    type: list\n    items: [Kenya, United States]" };
    expect(distractorProblems({ ...list, distractors: '["Nairobi"]' })).toEqual(['content/facts/test.yaml:13: distractor "Nairobi" is not listed under countries in content/entities.yaml']);
    expect(distractorProblems({ ...list, distractors: '["Kenya"]' })).toEqual(['content/facts/test.yaml:13: distractor "Kenya" is the answer']);
  });

  it("does not look up the distractors of a number or a text answer among entities", () => {
    const number = { statement: '"Kenya plans to send 1,000 police officers."', answer: '\n    type: number\n    value: "1,000"\n    number: 1000\n    unit: officers' };
    expect(distractorProblems({ ...number, distractors: '["2,000", "Nairobi"]' })).toEqual([]);
    expect(distractorProblems({ ...number, distractors: '["1,000"]' })).toEqual(['content/facts/test.yaml:15: distractor "1,000" is the answer']);
  });
});

describe("parseContent: false variants", () => {
  it("reports a false variant that says the same as the statement, case and punctuation aside", () => {
    expect(factProblems(fact("a", { false_variants: '\n    - "kenya and the United States signed a defense agreement in Nairobi"' }))).toEqual([
      "content/facts/test.yaml:14: false variant says the same as the statement",
    ]);
  });

  it("reports a false variant given twice", () => {
    const variant = '"Kenya and the United States signed a defense agreement in Mombasa."';
    expect(factProblems(fact("a", { false_variants: `\n    - ${variant}\n    - ${variant}` }))).toEqual(["content/facts/test.yaml:15: duplicate false variant"]);
  });

  it("reports false variants for an opinion, which is never true or false", () => {
    const opinion = fact("a", { ...OPINION, false_variants: '["The editors of Example Weekly write that the mission is a success."]' });
    expect(factProblems(opinion)).toEqual(["content/facts/test.yaml:14: an opinion is never true or false: remove its false_variants"]);
  });
});

describe("parseContent: formats", () => {
  const formats = (list: string, extra: Record<string, string> = {}) => factProblems(fact("a", { ...extra, formats: list }));

  it("accepts the formats a fact can take, in any order", () => {
    expect(formats("[cloze, multiple-choice, typed-answer, true-false]")).toEqual([]);
  });

  it("reports an unknown format and an empty list", () => {
    expect(formats("[essay]")).toEqual([
      'content/facts/test.yaml:13: formats[0] must be one of multiple-choice, multi-select, true-false, cloze, typed-answer, numeric, attribution, got "essay"',
    ]);
    expect(formats("[]")).toEqual(["content/facts/test.yaml:13: formats must not be empty"]);
  });

  it("reports each format the fact's kind or answer cannot take, at the format", () => {
    expect(formats("[multiple-choice, numeric, multi-select, attribution]")).toEqual([
      "content/facts/test.yaml:13: format numeric: numeric items need a number or money answer",
      "content/facts/test.yaml:13: format multi-select: multi-select items need a list answer",
      "content/facts/test.yaml:13: format attribution: attribution items need a claim, a quote or an opinion",
    ]);
    const list = { statement: '"Kenya and the United States signed a defense agreement."', answer: "\n    type: list\n    items: [Kenya, United States]" };
    expect(formats("[multi-select, true-false, cloze]", list)).toEqual(["content/facts/test.yaml:13: format cloze: a list answer cannot be a cloze item"]);
    expect(formats("[attribution, true-false]", OPINION)).toEqual(["content/facts/test.yaml:14: format true-false: an opinion only becomes attribution items"]);
  });
});

describe("parseContent: facts about the world at publication time", () => {
  const council = {
    statement: '"As of September 2023, the UN Security Council had not yet voted on the mission."',
    question: '"As of September 2023, which body had not yet voted on the mission?"',
    answer: '\n    type: organization\n    value: "UN Security Council"',
    evidence: '\n    - article: beta\n      quote: "The US asks the UN Security Council to vote."',
  };

  it("reports a state-of-the-world word in the statement without as_of", () => {
    for (const words of ["still", "currently", "in the works", "so far", "not yet", "has yet to", "is expected to", "is waiting", "awaits", "pending"]) {
      const statement = `"Kenya and the United States ${words} sign a defense agreement in Nairobi."`;
      expect(factProblems(fact("a", { statement })), words).toEqual([
        `content/facts/test.yaml:2: "${words}" describes the world when an article was written: add as_of (the article) and say when`,
      ]);
    }
  });

  it("reports such a word in the question at the question's line", () => {
    expect(factProblems(fact("a", { question: '"Where is the agreement still in force?"' }))).toEqual([
      'content/facts/test.yaml:4: "still" describes the world when an article was written: add as_of (the article) and say when',
    ]);
  });

  it("ignores such words inside quotation marks and inside other words", () => {
    expect(factProblems(fact("a", { statement: '"Kenya and the United States signed a defense agreement in Nairobi, a deal critics call “still secret”."' }))).toEqual([]);
    expect(factProblems(fact("a", { statement: '"Kenya and the United States signed a stillborn defense agreement in Nairobi."' }))).toEqual([]);
  });

  it("accepts a fact as of an article whose statement and question name its month and year", () => {
    expect(factProblems(fact("a", { ...council, as_of: "beta" }))).toEqual([]);
  });

  it("reports an as_of article that does not exist", () => {
    expect(factProblems(fact("a", { ...council, as_of: "gamma" }))).toEqual(["content/facts/test.yaml:13: unknown article gamma"]);
  });

  it("reports a statement or question that does not name the article's month and year", () => {
    const statement = '"In 2023, the UN Security Council had not yet voted on the mission."';
    expect(factProblems(fact("a", { ...council, statement, as_of: "beta" }))).toEqual([
      "content/facts/test.yaml:2: a fact as of beta names when: September 2023 is missing from the statement",
    ]);
    expect(factProblems(fact("a", { ...council, question: '"Which body had not yet voted on the mission?"', as_of: "beta" }))).toEqual([
      "content/facts/test.yaml:4: a fact as of beta names when: September 2023 is missing from the question",
    ]);
  });

  it("asks only for the year of an article dated by its year", () => {
    const files = replacing(
      content(factsFile("test", fact("a", { ...council, statement: '"In 2023, the UN Security Council had not yet voted on the mission."', question: '"In 2023, which body had not yet voted on the mission?"', as_of: "beta" }))),
      article("beta", BETA_BODY, { kind: "opinion", published: "2023" }),
    );
    expect(problemsOf(files)).toEqual([]);
  });
});

describe("parseContent: kinds of conflict", () => {
  const side = (label: string, article: string, quote: string, extra = "") =>
    `\n      - label: ${label}${extra}\n        evidence:\n          - article: ${article}\n            quote: "${quote}"`;
  const sides = side("police", "alpha", "1,000 police officers") + side("soldiers", "beta", "1,000 soldiers");
  const conflict = (fields: string, sideText = sides) => factProblems(fact("a", { conflict: `${fields}\n    about: "what they are"\n    sides:${sideText}` }));
  const disagreement = '\n    kind: disagreement\n    question: "What does {source} call them?"';
  const sourceError = '\n    kind: source-error\n    question: "What are they?"\n    correction: "Police officers: beta is wrong."';

  it("accepts a disagreement and a source error", () => {
    expect(conflict(disagreement)).toEqual([]);
    expect(conflict(sourceError, side("police", "alpha", "1,000 police officers") + side("soldiers", "beta", "1,000 soldiers", "\n        error: true"))).toEqual([]);
  });

  it("reports a conflict without kind or question, and an unknown kind", () => {
    expect(conflict('\n    question: "What does {source} call them?"')).toEqual(["content/facts/test.yaml:13: missing field conflict.kind"]);
    expect(conflict("\n    kind: disagreement")).toEqual(["content/facts/test.yaml:13: missing field conflict.question"]);
    expect(conflict(disagreement.replace("disagreement", "dispute"))).toEqual([
      'content/facts/test.yaml:14: conflict.kind must be one of disagreement, source-error, got "dispute"',
    ]);
  });

  it("reports a disagreement whose question does not name {source}, with a side in error or with a correction", () => {
    expect(conflict('\n    kind: disagreement\n    question: "What are they called?"')).toEqual(["content/facts/test.yaml:15: a disagreement's question names the source as {source}"]);
    expect(conflict(disagreement, side("police", "alpha", "1,000 police officers") + side("soldiers", "beta", "1,000 soldiers", "\n        error: true"))).toEqual([
      "content/facts/test.yaml:23: a side of a disagreement is not an error: make the conflict a source-error",
    ]);
    expect(conflict(`${disagreement}\n    correction: "Police officers."`)).toEqual(["content/facts/test.yaml:16: a disagreement has no correction: make the conflict a source-error"]);
  });

  it("reports a source error without correction, with {source} in its question, or without one wrong and one right side", () => {
    const wrong = side("police", "alpha", "1,000 police officers") + side("soldiers", "beta", "1,000 soldiers", "\n        error: true");
    expect(conflict(sourceError.replace('\n    correction: "Police officers: beta is wrong."', ""), wrong)).toEqual([
      "content/facts/test.yaml:14: a source error needs a correction: what is right, and which source is wrong",
    ]);
    expect(conflict(sourceError.replace("What are they?", "What does {source} call them?"), wrong)).toEqual([
      "content/facts/test.yaml:15: a source error's question asks for the correct answer, not a source's word",
    ]);
    const line = "content/facts/test.yaml:18: a source error has at least one side marked error: true and one that is right";
    expect(conflict(sourceError)).toEqual([line]);
    expect(conflict(sourceError, side("police", "alpha", "1,000 police officers", "\n        error: true") + side("soldiers", "beta", "1,000 soldiers", "\n        error: true"))).toEqual([line]);
  });
});

describe("parseContent: what a source error asks", () => {
  const side = (label: string, article: string, quote: string, extra = "") =>
    `\n      - label: ${label}${extra}\n        evidence:\n          - article: ${article}\n            quote: "${quote}"`;
  const wrong = side("police", "alpha", "1,000 police officers") + side("soldiers", "beta", "1,000 soldiers", "\n        error: true");
  const conflict = (fields: string, sideText = wrong) => factProblems(fact("a", { conflict: `${fields}\n    about: "what they are"\n    sides:${sideText}` }));
  const sourceError = (asks: string) => `\n    kind: source-error\n    asks: ${asks}\n    question: "Which source calls them soldiers?"\n    correction: "Police officers: beta is wrong."`;

  it("asks for the correct answer unless the curator asks for the source", () => {
    const parsed = (asks: string | null) =>
      parseContent(
        content(
          factsFile(
            "test",
            fact("a", { conflict: `${asks ? sourceError(asks) : sourceError("x").replace("\n    asks: x", "")}\n    about: "what they are"\n    sides:${wrong}` }),
          ),
        ),
      ).bank.facts[0]?.conflict?.asks;
    expect(parsed(null)).toBe("answer");
    expect(parsed("source")).toBe("source");
    expect(conflict(sourceError("source"))).toEqual([]);
  });

  it("reports an unknown value, asks on a disagreement, and a source asked for whose error is in two articles or also on a right side", () => {
    expect(conflict(sourceError("outlet"))).toEqual(['content/facts/test.yaml:15: conflict.asks must be one of answer, source, got "outlet"']);
    expect(conflict('\n    kind: disagreement\n    asks: source\n    question: "What does {source} call them?"', side("police", "alpha", "1,000 police officers") + side("soldiers", "beta", "1,000 soldiers"))).toEqual([
      "content/facts/test.yaml:15: a disagreement asks what each source says: asks is for a source error",
    ]);
    const message = "content/facts/test.yaml:15: a source error that asks which source made it needs its error in one article only, on no right side";
    const twoArticles = side("police", "alpha", "1,000 police officers") + `${side("soldiers", "beta", "1,000 soldiers", "\n        error: true")}\n          - article: alpha\n            quote: "1,000 police officers"`;
    expect(conflict(sourceError("source"), twoArticles)).toEqual([message]);
    const onBothSides = side("police", "beta", "the mission could start") + side("soldiers", "beta", "1,000 soldiers", "\n        error: true");
    expect(conflict(sourceError("source"), onBothSides)).toEqual([message]);
  });
});

describe("parseContent: editorial review", () => {
  const reviewProblems = (text: string) => problemsOf([...base(), reviewFile(text)]);

  it("loads verdicts by item id, with the line of each", () => {
    const text = "# verdicts\n- item: 0123456789ab\n  verdict: reject\n  reason: Too easy.\n- item: ba9876543210\n  verdict: approve\n  reason: Fine.\n  by: An Editor\n";
    const { bank, problems } = parseContent([...base(), reviewFile(text)]);
    expect(problems).toEqual([]);
    expect(bank.reviews).toEqual([
      { item: "0123456789ab", verdict: "reject", reason: "Too easy.", by: null, line: 2 },
      { item: "ba9876543210", verdict: "approve", reason: "Fine.", by: "An Editor", line: 5 },
    ]);
  });

  it("accepts a review file without verdicts", () => {
    expect(reviewProblems("# No verdicts yet.\n")).toEqual([]);
  });

  it("reports a review file that is not a list", () => {
    expect(reviewProblems("item: 0123456789ab\n")).toEqual(["content/review.yaml:1: review file must be a list of item, verdict and reason"]);
  });

  it("reports a malformed item id, an unknown verdict and a verdict without reason", () => {
    expect(reviewProblems("- item: 0123456789AB\n  verdict: approve\n  reason: x\n")).toEqual([
      'content/review.yaml:1: [0].item must be an item id (12 hex digits), got "0123456789AB"',
    ]);
    expect(reviewProblems("- item: 0123456789ab\n  verdict: maybe\n  reason: x\n")).toEqual(['content/review.yaml:2: [0].verdict must be one of approve, reject, got "maybe"']);
    expect(reviewProblems("- item: 0123456789ab\n  verdict: approve\n")).toEqual(["content/review.yaml:1: missing field [0].reason"]);
  });

  it("reports a second verdict on one item, naming the first", () => {
    const verdict = "- item: 0123456789ab\n  verdict: approve\n  reason: x\n";
    expect(reviewProblems(verdict + verdict)).toEqual(["content/review.yaml:4: second verdict on item 0123456789ab (first at line 1)"]);
  });
});

describe("parseContent: matching items", () => {
  const matchingFile = (text: string): ContentFile => ({ path: "content/matching.yaml", text });
  const facts = factsFile("test", ["a", "b", "c", "d", "e"].map((id) => fact(`fact-${id}`)).join("\n"));
  const pairs = (ids: string[]) => ids.map((id) => `    - fact: fact-${id}\n      left: "Premise ${id}"\n      right: "clue ${id}"\n`).join("");
  const group = (id: string, ids: string[], extras = '["an extra clue"]') => `- id: ${id}\n  prompt: "Match them."\n  pairs:\n${pairs(ids)}  extras: ${extras}\n`;
  const matchingProblems = (text: string) => problemsOf([...content(facts), matchingFile(text)]);

  it("loads each group with its pairs, extras and line", () => {
    const { bank, problems } = parseContent([...content(facts), matchingFile(`# groups\n${group("four", ["a", "b", "c", "d"])}`)]);
    expect(problems).toEqual([]);
    expect(bank.matching).toEqual([
      {
        id: "four",
        prompt: "Match them.",
        pairs: ["a", "b", "c", "d"].map((id) => ({ fact: `fact-${id}`, left: `Premise ${id}`, right: `clue ${id}` })),
        extras: ["an extra clue"],
        line: 2,
      },
    ]);
  });

  it("accepts an empty matching file", () => {
    expect(matchingProblems("# none yet\n")).toEqual([]);
  });

  it("reports too few pairs, an unknown fact and no extra response", () => {
    expect(matchingProblems(group("three", ["a", "b", "c"]))).toEqual(["content/matching.yaml:3: a matching item needs at least 4 pairs, this one has 3"]);
    expect(matchingProblems(group("unknown", ["a", "b", "c", "z"]))).toEqual(["content/matching.yaml:13: unknown fact fact-z"]);
    expect(matchingProblems(group("none", ["a", "b", "c", "d"], "[]"))).toEqual(["content/matching.yaml:16: [0].extras must not be empty"]);
  });

  it("reports a fact asked by two groups, a repeated premise or clue, and an extra that is a clue", () => {
    expect(matchingProblems(group("first", ["a", "b", "c", "d"]) + group("second", ["e", "b", "c", "d"]).replace("fact-e", "fact-a"))).toEqual([
      "content/matching.yaml:20: fact fact-a is already asked by matching item first",
      "content/matching.yaml:23: fact fact-b is already asked by matching item first",
      "content/matching.yaml:26: fact fact-c is already asked by matching item first",
      "content/matching.yaml:29: fact fact-d is already asked by matching item first",
    ]);
    expect(matchingProblems(group("twice", ["a", "b", "c", "d"]).replace('"Premise b"', '"Premise a"').replace('"clue d"', '"Clue C"'))).toEqual([
      'content/matching.yaml:8: duplicate premise "Premise a"',
      'content/matching.yaml:15: duplicate clue "Clue C"',
    ]);
    expect(matchingProblems(group("extra", ["a", "b", "c", "d"], '["clue b"]'))).toEqual(['content/matching.yaml:16: extra response "clue b" is also a clue']);
  });
});

// ---------------------------------------------------------------------------
// The fixture (tests/fixtures/content/) and its table of edits
// (tests/fixtures/content-edits.ts): each edit breaks one rule.

describe("the fixture and its edits", () => {
  it("reads the fixture without problems: 3 articles, 10 facts, 5 topics and a verdict", () => {
    const { bank, problems } = parseContent(fixtureFiles(), FIXTURE_DIR);
    expect(problems).toEqual([]);
    expect([bank.articles.length, bank.facts.length, bank.topics.length, bank.reviews.length]).toEqual([3, 10, 5, 1]);
    expect(bank.articles.find((entry) => entry.slug === "gamma-note")).toMatchObject({ outlet: null, citedAs: "the unsigned note", titleIsSupplied: true });
  });

  it("has edits with distinct names, each of which finds its text once", () => {
    expect(new Set(CONTENT_EDITS.map((edit) => edit.name)).size).toBe(CONTENT_EDITS.length);
    for (const edit of CONTENT_EDITS) expect(() => editedFixture(edit), edit.name).not.toThrow();
  });

  for (const edit of CONTENT_EDITS.filter((entry) => !entry.gate)) {
    it(`reports ${edit.name} at its line, and nothing else`, () => {
      expect(parseContent(editedFixture(edit), FIXTURE_DIR).problems.map(formatProblem)).toEqual([expectedLine(edit)]);
    });
  }

  it("finds nothing wrong in the content of the quality gate's edits (the gate does)", () => {
    for (const edit of CONTENT_EDITS.filter((entry) => entry.gate)) {
      expect(parseContent(editedFixture(edit), FIXTURE_DIR).problems.map(formatProblem), edit.name).toEqual([]);
    }
  });
});

// ---------------------------------------------------------------------------
// Fact files are read on a fast path (js-yaml and a scan for the line of each
// fact) unless they have a problem, and then on the precise path (the yaml
// package's document). Both must give the same result. entities.yaml,
// topics.yaml and review.yaml are always read on the precise path.

const ROOT = path.resolve(import.meta.dirname, "../..");

/** The result on each path. */
function onBothPaths(files: ContentFile[], dir = "content"): { fast: ParsedContent; precise: ParsedContent } {
  return { fast: parseContent(files, dir), precise: parseContent(files, dir, { fastPath: false }) };
}

/** The paths of the YAML files of `files` that parseContent reads on the precise path. */
function readPrecisely(files: ContentFile[], dir = "content"): string[] {
  const calls = vi.mocked(parseDocument).mock.calls;
  const before = calls.length;
  parseContent(files, dir);
  const texts = new Set(calls.slice(before).map(([text]) => text));
  return files.filter((file) => file.path.endsWith(".yaml") && texts.has(file.text)).map((file) => file.path);
}

/** The fact files of `files` read on the precise path. */
function factFilesReadPrecisely(files: ContentFile[], dir = "content"): string[] {
  return readPrecisely(files, dir).filter((file) => file.startsWith(`${dir}/facts/`));
}

describe("parseContent: fast and precise paths", () => {
  it("read the shipped content alike, with no fact file on the precise path", () => {
    const files = readContentFiles(ROOT);
    const { fast, precise } = onBothPaths(files);
    expect(fast.problems).toEqual([]);
    expect(fast.bank.facts.length).toBeGreaterThan(0);
    expect(fast.bank.facts.map((entry) => entry.source)).toEqual(precise.bank.facts.map((entry) => entry.source));
    expect(fast).toEqual(precise);
    expect(factFilesReadPrecisely(files)).toEqual([]);
  });

  it("read entities.yaml, topics.yaml and review.yaml on the precise path always", () => {
    expect(readPrecisely(fixtureFiles(), FIXTURE_DIR)).toEqual([`${FIXTURE_DIR}/entities.yaml`, `${FIXTURE_DIR}/review.yaml`, `${FIXTURE_DIR}/topics.yaml`]);
  });

  it("read the fixture and the fixture with each edit alike: facts, sources and problem lines", () => {
    for (const files of [fixtureFiles(), ...CONTENT_EDITS.map(editedFixture)]) {
      const { fast, precise } = onBothPaths(files, FIXTURE_DIR);
      expect(fast.bank.facts.map((entry) => entry.source)).toEqual(precise.bank.facts.map((entry) => entry.source));
      expect(fast).toEqual(precise);
    }
  });

  it("read only the fact file with a problem on the precise path", () => {
    const edit = (name: string) => {
      const found = CONTENT_EDITS.find((entry) => entry.name === name);
      if (!found) throw new Error(`no edit ${name}`);
      return editedFixture(found);
    };
    expect(factFilesReadPrecisely(fixtureFiles(), FIXTURE_DIR)).toEqual([]);
    expect(factFilesReadPrecisely(edit("an unknown field"), FIXTURE_DIR)).toEqual([`${FIXTURE_DIR}/facts/haiti-mission.yaml`]);
    expect(factFilesReadPrecisely(edit("a distractor that is the answer"), FIXTURE_DIR)).toEqual([`${FIXTURE_DIR}/facts/agreement.yaml`]);
    // The second occurrence is the problem; the file of the first stays on the fast path.
    expect(factFilesReadPrecisely(edit("a duplicate fact id"), FIXTURE_DIR)).toEqual([`${FIXTURE_DIR}/facts/haiti-mission.yaml`]);
    // A problem outside the fact files leaves them all on the fast path.
    expect(factFilesReadPrecisely(edit("a duplicate entity name"), FIXTURE_DIR)).toEqual([]);
  });

  it("read a synthetic corpus of every kind of fact and answer alike, all on the fast path", () => {
    const files = syntheticContent({ seed: "parse-test", facts: 600, articles: 8 });
    const { fast, precise } = onBothPaths(files);
    expect(fast.problems).toEqual([]);
    expect(fast.bank.facts).toHaveLength(600);
    expect(new Set(fast.bank.facts.map((entry) => entry.kind))).toEqual(new Set(["fact", "claim", "quote", "opinion"]));
    expect(fast).toEqual(precise);
    expect(factFilesReadPrecisely(files)).toEqual([]);
  });

  // Files that js-yaml reads without complaint but the yaml package reads
  // otherwise or reports, and layouts the scan for fact lines does not take.
  const tricky: { name: string; text: string; problems: string[]; fast?: boolean }[] = [
    { name: "CRLF line ends", text: fact("a").replace(/\n/g, "\r\n"), problems: [], fast: true },
    { name: "a list item opened on a line of its own", text: fact("a").replace("- id: a\n", "-\n  id: a\n"), problems: [] },
    { name: "a fact whose first field is not its id", text: fact("a").replace("- id: a\n  statement:", "- statement:").replace("  kind: fact\n", "  kind: fact\n  id: a\n"), problems: [] },
    { name: "a list indented as a whole", text: fact("a").replace(/^/gm, "  "), problems: [] },
    { name: "an explicit tag", text: fact("a", { difficulty: '!!int "2"' }), problems: [] },
    { name: "a binary number (a string to YAML 1.2)", text: fact("a", { difficulty: "0b10" }), problems: ['content/facts/test.yaml:9: difficulty must be one of 1, 2, 3, got "0b10"'] },
    { name: "a hexadecimal number", text: fact("a", { difficulty: "0x2" }), problems: [], fast: true },
    {
      name: "a quoted string continued with enough indentation",
      text: fact("a", { evidence: '\n    - article: alpha\n      quote: "signed a defense agreement\n        on September 25, 2023, in Nairobi."' }),
      problems: [],
      fast: true,
    },
    {
      name: "a quoted string continued without enough indentation",
      text: fact("a", { evidence: '\n    - article: alpha\n      quote: "signed a defense agreement\n      on September 25, 2023, in Nairobi."' }),
      problems: ['content/facts/test.yaml:12: YAML syntax error: Missing closing "quote'],
    },
    { name: "a carriage return alone", text: `${fact("a")}\r`, problems: ["content/facts/test.yaml:13: YAML syntax error: Unexpected scalar at node end"] },
    {
      name: "a comment right after a quote",
      text: fact("a", { question: '"Where was the agreement signed?"# note' }),
      problems: ["content/facts/test.yaml:4: YAML syntax error: Comments must be separated from other tokens by white space characters"],
    },
    { name: "a document marker run into a comment", text: `---# facts\n${fact("a")}`, problems: ["content/facts/test.yaml:1: YAML syntax error: Implicit keys need to be on a single line"] },
    { name: "a YAML 1.1 directive", text: `%YAML 1.1\n---\n${fact("a", { difficulty: "0b10" })}`, problems: [] },
  ];

  for (const { name, text, problems, fast: onFastPath = false } of tricky) {
    it(`read alike: ${name}`, () => {
      const files = content(factsFile("test", text));
      const { fast, precise } = onBothPaths(files);
      expect(fast).toEqual(precise);
      expect(fast.problems.map(formatProblem)).toEqual(problems);
      expect(factFilesReadPrecisely(files)).toEqual(onFastPath ? [] : ["content/facts/test.yaml"]);
    });
  }

  it("give a fact opened on a line of its own the line of its mapping, and name it so in a duplicate id", () => {
    const first = fact("same").replace("- id: same\n", "-\n  id: same\n");
    const { fast, precise } = onBothPaths(content(factsFile("a", first), factsFile("b", fact("same"))));
    expect(fast).toEqual(precise);
    expect(fast.bank.facts.map((entry) => entry.source)).toEqual([{ file: "content/facts/a.yaml", line: 2 }]);
    expect(fast.problems.map(formatProblem)).toEqual(["content/facts/b.yaml:1: duplicate fact id same (first at content/facts/a.yaml:2)"]);
  });
});
