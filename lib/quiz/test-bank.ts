// Test helper: the real content of content/ as a ContentBank, read with a
// small loader of its own (no checks: the content checker does those), and a
// large synthetic bank made from it for speed tests.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import type { Answer, Article, ContentBank, Entities, Entity, Evidence, Fact } from "@/lib/content/types";

const ROOT = path.resolve(import.meta.dirname, "../..");

type Raw = Record<string, unknown>;

function text(value: unknown): string {
  return value === undefined || value === null ? "" : String(value);
}

function texts(value: unknown): string[] {
  return Array.isArray(value) ? value.map(text) : [];
}

function readArticle(dir: string, name: string): Article {
  const source = readFileSync(path.join(dir, name), "utf8");
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${name}: no front matter`);
  const front = parse(match[1] ?? "") as Raw;
  return {
    slug: name.replace(/\.md$/, ""),
    title: text(front.title),
    outlet: front.outlet === null ? null : text(front.outlet),
    author: front.author === null ? null : text(front.author),
    published: text(front.published),
    kind: text(front.kind) as Article["kind"],
    sourceFile: text(front.source_file),
    hash: text(front.hash),
    body: match[2] ?? "",
  };
}

function readEntities(file: string): Entities {
  const raw = parse(readFileSync(file, "utf8")) as Record<string, Raw[]>;
  const entities = (list: Raw[] | undefined): Entity[] =>
    (list ?? []).map((entry) => ({
      name: text(entry.name),
      aliases: texts(entry.aliases),
      ...(entry.role === undefined ? {} : { role: text(entry.role) }),
      ...(entry.description === undefined ? {} : { description: text(entry.description) }),
    }));
  return { people: entities(raw.people), organizations: entities(raw.organizations), countries: entities(raw.countries), places: entities(raw.places) };
}

function readAnswer(raw: Raw): Answer {
  const aliases = texts(raw.aliases);
  const type = text(raw.type);
  switch (type) {
    case "number":
      return { type, value: text(raw.value), number: Number(raw.number), unit: text(raw.unit), aliases };
    case "money":
      return { type, value: text(raw.value), amount: Number(raw.amount), currency: text(raw.currency), aliases };
    case "date":
      return { type, value: text(raw.value), date: text(raw.date), aliases };
    case "list":
      return { type, items: texts(raw.items), aliases };
    default:
      return { type: type as "person" | "organization" | "country" | "place" | "text", value: text(raw.value), aliases };
  }
}

function readEvidence(value: unknown): Evidence[] {
  return (Array.isArray(value) ? (value as Raw[]) : []).map((entry) => ({ article: text(entry.article), quote: text(entry.quote) }));
}

function readFacts(file: string, relative: string): Fact[] {
  const source = readFileSync(file, "utf8");
  const lines = source.split("\n");
  return (parse(source) as Raw[]).map((raw) => {
    const fact: Fact = {
      id: text(raw.id),
      statement: text(raw.statement),
      kind: text(raw.kind) as Fact["kind"],
      question: text(raw.question),
      answer: readAnswer(raw.answer as Raw),
      topics: texts(raw.topics),
      difficulty: Number(raw.difficulty) as Fact["difficulty"],
      evidence: readEvidence(raw.evidence),
      source: { file: relative, line: lines.findIndex((line) => line === `- id: ${text(raw.id)}`) + 1 },
    };
    for (const key of ["claimant", "speaker", "quote", "holder"] as const) if (raw[key] !== undefined) fact[key] = text(raw[key]);
    const timeline = raw.timeline as Raw | undefined;
    if (timeline) fact.timeline = { date: text(timeline.date), event: text(timeline.event) };
    const conflict = raw.conflict as Raw | undefined;
    if (conflict) {
      const sides = (conflict.sides as Raw[]).map((side) => ({ label: text(side.label), evidence: readEvidence(side.evidence) }));
      fact.conflict = { about: text(conflict.about), sides };
    }
    return fact;
  });
}

/** The bank of content/ as it is in the working tree. */
export function loadContentBank(root = ROOT): ContentBank {
  const articlesDir = path.join(root, "content/articles");
  const factsDir = path.join(root, "content/facts");
  const sorted = (dir: string, extension: string) =>
    readdirSync(dir)
      .filter((name) => name.endsWith(extension))
      .sort();
  return {
    articles: sorted(articlesDir, ".md").map((name) => readArticle(articlesDir, name)),
    entities: readEntities(path.join(root, "content/entities.yaml")),
    facts: sorted(factsDir, ".yaml").flatMap((name) => readFacts(path.join(factsDir, name), `content/facts/${name}`)),
  };
}

/**
 * At least `count` facts: copies of the real ones with new ids, numbers and
 * timeline years, so that generation works on a bank of that size.
 */
export function syntheticBank(bank: ContentBank, count: number): ContentBank {
  const facts: Fact[] = [];
  for (let copy = 0; facts.length < count; copy++) {
    for (const fact of bank.facts) {
      const clone = structuredClone(fact);
      clone.id = `${fact.id}-copy-${copy}`;
      if (clone.answer.type === "number") clone.answer.number += copy;
      if (clone.timeline) clone.timeline.date = `${Number(clone.timeline.date.slice(0, 4)) + copy}${clone.timeline.date.slice(4)}`;
      facts.push(clone);
    }
  }
  return { ...bank, facts };
}
