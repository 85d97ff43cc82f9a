import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { parseDocument } from "yaml";
import type * as Yaml from "yaml";
import { syntheticContent } from "@/scripts/bench/synthetic-content";
import { readContentFiles } from "@/scripts/content/read-content";
import { formatProblem, isIsoDate, normalizeWhitespace, parseContent, quoteOccursIn } from "./parse";
import type { ContentFile, ParsedContent } from "./parse";

// The yaml package as it is, with parseDocument watched: the tests of the
// fast path tell from its calls which files were read on the precise path.
vi.mock("yaml", async (importOriginal) => {
  const yaml = await importOriginal<typeof Yaml>();
  return { ...yaml, parseDocument: vi.fn(yaml.parseDocument) };
});

// Small inline content: two articles, entities, and fact files built per test.

const ALPHA_BODY = "Kenya and the United States signed a defense agreement on September 25, 2023, in Nairobi.\n\nKenya plans to send 1,000 police officers to Haiti. “We are ready to help,” said William Ruto.\n";
const BETA_BODY = "Kenya will send 1,000 soldiers to Haiti, and the mission could start in months.\n\nThe mission is a mistake, the editors of Example Weekly write. Le président Jovenel Moïse.\n";

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
organizations:
  - name: UN Security Council
    aliases: [Security Council]
countries:
  - name: Kenya
    aliases: []
  - name: United States
    aliases: [US]
places:
  - name: Nairobi
    aliases: []
`;

const entitiesFile = (text = ENTITIES): ContentFile => ({ path: "content/entities.yaml", text });
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

function content(...facts: ContentFile[]): ContentFile[] {
  return [article("alpha", ALPHA_BODY), article("beta", BETA_BODY, { kind: "opinion" }), entitiesFile(), ...facts];
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

describe("isIsoDate", () => {
  it("accepts YYYY, YYYY-MM and YYYY-MM-DD calendar dates", () => {
    for (const date of ["2023", "2023-09", "2023-09-25", "2024-02-29"]) expect(isIsoDate(date), date).toBe(true);
  });

  it("rejects other forms and impossible dates", () => {
    for (const date of ["23", "2023-9", "2023-9-25", "2023-13", "2023-00", "2023-02-29", "2023-09-31", "September 2023", "2023/09/25"]) {
      expect(isIsoDate(date), date).toBe(false);
    }
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
      outlet: "Example Daily",
      author: null,
      published: "2023-09-26",
      kind: "news-report",
      sourceFile: "source.txt",
      hash: sha256(ALPHA_BODY),
      body: ALPHA_BODY,
    });
    expect(bank.articles[1]?.kind).toBe("opinion");
  });

  it("loads entities, with empty aliases by default", () => {
    expect(bank.entities.people).toEqual([{ name: "William Ruto", aliases: ["Ruto"] }]);
    expect(bank.entities.countries.map((entity) => entity.name)).toEqual(["Kenya", "United States"]);
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
    expect(second?.timeline).toEqual({ date: "2023", event: "Signing" });
    expect(third?.claimant).toBe("Example Weekly");
    expect(third?.evidence).toEqual([{ article: "beta", quote: "the mission could start in months" }]);
  });

  it("reads a content directory other than content/", () => {
    const moved = files.map((file) => ({ ...file, path: file.path.replace(/^content\//, "tests/fixtures/x/") }));
    const result = parseContent(moved, "tests/fixtures/x");
    expect(result.problems).toEqual([]);
    expect(result.bank.facts[0]?.source.file).toBe("tests/fixtures/x/facts/a-first.yaml");
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
      "content/notes.txt:1: not a content file (expected articles/*.md, entities.yaml or facts/*.yaml)",
    ]);
  });

  it("sorts problems by file, then line", () => {
    const problems = problemsOf(
      content(factsFile("b", fact("b1", { difficulty: "0" })), factsFile("a", [fact("a1", { kind: "belief" }), fact("a2", { topics: "[sport]" })].join("\n"))),
    );
    expect(problems).toEqual([
      'content/facts/a.yaml:3: kind must be one of fact, claim, quote, opinion, got "belief"',
      'content/facts/a.yaml:21: topics[0] must be one of agreement, haiti-mission, haiti-crisis, kenya-deployments, objections, quotes, timeline, organizations, people, money, got "sport"',
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
    const conflict = (sides: string) => fact("a", { conflict: `\n    about: "what they are"\n    sides:${sides}` });
    const side = (label: string, article: string, quote: string) =>
      `\n      - label: ${label}\n        evidence:\n          - article: ${article}\n            quote: "${quote}"`;
    expect(factProblems(conflict(side("police", "alpha", "1,000 police officers") + side("soldiers", "beta", "1,000 soldiers")))).toEqual([]);
    expect(factProblems(conflict(side("police", "alpha", "1,000 police officers") + side("soldiers", "gamma", "1,000 soldiers")))).toEqual([
      "content/facts/test.yaml:22: unknown article gamma",
    ]);
    expect(factProblems(conflict(side("police", "alpha", "1,000 police officers") + side("soldiers", "beta", "1,000 troops")))).toEqual([
      "content/facts/test.yaml:23: quote does not occur in article beta",
    ]);
    expect(factProblems(conflict(side("police", "alpha", "1,000 police officers")))).toEqual([
      "content/facts/test.yaml:15: a conflict needs at least two sides",
    ]);
  });
});

describe("parseContent: ids", () => {
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
  const withArticle = (file: ContentFile) => problemsOf([file, entitiesFile()]);

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
      'content/articles/x.md:6: kind must be one of news-report, news-brief, opinion, press-statement, got "blog-post"',
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
    const { bank, problems } = parseContent([article("x", body), entitiesFile()]);
    expect(problems).toEqual([]);
    expect(bank.articles[0]?.body).toBe(body);
  });

  it("does not report the quotes of an article without front matter again", () => {
    const files = [{ path: "content/articles/alpha.md", text: ALPHA_BODY }, entitiesFile(), factsFile("test", fact("a"))];
    expect(problemsOf(files)).toEqual(["content/articles/alpha.md:1: missing front matter: the file must start with a --- line"]);
  });
});

describe("parseContent: entities", () => {
  const entityProblems = (text: string) => problemsOf([entitiesFile(text)]);

  it("reports a missing entities file", () => {
    expect(problemsOf([article("alpha", ALPHA_BODY)])).toEqual(["content/entities.yaml:1: file is missing"]);
  });

  it("reports an alias used by two entities", () => {
    const text = ENTITIES.replace("aliases: [Security Council]", "aliases: [Security Council, ruto]");
    expect(entityProblems(text)).toEqual(['content/entities.yaml:6: alias "ruto" of UN Security Council is already used by William Ruto (line 3)']);
  });

  it("compares names and aliases without accents or case", () => {
    const text = ENTITIES.replace("  - name: Nairobi\n    aliases: []", "  - name: Nairobi\n    aliases: [Moïse]\n  - name: Port-au-Prince\n    aliases: [MOISE]");
    expect(entityProblems(text)).toEqual(['content/entities.yaml:16: alias "MOISE" of Port-au-Prince is already used by Nairobi (line 14)']);
  });

  it("reports a duplicated entity name, and a name already used as an alias", () => {
    expect(entityProblems(ENTITIES.replace("  - name: United States", "  - name: Kenya\n    aliases: []\n  - name: United States"))).toEqual([
      'content/entities.yaml:10: duplicate entity name "Kenya" (first at line 8)',
    ]);
    expect(entityProblems(ENTITIES.replace("  - name: Nairobi", "  - name: US"))).toEqual([
      'content/entities.yaml:13: entity name "US" is already an alias of United States (line 11)',
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
      "content/entities.yaml:8: missing field countries[0].name",
      "content/entities.yaml:8: unknown field countries[0].title",
    ]);
  });
});

// ---------------------------------------------------------------------------
// Fact files and entities.yaml are read on a fast path (js-yaml and a scan for
// the line of each fact) unless they have a problem, and then on the precise
// path (the yaml package's document). Both must give the same result.

const ROOT = path.resolve(import.meta.dirname, "../..");
const BROKEN = "tests/fixtures/content-broken";

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

describe("parseContent: fast and precise paths", () => {
  it("read the shipped content alike, with no file on the precise path", () => {
    const files = readContentFiles(ROOT);
    const { fast, precise } = onBothPaths(files);
    expect(fast.problems).toEqual([]);
    expect(fast.bank.facts.length).toBeGreaterThan(0);
    expect(fast.bank.facts.map((entry) => entry.source)).toEqual(precise.bank.facts.map((entry) => entry.source));
    expect(fast).toEqual(precise);
    expect(readPrecisely(files)).toEqual([]);
  });

  it("read the minimal fixture and every broken fixture alike: facts, sources and problem lines", () => {
    const dirs = ["tests/fixtures/content", ...readdirSync(path.join(ROOT, BROKEN)).map((name) => `${BROKEN}/${name}`)];
    expect(dirs).toHaveLength(29);
    for (const dir of dirs) {
      const { fast, precise } = onBothPaths(readContentFiles(ROOT, dir), dir);
      expect(fast.bank.facts.map((entry) => entry.source), dir).toEqual(precise.bank.facts.map((entry) => entry.source));
      expect(fast, dir).toEqual(precise);
    }
  });

  it("read only the file with a problem on the precise path", () => {
    const read = (name: string) => readPrecisely(readContentFiles(ROOT, `${BROKEN}/${name}`), `${BROKEN}/${name}`);
    expect(readPrecisely(readContentFiles(ROOT, "tests/fixtures/content"), "tests/fixtures/content")).toEqual([]);
    expect(read("unknown-field")).toEqual([`${BROKEN}/unknown-field/facts/haiti-mission.yaml`]);
    expect(read("entity-duplicate-name")).toEqual([`${BROKEN}/entity-duplicate-name/entities.yaml`]);
    // The second occurrence is the problem; the file of the first stays on the fast path.
    expect(read("duplicate-id")).toEqual([`${BROKEN}/duplicate-id/facts/haiti-mission.yaml`]);
  });

  it("read a synthetic corpus of every kind of fact and answer alike, all on the fast path", () => {
    const files = syntheticContent({ seed: "parse-test", facts: 600, articles: 8 });
    const { fast, precise } = onBothPaths(files);
    expect(fast.problems).toEqual([]);
    expect(fast.bank.facts).toHaveLength(600);
    expect(new Set(fast.bank.facts.map((entry) => entry.kind))).toEqual(new Set(["fact", "claim", "quote", "opinion"]));
    expect(fast).toEqual(precise);
    expect(readPrecisely(files)).toEqual([]);
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
      expect(readPrecisely(files)).toEqual(onFastPath ? [] : ["content/facts/test.yaml"]);
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
