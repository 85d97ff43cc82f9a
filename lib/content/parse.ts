// The content checker and loader: turns the files of content/ (see
// content/README.md) into a ContentBank and a list of problems, each tied to
// the file and line of the offending YAML node. Pure: the caller reads files.
//
// Fact files and entities.yaml are read on a fast path first: js-yaml, which
// keeps no positions, and a scan of the text for the line of each fact. A
// file the fast path cannot vouch for (one with a problem, which needs the
// line of a node, or with YAML the two parsers may read apart) is read again
// on the precise path: the yaml package's document with a LineCounter, which
// gives every problem its line. Valid files in the layout of
// content/README.md never need the precise path; both paths give the same
// result.
import { createHash } from "node:crypto";
import { FAILSAFE_SCHEMA, load, Type } from "js-yaml";
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import type { Answer, AnswerType, Article, ContentBank, ContentProblem, Entities, Entity, Evidence, Fact } from "./types";

/** One content file, its path relative to the repository root. */
export type ContentFile = { path: string; text: string };

export type ParsedContent = { bank: ContentBank; problems: ContentProblem[] };

export type ParseOptions = {
  /**
   * false reads every fact file and entities.yaml on the precise path only
   * (see above); the result is the same, only slower. Default true.
   */
  fastPath?: boolean;
};

/** The repository's content directory; fixtures live elsewhere. */
export const CONTENT_DIR = "content";

/** Where each kind of file lives under a content directory. */
function contentLayout(dir: string) {
  const prefix = dir === "" || dir === "." ? "" : `${dir.replace(/\/+$/, "")}/`;
  const nameIn = (folder: string, extension: string, file: string): string | undefined => {
    if (!file.startsWith(`${prefix}${folder}/`) || !file.endsWith(extension)) return undefined;
    const name = file.slice(prefix.length + folder.length + 1, -extension.length);
    return name !== "" && !name.includes("/") ? name : undefined;
  };
  return {
    entitiesFile: `${prefix}entities.yaml`,
    articleSlug: (file: string) => nameIn("articles", ".md", file),
    isFactFile: (file: string) => nameIn("facts", ".yaml", file) !== undefined,
  };
}

// ---------------------------------------------------------------------------
// Text helpers

/** Collapses every run of whitespace (newlines and U+00A0 included) to one space. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, " ");
}

/** Whether `quote` occurs verbatim in `body`, whitespace runs aside. */
export function quoteOccursIn(body: string, quote: string): boolean {
  return normalizeWhitespace(body).includes(normalizeWhitespace(quote));
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

// ---------------------------------------------------------------------------
// Schemas: the shape of each node. Rules that span fields or files are checked
// after parsing, in checkFact, checkEntities and checkArticle.

const FACT_KINDS = ["fact", "claim", "quote", "opinion"] as const;
const ARTICLE_KINDS = ["news-report", "news-brief", "opinion", "press-statement"] as const;
/** The topic tags of content/README.md. */
export const TOPICS = [
  "agreement",
  "haiti-mission",
  "haiti-crisis",
  "kenya-deployments",
  "objections",
  "quotes",
  "timeline",
  "organizations",
  "people",
  "money",
] as const;
const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const nonEmpty = z.string().refine((value) => value.trim() !== "", "must not be empty");

/** YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return false;
  if (day === undefined) return true;
  const daysInMonth = new Date(Date.UTC(Number(year), monthNumber, 0)).getUTCDate();
  return Number(day) >= 1 && Number(day) <= daysInMonth;
}

// An unquoted `2021` is read by YAML as a number; it is a valid year all the same.
const isoDate = z.preprocess(
  (value) => (Number.isInteger(value) ? String(value) : value),
  z.string().refine(isIsoDate, "must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"),
);

const aliasesSchema = z.array(nonEmpty).default([]);

const answerSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.enum(["person", "organization", "country", "place", "text"]), value: nonEmpty, aliases: aliasesSchema }),
  z.strictObject({ type: z.literal("number"), value: nonEmpty, number: z.number(), unit: nonEmpty, aliases: aliasesSchema }),
  z.strictObject({ type: z.literal("money"), value: nonEmpty, amount: z.number(), currency: nonEmpty, aliases: aliasesSchema }),
  z.strictObject({ type: z.literal("date"), value: nonEmpty, date: isoDate, aliases: aliasesSchema }),
  z.strictObject({ type: z.literal("list"), items: z.array(nonEmpty).min(1), aliases: aliasesSchema }),
]);

const evidenceSchema = z.strictObject({ article: nonEmpty, quote: nonEmpty });

const factSchema = z.strictObject({
  id: z.string().regex(KEBAB_CASE, "must be kebab-case"),
  statement: nonEmpty,
  kind: z.enum(FACT_KINDS),
  claimant: nonEmpty.optional(),
  speaker: nonEmpty.optional(),
  quote: nonEmpty.optional(),
  holder: nonEmpty.optional(),
  question: nonEmpty,
  answer: answerSchema,
  topics: z.array(z.enum(TOPICS)).min(1),
  difficulty: z.literal([1, 2, 3]),
  timeline: z.strictObject({ date: isoDate, event: nonEmpty }).optional(),
  evidence: z.array(evidenceSchema),
  conflict: z
    .strictObject({
      about: nonEmpty,
      sides: z.array(z.strictObject({ label: nonEmpty, evidence: z.array(evidenceSchema) })),
    })
    .optional(),
});

const entitySchema = z.strictObject({
  name: nonEmpty,
  aliases: aliasesSchema,
  role: nonEmpty.optional(),
  description: nonEmpty.optional(),
});

const entitiesSchema = z.strictObject({
  people: z.array(entitySchema),
  organizations: z.array(entitySchema),
  countries: z.array(entitySchema),
  places: z.array(entitySchema),
});

const frontMatterSchema = z.strictObject({
  title: nonEmpty,
  outlet: nonEmpty.nullable(),
  author: nonEmpty.nullable(),
  published: isoDate,
  kind: z.enum(ARTICLE_KINDS),
  source_file: nonEmpty,
  hash: z.string().regex(/^[0-9a-f]{64}$/, "must be 64 lowercase hex digits"),
});

// ---------------------------------------------------------------------------
// Lines: a parsed YAML document and how to find the line of a node in it.

type Path = readonly PropertyKey[];

type YamlSource = {
  file: string;
  lineCounter: LineCounter;
  /** Added to YAML lines: 1 for front matter, which starts on the file's second line. */
  lineOffset: number;
};

function lineOfOffset(source: YamlSource, offset: number): number {
  return source.lineCounter.linePos(offset).line + source.lineOffset;
}

function lineOfNode(source: YamlSource, node: unknown, fallback: number): number {
  return isNode(node) && node.range ? lineOfOffset(source, node.range[0]) : fallback;
}

/** The line of the deepest node along `path`: a mapping key's line, a list item's line. */
function lineOfPath(source: YamlSource, node: unknown, path: Path, fallback: number): number {
  let line = lineOfNode(source, node, fallback);
  let current = node;
  for (const key of path) {
    if (isMap(current)) {
      const pair = current.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === key);
      if (!pair) break;
      line = lineOfNode(source, pair.key, line);
      current = pair.value;
    } else if (isSeq(current) && typeof key === "number") {
      const item = current.items[key];
      if (item === undefined) break;
      line = lineOfNode(source, item, line);
      current = item;
    } else {
      break;
    }
  }
  return line;
}

function parseYaml(file: string, text: string, lineOffset: number) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const source: YamlSource = { file, lineCounter, lineOffset };
  const error = doc.errors[0];
  if (error) {
    const problem = { file, line: lineOfOffset(source, error.pos[0]), message: `YAML syntax error: ${error.message}` };
    return { ok: false as const, problem };
  }
  let value: unknown;
  try {
    value = doc.toJS();
  } catch (resolveError) {
    // An alias (*name) whose anchor (&name) is not defined before it.
    const message = resolveError instanceof Error ? resolveError.message : String(resolveError);
    const alias = /: (\S+)$/.exec(message)?.[1];
    const at = alias ? text.search(new RegExp(`\\*${alias.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`)) : -1;
    return { ok: false as const, problem: { file, line: at >= 0 ? lineOfOffset(source, at) : lineOffset + 1, message: `YAML error: ${message}` } };
  }
  return { ok: true as const, doc, source, value };
}

// ---------------------------------------------------------------------------
// The fast path's YAML: js-yaml, reading plain scalars as the yaml package does.

/**
 * A plain (unquoted) scalar read by the YAML 1.2 core schema exactly as the
 * yaml package reads it: null, a boolean or a number; null when it is a
 * string. js-yaml's own schemas differ: its default one reads 2023-09-25 as
 * a Date, and its core one reads 0b101 and -0x1F as numbers, -.5 as a string.
 */
function plainScalar(text: string): { value: null | boolean | number } | null {
  // Most plain scalars are words and keys: none of the others starts with another character.
  if (!/^(?:$|[-+.0-9~nNtTfF])/.test(text)) return null;
  if (/^(?:~|[Nn]ull|NULL)?$/.test(text)) return { value: null };
  if (/^(?:[Tt]rue|TRUE)$/.test(text)) return { value: true };
  if (/^(?:[Ff]alse|FALSE)$/.test(text)) return { value: false };
  if (/^[-+]?[0-9]+$/.test(text)) return { value: parseInt(text, 10) };
  if (/^0o[0-7]+$/.test(text)) return { value: parseInt(text.slice(2), 8) };
  if (/^0x[0-9a-fA-F]+$/.test(text)) return { value: parseInt(text.slice(2), 16) };
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(text)) return { value: text.startsWith("-") ? -Infinity : Infinity };
  if (/^\.(?:nan|NaN|NAN)$/.test(text)) return { value: NaN };
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(text)) return { value: parseFloat(text) };
  return null;
}

/**
 * Strings, lists and mappings, plus the plain scalars above. The scalar type
 * has a tag of its own, so an explicit tag (!!int, !!bool, !!null, ...) is
 * unknown to js-yaml, which throws: such files take the precise path.
 */
const FAST_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type("tag:factdeck,2026:plain-scalar", {
      kind: "scalar",
      resolve: (data: string | null) => data === null || plainScalar(data) !== null,
      construct: (data: string | null) => (data === null ? null : (plainScalar(data)?.value ?? null)),
    }),
  ],
});

/**
 * Text that js-yaml reads without a word where the yaml package reports an
 * error or reads something else:
 * - a carriage return not followed by a line feed: a line break to js-yaml
 *   only;
 * - a line that starts with --- or ... (document markers; js-yaml takes
 *   "---#" as one, the yaml package does not);
 * - a comment right after a closing quote or bracket ("x"# or ]#), an error
 *   to the yaml package only;
 * - a directive: %YAML 1.1 changes how the yaml package reads scalars.
 */
const READ_APART = /\r(?!\n)|^(?:---|\.\.\.|%)|["'\]}]#/m;

/**
 * The file's value read by js-yaml; null, for the precise path to report or
 * read the file, when js-yaml throws or warns (it warns of a quoted string
 * continued on a line not indented enough, an error to the yaml package), or
 * when the text has something the two read apart (READ_APART).
 */
function loadFast(text: string): { value: unknown } | null {
  if (READ_APART.test(text)) return null;
  let warned = false;
  try {
    const value = load(text, {
      schema: FAST_SCHEMA,
      onWarning: () => {
        warned = true;
      },
    });
    return warned ? null : { value };
  } catch {
    return null;
  }
}

/**
 * The line of each fact of a fact file, found by a scan of the text: the
 * lines that open a top-level list item. Null unless each of them is a line
 * "- id: ...", where the item, its mapping and its id key all start, so that
 * it is the line the precise path gives both the fact and its id.
 */
function factLines(text: string): number[] | null {
  const lines: number[] = [];
  let line = 1;
  for (let start = 0; start < text.length; line++) {
    if (opensListItem(text, start)) {
      if (!opensWithId(text, start)) return null;
      lines.push(line);
    }
    const end = text.indexOf("\n", start);
    if (end === -1) break;
    start = end + 1;
  }
  return lines;
}

/** Whether the line at `start` opens a top-level list item: "-" at column 0, then a space, a tab or the end of the line. */
function opensListItem(text: string, start: number): boolean {
  if (text[start] !== "-") return false;
  const next = text[start + 1];
  return next === undefined || next === " " || next === "\t" || next === "\r" || next === "\n";
}

/** Whether the line at `start` is "- id:" then a space or the end of the line. */
function opensWithId(text: string, start: number): boolean {
  if (!text.startsWith("- id:", start)) return false;
  const next = text[start + 5];
  return next === undefined || next === " " || next === "\r" || next === "\n";
}

// ---------------------------------------------------------------------------
// Zod issues as problems

function pathLabel(path: Path): string {
  let label = "";
  for (const key of path) {
    if (typeof key === "number") label += `[${key}]`;
    else label += label === "" ? String(key) : `.${String(key)}`;
  }
  return label;
}

function valueAt(raw: unknown, path: Path): unknown {
  let current = raw;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return JSON.stringify(value);
}

const EXPECTED: Record<string, string> = { string: "a string", number: "a number", array: "a list", object: "a mapping" };

function issueProblems(issue: z.core.$ZodIssue, raw: unknown, node: unknown, source: YamlSource, fallbackLine: number): ContentProblem[] {
  const at = (path: Path, message: string): ContentProblem => ({
    file: source.file,
    line: lineOfPath(source, node, path, fallbackLine),
    message,
  });
  const label = pathLabel(issue.path);
  const value = valueAt(raw, issue.path);
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => at([...issue.path, key], `unknown field ${pathLabel([...issue.path, key])}`));
  }
  if (value === undefined && issue.path.length > 0) {
    const parentLine = issue.path.length === 1 ? fallbackLine : lineOfPath(source, node, issue.path.slice(0, -1), fallbackLine);
    return [{ file: source.file, line: parentLine, message: `missing field ${label}` }];
  }
  switch (issue.code) {
    case "invalid_value":
      return [at(issue.path, `${label} must be one of ${issue.values.map(String).join(", ")}, got ${describe(value)}`)];
    case "invalid_union":
      if (issue.discriminator !== undefined && "options" in issue && issue.options) {
        return [at(issue.path, `${label} must be one of ${issue.options.map(String).join(", ")}, got ${describe(value)}`)];
      }
      break;
    case "invalid_type":
      return [at(issue.path, `${label} must be ${EXPECTED[issue.expected] ?? issue.expected}, got ${describe(value)}`)];
    case "too_small":
      if (issue.origin === "array") return [at(issue.path, `${label} must not be empty`)];
      break;
    case "custom":
    case "invalid_format":
      return [at(issue.path, `${label} ${issue.message}, got ${describe(value)}`)];
  }
  return [at(issue.path, label === "" ? issue.message : `${label}: ${issue.message}`)];
}

function schemaProblems(error: z.ZodError, raw: unknown, node: unknown, source: YamlSource, fallbackLine: number): ContentProblem[] {
  return error.issues.flatMap((issue) => issueProblems(issue, raw, node, source, fallbackLine));
}

// ---------------------------------------------------------------------------
// Articles

/**
 * An article as facts see it: its body with whitespace normalized once, or
 * null when the file has no readable body (already reported; its quotes are
 * then not checked, rather than each reported again).
 */
type ArticleText = { slug: string; normalizedBody: string | null };

type ArticleResult = { article: Article | null; text: ArticleText; problems: ContentProblem[] };

/** Splits `---\nfront matter\n---\nbody`; the body is everything after the closing line. */
function splitFrontMatter(text: string): { frontMatter: string; body: string } | null {
  if (!text.startsWith("---\n")) return null;
  let lineStart = 4;
  while (lineStart <= text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    if (text.slice(lineStart, lineEnd) === "---") {
      return { frontMatter: text.slice(4, lineStart), body: newline === -1 ? "" : text.slice(newline + 1) };
    }
    if (newline === -1) return null;
    lineStart = newline + 1;
  }
  return null;
}

function checkArticle(file: string, slug: string, text: string): ArticleResult {
  const parts = splitFrontMatter(text);
  if (!parts) {
    const message = text.startsWith("---\n")
      ? "front matter is not closed by a --- line"
      : "missing front matter: the file must start with a --- line";
    return { article: null, text: { slug, normalizedBody: null }, problems: [{ file, line: 1, message }] };
  }
  const articleText: ArticleText = { slug, normalizedBody: normalizeWhitespace(parts.body) };
  const parsed = parseYaml(file, parts.frontMatter, 1);
  if (!parsed.ok) return { article: null, text: articleText, problems: [parsed.problem] };
  const { doc, source, value: raw } = parsed;
  if (!isMap(doc.contents)) {
    const problem = { file, line: 1, message: "front matter must be a mapping of title, outlet, author, published, kind, source_file and hash" };
    return { article: null, text: articleText, problems: [problem] };
  }
  const result = frontMatterSchema.safeParse(raw);
  if (!result.success) {
    return { article: null, text: articleText, problems: schemaProblems(result.error, raw, doc.contents, source, 1) };
  }
  const front = result.data;
  const hash = sha256Hex(parts.body);
  if (front.hash !== hash) {
    const line = lineOfPath(source, doc.contents, ["hash"], 1);
    return { article: null, text: articleText, problems: [{ file, line, message: `body hash mismatch: expected hash ${hash}` }] };
  }
  const article: Article = {
    slug,
    title: front.title,
    outlet: front.outlet,
    author: front.author,
    published: front.published,
    kind: front.kind,
    sourceFile: front.source_file,
    hash: front.hash,
    body: parts.body,
  };
  return { article, text: articleText, problems: [] };
}

// ---------------------------------------------------------------------------
// Entities

const ENTITY_CATEGORIES = ["people", "organizations", "countries", "places"] as const;

/** How names are compared: accents, case and whitespace runs ignored. */
function nameKey(name: string): string {
  return normalizeWhitespace(name.normalize("NFD").replace(/\p{M}/gu, "")).trim().toLowerCase();
}

type EntitiesResult = { entities: Entities | null; problems: ContentProblem[] };

function checkEntities(file: string, text: string, fastPath: boolean): EntitiesResult {
  return (fastPath ? checkEntitiesFast(file, text) : null) ?? checkEntitiesPrecise(file, text);
}

/** The fast path: valid entities, or null when the file has a problem (the precise path gives its line). */
function checkEntitiesFast(file: string, text: string): EntitiesResult | null {
  const loaded = loadFast(text);
  if (!loaded) return null;
  const result = entitiesSchema.safeParse(loaded.value);
  if (!result.success) return null;
  if (entityNameProblems(file, result.data, () => 0).length > 0) return null;
  return { entities: result.data, problems: [] };
}

function checkEntitiesPrecise(file: string, text: string): EntitiesResult {
  const parsed = parseYaml(file, text, 0);
  if (!parsed.ok) return { entities: null, problems: [parsed.problem] };
  const { doc, source, value: raw } = parsed;
  if (!isMap(doc.contents)) {
    return { entities: null, problems: [{ file, line: 1, message: "entities file must be a mapping of people, organizations, countries and places" }] };
  }
  const result = entitiesSchema.safeParse(raw);
  if (!result.success) return { entities: null, problems: schemaProblems(result.error, raw, doc.contents, source, 1) };
  const problems = entityNameProblems(file, result.data, (path, fallback) => lineOfPath(source, doc.contents, path, fallback));
  return { entities: result.data, problems };
}

/** Names and aliases used twice: every name and alias belongs to one entity. */
function entityNameProblems(file: string, entities: Entities, lineOf: (path: Path, fallback: number) => number): ContentProblem[] {
  const problems: ContentProblem[] = [];
  // Key -> owner and where it was first seen.
  const owners = new Map<string, { entity: Entity; isName: boolean; line: number }>();
  for (const category of ENTITY_CATEGORIES) {
    entities[category].forEach((entity, index) => {
      const nameLine = lineOf([category, index, "name"], 1);
      const first = owners.get(nameKey(entity.name));
      if (first) {
        const message = first.isName
          ? `duplicate entity name "${entity.name}" (first at line ${first.line})`
          : `entity name "${entity.name}" is already an alias of ${first.entity.name} (line ${first.line})`;
        problems.push({ file, line: nameLine, message });
      } else {
        owners.set(nameKey(entity.name), { entity, isName: true, line: nameLine });
      }
      entity.aliases.forEach((alias, aliasIndex) => {
        const line = lineOf([category, index, "aliases", aliasIndex], nameLine);
        const owner = owners.get(nameKey(alias));
        if (!owner) owners.set(nameKey(alias), { entity, isName: false, line });
        else if (owner.entity === entity) problems.push({ file, line, message: `duplicate alias "${alias}" of ${entity.name}` });
        else {
          const message = `alias "${alias}" of ${entity.name} is already used by ${owner.entity.name} (line ${owner.line})`;
          problems.push({ file, line, message });
        }
      });
    });
  }
  return problems;
}

// ---------------------------------------------------------------------------
// Facts

type FactContext = {
  articles: Map<string, ArticleText>;
  entitiesFile: string;
  entities: Entities | null;
  /** Fact id -> where it was first seen. */
  ids: Map<string, { file: string; line: number }>;
  fastPath: boolean;
};

/** Answers of these types name an entity of entities.yaml. */
const ENTITY_ANSWER_CATEGORY: Partial<Record<AnswerType, keyof Entities>> = {
  person: "people",
  organization: "organizations",
  country: "countries",
  place: "places",
};

/** Fields that belong to one kind of fact. */
const KIND_FIELDS = [
  ["claimant", "claim"],
  ["speaker", "quote"],
  ["quote", "quote"],
  ["holder", "opinion"],
] as const;

type FactData = z.infer<typeof factSchema>;

type FactFileResult = { facts: Fact[]; problems: ContentProblem[] };

function checkFactFile(file: string, text: string, context: FactContext): FactFileResult {
  return (context.fastPath ? checkFactFileFast(file, text, context) : null) ?? checkFactFilePrecise(file, text, context);
}

/**
 * The fast path: the facts of a valid file, or null when the file has a
 * problem or cannot be read this way (the precise path then reads it and
 * gives each problem its line). Leaves the context as it was when null.
 */
function checkFactFileFast(file: string, text: string, context: FactContext): FactFileResult | null {
  const loaded = loadFast(text);
  if (!loaded || !Array.isArray(loaded.value)) return null;
  const rawFacts: unknown[] = loaded.value;
  const lines = factLines(text);
  if (!lines || lines.length !== rawFacts.length) return null;

  const facts: Fact[] = [];
  const ids = new Map<string, { file: string; line: number }>();
  for (const [index, rawFact] of rawFacts.entries()) {
    const line = lines[index] ?? 1;
    const result = factSchema.safeParse(rawFact);
    if (!result.success) return null;
    const { id } = result.data;
    if (context.ids.has(id) || ids.has(id)) return null;
    ids.set(id, { file, line });
    let hasProblem = false;
    checkFact(result.data, context, () => {
      hasProblem = true;
    });
    if (hasProblem) return null;
    facts.push(toFact(result.data, { file, line }));
  }
  for (const [id, where] of ids) context.ids.set(id, where);
  return { facts, problems: [] };
}

function checkFactFilePrecise(file: string, text: string, context: FactContext): FactFileResult {
  const parsed = parseYaml(file, text, 0);
  if (!parsed.ok) return { facts: [], problems: [parsed.problem] };
  const { doc, source, value: raw } = parsed;
  if (!isSeq(doc.contents)) {
    const line = lineOfNode(source, doc.contents, 1);
    return { facts: [], problems: [{ file, line, message: "a fact file must be a YAML list of facts" }] };
  }
  const rawFacts = Array.isArray(raw) ? raw : [];
  const facts: Fact[] = [];
  const problems: ContentProblem[] = [];
  doc.contents.items.forEach((node, index) => {
    const line = lineOfNode(source, node, 1);
    if (!isMap(node)) {
      problems.push({ file, line, message: "a fact must be a mapping (id, statement, kind, ...)" });
      return;
    }
    const rawFact: unknown = rawFacts[index];
    const factProblems: ContentProblem[] = [];
    const lineOf = (path: Path) => lineOfPath(source, node, path, line);
    const report = (path: Path, message: string) => factProblems.push({ file, line: lineOf(path), message });

    const id = valueAt(rawFact, ["id"]);
    if (typeof id === "string") {
      const first = context.ids.get(id);
      if (first) report(["id"], `duplicate fact id ${id} (first at ${first.file}:${first.line})`);
      else context.ids.set(id, { file, line: lineOf(["id"]) });
    }

    const result = factSchema.safeParse(rawFact);
    if (!result.success) {
      factProblems.push(...schemaProblems(result.error, rawFact, node, source, line));
    } else {
      checkFact(result.data, context, report);
    }
    if (factProblems.length > 0) problems.push(...factProblems);
    else if (result.success) facts.push(toFact(result.data, { file, line }));
  });
  return { facts, problems };
}

function toFact(data: FactData, source: Fact["source"]): Fact {
  const answer: Answer = data.answer;
  const fact: Fact = {
    id: data.id,
    statement: data.statement,
    kind: data.kind,
    question: data.question,
    answer,
    topics: data.topics,
    difficulty: data.difficulty,
    evidence: data.evidence,
    source,
  };
  if (data.claimant !== undefined) fact.claimant = data.claimant;
  if (data.speaker !== undefined) fact.speaker = data.speaker;
  if (data.quote !== undefined) fact.quote = data.quote;
  if (data.holder !== undefined) fact.holder = data.holder;
  if (data.timeline !== undefined) fact.timeline = data.timeline;
  if (data.conflict !== undefined) fact.conflict = data.conflict;
  return fact;
}

/** The rules beyond shape: kinds, answers, evidence against the articles. */
function checkFact(fact: FactData, context: FactContext, report: (path: Path, message: string) => void): void {
  checkKind(fact, report);
  checkAnswer(fact, context, report);

  if (fact.evidence.length === 0) report(["evidence"], "fact has no evidence");
  checkEvidence(fact.evidence, ["evidence"], context.articles, report);
  if (fact.conflict) {
    if (fact.conflict.sides.length < 2) report(["conflict", "sides"], "a conflict needs at least two sides");
    fact.conflict.sides.forEach((side, index) => {
      const path = ["conflict", "sides", index, "evidence"];
      if (side.evidence.length === 0) report(path, `conflict side "${side.label}" has no evidence`);
      checkEvidence(side.evidence, path, context.articles, report);
    });
  }

  if (fact.kind === "quote" && fact.quote !== undefined) {
    const quote = normalizeWhitespace(fact.quote);
    const bodies = fact.evidence.flatMap((evidence) => context.articles.get(evidence.article) ?? []);
    const isReadable = bodies.length > 0 && bodies.every((article) => article.normalizedBody !== null);
    if (isReadable && !bodies.some((article) => article.normalizedBody?.includes(quote))) {
      report(["quote"], `quote text does not occur in any evidence article (${bodies.map((article) => article.slug).join(", ")})`);
    }
  }
}

function checkKind(fact: FactData, report: (path: Path, message: string) => void): void {
  if (fact.kind === "claim" && fact.claimant === undefined) report(["kind"], "claim without claimant");
  if (fact.kind === "quote" && fact.speaker === undefined) report(["kind"], "quote without speaker");
  if (fact.kind === "quote" && fact.quote === undefined) report(["kind"], "quote without quote text");
  if (fact.kind === "opinion" && fact.holder === undefined) report(["kind"], "opinion without holder");
  for (const [field, kind] of KIND_FIELDS) {
    if (fact[field] !== undefined && fact.kind !== kind) {
      report([field], `${field} is only for kind ${kind}, not ${fact.kind}`);
    }
  }
  if (fact.claimant !== undefined && !fact.statement.includes(fact.claimant)) {
    report(["statement"], `statement does not name the claimant "${fact.claimant}"`);
  }
  if (fact.holder !== undefined && !fact.statement.includes(fact.holder)) {
    report(["statement"], `statement does not name the holder "${fact.holder}"`);
  }
}

function checkAnswer(fact: FactData, context: FactContext, report: (path: Path, message: string) => void): void {
  const { answer } = fact;
  const { entities } = context;
  const seen = new Set<string>();
  if (answer.type === "list") {
    answer.items.forEach((item, index) => {
      const key = item.toLowerCase();
      if (seen.has(key)) report(["answer", "items", index], `duplicate list item "${item}"`);
      seen.add(key);
      if (!fact.statement.includes(item)) report(["answer", "items", index], `list item "${item}" does not appear in the statement`);
    });
  } else {
    seen.add(answer.value.toLowerCase());
    if (!fact.statement.includes(answer.value)) {
      report(["answer", "value"], `answer value "${answer.value}" does not appear in the statement`);
    }
    const category = ENTITY_ANSWER_CATEGORY[answer.type];
    if (entities && category) {
      if (!entities[category].some((entity) => entity.name === answer.value)) {
        report(["answer", "value"], `answer value "${answer.value}" is not listed under ${category} in ${context.entitiesFile}`);
      }
    }
  }
  answer.aliases.forEach((alias, index) => {
    const key = alias.toLowerCase();
    if (seen.has(key)) report(["answer", "aliases", index], `duplicate alias "${alias}"`);
    seen.add(key);
  });
}

function checkEvidence(
  evidence: Evidence[],
  path: Path,
  articles: Map<string, ArticleText>,
  report: (path: Path, message: string) => void,
): void {
  evidence.forEach((entry, index) => {
    const article = articles.get(entry.article);
    if (!article) report([...path, index, "article"], `unknown article ${entry.article}`);
    else if (article.normalizedBody !== null && !article.normalizedBody.includes(normalizeWhitespace(entry.quote))) {
      report([...path, index, "quote"], `quote does not occur in article ${entry.article}`);
    }
  });
}

// ---------------------------------------------------------------------------
// Everything

function byPath(a: ContentFile, b: ContentFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * Checks and loads the content. Paths are repository-relative, under
 * `contentDir`: content/articles/<slug>.md, content/entities.yaml and
 * content/facts/<topic>.yaml. Invalid articles and facts are reported and
 * left out of the bank; facts come sorted by file, then position.
 */
export function parseContent(files: ContentFile[], contentDir: string = CONTENT_DIR, options: ParseOptions = {}): ParsedContent {
  const fastPath = options.fastPath ?? true;
  const layout = contentLayout(contentDir);
  const sorted = [...files].sort(byPath);
  const problems: ContentProblem[] = [];
  const articles: Article[] = [];
  const articleTexts = new Map<string, ArticleText>();

  for (const file of sorted) {
    const slug = layout.articleSlug(file.path);
    if (slug === undefined) continue;
    const result = checkArticle(file.path, slug, file.text);
    problems.push(...result.problems);
    articleTexts.set(slug, result.text);
    if (result.article) articles.push(result.article);
  }

  let entities: Entities | null = null;
  const entitiesFile = sorted.find((file) => file.path === layout.entitiesFile);
  if (entitiesFile) {
    const result = checkEntities(entitiesFile.path, entitiesFile.text, fastPath);
    problems.push(...result.problems);
    entities = result.entities;
  } else {
    problems.push({ file: layout.entitiesFile, line: 1, message: "file is missing" });
  }

  const facts: Fact[] = [];
  const context: FactContext = { articles: articleTexts, entitiesFile: layout.entitiesFile, entities, ids: new Map(), fastPath };
  for (const file of sorted) {
    if (layout.isFactFile(file.path)) {
      const result = checkFactFile(file.path, file.text, context);
      problems.push(...result.problems);
      facts.push(...result.facts);
    } else if (file.path !== layout.entitiesFile && layout.articleSlug(file.path) === undefined) {
      problems.push({ file: file.path, line: 1, message: "not a content file (expected articles/*.md, entities.yaml or facts/*.yaml)" });
    }
  }

  problems.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  return { bank: { articles, entities: entities ?? { people: [], organizations: [], countries: [], places: [] }, facts }, problems };
}
