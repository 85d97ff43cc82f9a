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
import { isIsoDate, monthOf } from "@/lib/time/iso-date";
import {
  ARTICLE_KINDS,
  CONFLICT_ASKS,
  CONFLICT_KINDS,
  FACT_KINDS,
  ITEM_FORMATS,
  ORGANIZATION_TYPES,
  PERSON_STATUSES,
  PLACE_TYPES,
  REGIONS,
  SIDES,
  type Answer,
  type AnswerType,
  type Article,
  type ContentBank,
  type ContentProblem,
  type Entities,
  allEntities,
  factVoice,
  type Entity,
  type EntityGroup,
  type Evidence,
  type Fact,
  type MatchingGroup,
  type Review,
  type Topic,
} from "./types";
import { entityKindLabel, isSameEntityKind } from "./entities";

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
    topicsFile: `${prefix}topics.yaml`,
    reviewFile: `${prefix}review.yaml`,
    matchingFile: `${prefix}matching.yaml`,
    articleSlug: (file: string) => nameIn("articles", ".md", file),
    isFactFile: (file: string) => nameIn("facts", ".yaml", file) !== undefined,
    /** The name of a raw source file (sources/<name>), as articles' `source_file` gives it. */
    sourceName: (file: string) => nameIn("sources", ".txt", file)?.concat(".txt"),
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

const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const nonEmpty = z.string().refine((value) => value.trim() !== "", "must not be empty");

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

const conflictSchema = z.strictObject({
  kind: z.enum(CONFLICT_KINDS),
  about: nonEmpty,
  question: nonEmpty,
  asks: z.enum(CONFLICT_ASKS).optional(),
  correction: nonEmpty.optional(),
  note: nonEmpty.optional(),
  distractors: z.array(nonEmpty).default([]),
  sides: z.array(z.strictObject({ label: nonEmpty, error: z.boolean().default(false), evidence: z.array(evidenceSchema) })),
});

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
  distractors: z.array(nonEmpty).default([]),
  false_variants: z.array(nonEmpty).default([]),
  accepted: z.array(nonEmpty).optional(),
  formats: z.array(z.enum(ITEM_FORMATS)).min(1).optional(),
  as_of: nonEmpty.optional(),
  topics: z.array(z.string().regex(KEBAB_CASE, "must be kebab-case")).min(1),
  difficulty: z.literal([1, 2, 3]),
  timeline: z.strictObject({ date: isoDate, event: nonEmpty }).optional(),
  evidence: z.array(evidenceSchema),
  conflict: conflictSchema.optional(),
});

const entityBase = {
  name: nonEmpty,
  aliases: aliasesSchema,
  takes_the: z.boolean().default(false),
  in_story: z.boolean().default(true),
};

const entitiesSchema = z.strictObject({
  people: z.array(
    z.strictObject({
      ...entityBase,
      title: nonEmpty,
      country: nonEmpty.optional(),
      side: z.enum(SIDES),
      status: z.enum(PERSON_STATUSES).default("living"),
      evidence: z.array(evidenceSchema).default([]),
    }),
  ),
  organizations: z.array(
    z.strictObject({
      ...entityBase,
      type: z.enum(ORGANIZATION_TYPES),
      country: nonEmpty.optional(),
      side: z.enum(SIDES).optional(),
      description: nonEmpty.optional(),
      evidence: z.array(evidenceSchema).default([]),
    }),
  ),
  countries: z.array(z.strictObject({ ...entityBase, region: z.enum(REGIONS) })),
  places: z.array(z.strictObject({ ...entityBase, type: z.enum(PLACE_TYPES), country: nonEmpty.optional() })),
});

const matchingSchema = z.array(
  z.strictObject({
    id: z.string().regex(KEBAB_CASE, "must be kebab-case"),
    prompt: nonEmpty,
    pairs: z.array(z.strictObject({ fact: nonEmpty, left: nonEmpty, right: nonEmpty })),
    extras: z.array(nonEmpty).min(1),
  }),
);

const reviewsSchema = z.array(
  z.strictObject({ item: z.string().regex(/^[0-9a-f]{12}$/, "must be an item id (12 hex digits)"), verdict: z.enum(["approve", "reject"]), reason: nonEmpty, by: nonEmpty.optional() }),
);

const topicsSchema = z.array(z.strictObject({ slug: z.string().regex(KEBAB_CASE, "must be kebab-case"), title: nonEmpty }));

const frontMatterSchema = z.strictObject({
  title: nonEmpty,
  title_supplied: z.boolean().default(false),
  outlet: nonEmpty.nullable(),
  cited_as: nonEmpty.optional(),
  author: nonEmpty.nullable(),
  republished_from: nonEmpty.optional(),
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
type ArticleText = {
  slug: string;
  normalizedBody: string | null;
  published: string | null;
  /** The names the front matter gives (title, outlet, author, republished outlet), for entities named only there. */
  names: string[];
};

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

function checkArticle(file: string, slug: string, text: string, sources: Map<string, string>): ArticleResult {
  const parts = splitFrontMatter(text);
  if (!parts) {
    const message = text.startsWith("---\n")
      ? "front matter is not closed by a --- line"
      : "missing front matter: the file must start with a --- line";
    return { article: null, text: { slug, normalizedBody: null, published: null, names: [] }, problems: [{ file, line: 1, message }] };
  }
  const articleText: ArticleText = { slug, normalizedBody: normalizeWhitespace(parts.body), published: null, names: [] };
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
  articleText.published = front.published;
  articleText.names = [front.title, front.outlet, front.author, front.republished_from].filter((name): name is string => typeof name === "string");
  const lineOf = (key: string) => lineOfPath(source, doc.contents, [key], 1);
  const hash = sha256Hex(parts.body);
  if (front.hash !== hash) {
    return { article: null, text: articleText, problems: [{ file, line: lineOf("hash"), message: `body hash mismatch: expected hash ${hash}` }] };
  }
  const problems = provenanceProblems(front, sources, (key, message) => ({ file, line: lineOf(key), message }));
  if (problems.length > 0) return { article: null, text: articleText, problems };
  const article: Article = {
    slug,
    title: front.title,
    titleIsSupplied: front.title_supplied,
    outlet: front.outlet,
    author: front.author,
    citedAs: front.cited_as ?? front.outlet ?? "",
    republishedFrom: front.republished_from ?? null,
    published: front.published,
    kind: front.kind,
    sourceFile: front.source_file,
    hash: front.hash,
    body: parts.body,
  };
  return { article, text: articleText, problems: [] };
}

type FrontMatter = z.infer<typeof frontMatterSchema>;

/**
 * An article states only what its source states: the raw source file
 * (sources/<source_file>) must name the outlet, the author, the outlet it
 * republishes and, unless the editors supplied it, the title. An article
 * without an outlet says how it is cited, and an author is never its outlet.
 */
function provenanceProblems(front: FrontMatter, sources: Map<string, string>, at: (key: string, message: string) => ContentProblem): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (front.outlet === null && front.cited_as === undefined) {
    problems.push(at("outlet", 'an article without an outlet needs cited_as, how learners see it named ("the Disquiet article")'));
  }
  if (front.author !== null) {
    const author = nameKey(front.author);
    if (front.outlet !== null && nameKey(front.outlet) === author) problems.push(at("outlet", `the author "${front.author}" is given as the outlet`));
    if (front.cited_as !== undefined && nameKey(front.cited_as) === author) {
      problems.push(at("cited_as", `cited_as is the author "${front.author}": name the article ("the Disquiet article")`));
    }
  }
  const raw = sources.get(front.source_file);
  if (raw === undefined) {
    problems.push(at("source_file", `source file ${front.source_file} is not in sources/`));
    return problems;
  }
  const text = sourceKey(raw);
  const stated = (key: string, label: string, value: string | null | undefined) => {
    if (value && !text.includes(sourceKey(value))) problems.push(at(key, `the source ${front.source_file} does not name the ${label} "${value}"`));
  };
  if (!front.title_supplied) stated("title", "title", front.title);
  stated("outlet", "outlet", front.outlet);
  stated("author", "author", front.author);
  stated("republished_from", "outlet it republishes", front.republished_from);
  return problems;
}

/** How a source's text is compared with front matter: Markdown emphasis, headings, link brackets and escapes removed, then as names. */
function sourceKey(text: string): string {
  return nameKey(text.replace(/\]\(#?\)/g, "").replace(/[*#\\[\]]/g, "").replace(/[’‘]/g, "'"));
}

// ---------------------------------------------------------------------------
// Entities

const ENTITY_CATEGORIES = ["people", "organizations", "countries", "places"] as const;

/** How names are compared: accents, case and whitespace runs ignored. */
function nameKey(name: string): string {
  return normalizeWhitespace(name.normalize("NFD").replace(/\p{M}/gu, "")).trim().toLowerCase();
}

type EntitiesResult = { entities: Entities | null; problems: ContentProblem[] };

type EntitiesData = z.infer<typeof entitiesSchema>;

/**
 * entities.yaml, always read on the precise path (one file, and every rule
 * below wants the line of its node): shapes, unique names and aliases,
 * countries that are entities, evidence quoted verbatim, and `in_story`
 * true to the articles (an entity of the story is named in one of them,
 * each of its aliases too; one kept only as a wrong option is named in none).
 */
function checkEntities(file: string, text: string, articles: Map<string, ArticleText>): EntitiesResult {
  const parsed = parseYaml(file, text, 0);
  if (!parsed.ok) return { entities: null, problems: [parsed.problem] };
  const { doc, source, value: raw } = parsed;
  if (!isMap(doc.contents)) {
    return { entities: null, problems: [{ file, line: 1, message: "entities file must be a mapping of people, organizations, countries and places" }] };
  }
  const result = entitiesSchema.safeParse(raw);
  if (!result.success) return { entities: null, problems: schemaProblems(result.error, raw, doc.contents, source, 1) };
  const lineOf = (path: Path, fallback = 1) => lineOfPath(source, doc.contents, path, fallback);
  const data = result.data;
  const problems = entityNameProblems(file, data, lineOf);
  const report = (path: Path, message: string) => problems.push({ file, line: lineOf(path), message });

  const countries = new Set(data.countries.map((country) => country.name));
  const checkCountry = (group: EntityGroup, index: number, country: string | undefined) => {
    if (country !== undefined && !countries.has(country)) report([group, index, "country"], `country "${country}" is not a name under countries`);
  };
  data.people.forEach((person, index) => checkCountry("people", index, person.country));
  data.organizations.forEach((organization, index) => checkCountry("organizations", index, organization.country));
  data.places.forEach((place, index) => checkCountry("places", index, place.country));

  const story = storyText(articles);
  for (const group of ENTITY_CATEGORIES) {
    data[group].forEach((entity, index) => {
      const evidence = "evidence" in entity ? entity.evidence : [];
      checkEvidence(evidence, [group, index, "evidence"], articles, report);
      if (story === null) return;
      if (!entity.in_story) {
        if (evidence.length > 0) report([group, index, "evidence"], `${entity.name} is not in the story (in_story: false) but has evidence`);
        const named = [entity.name, ...entity.aliases].find((name) => story.includes(wordsKey(name)));
        if (named !== undefined) report([group, index, "in_story"], `${entity.name} is marked in_story: false, but an article names "${named}"`);
        return;
      }
      if (![entity.name, ...entity.aliases].some((name) => story.includes(wordsKey(name)))) {
        report([group, index, "name"], `no article names ${entity.name}: mark it in_story: false if it is kept as a wrong option`);
        return;
      }
      entity.aliases.forEach((alias, aliasIndex) => {
        if (!story.includes(wordsKey(alias))) report([group, index, "aliases", aliasIndex], `no article spells ${entity.name} "${alias}"`);
      });
    });
  }
  return { entities: toEntities(data, lineOf), problems };
}

/** Every article body as words, padded with spaces; null when an article has no readable body (its problem is reported already). */
function storyText(articles: Map<string, ArticleText>): string | null {
  const bodies: string[] = [];
  for (const article of articles.values()) {
    if (article.normalizedBody === null) return null;
    bodies.push(wordsKey(article.normalizedBody), ...article.names.map(wordsKey));
  }
  return bodies.join(" | ");
}

/** A name or a text as lower-case words without accents, padded with spaces: " port au prince ". */
function wordsKey(text: string): string {
  return ` ${nameKey(text).replace(/['’]s\b/g, "").replace(/[’']/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;
}

function toEntities(data: EntitiesData, lineOf: (path: Path) => number): Entities {
  const base = (group: EntityGroup, index: number, entity: { name: string; aliases: string[]; takes_the: boolean; in_story: boolean }) => ({
    name: entity.name,
    aliases: entity.aliases,
    takesThe: entity.takes_the,
    inStory: entity.in_story,
    line: lineOf([group, index, "name"]),
  });
  return {
    people: data.people.map((person, index) => ({
      ...base("people", index, person),
      kind: "person" as const,
      title: person.title,
      country: person.country ?? null,
      side: person.side,
      status: person.status,
      evidence: person.evidence,
    })),
    organizations: data.organizations.map((organization, index) => ({
      ...base("organizations", index, organization),
      kind: "organization" as const,
      type: organization.type,
      country: organization.country ?? null,
      side: organization.side ?? null,
      description: organization.description ?? null,
      evidence: organization.evidence,
    })),
    countries: data.countries.map((country, index) => ({ ...base("countries", index, country), kind: "country" as const, region: country.region })),
    places: data.places.map((place, index) => ({ ...base("places", index, place), kind: "place" as const, type: place.type, country: place.country ?? null })),
  };
}

/** Names and aliases used twice: every name and alias belongs to one entity. */
function entityNameProblems(file: string, entities: EntitiesData, lineOf: (path: Path, fallback: number) => number): ContentProblem[] {
  const problems: ContentProblem[] = [];
  // Key -> owner and where it was first seen.
  const owners = new Map<string, { entity: { name: string }; isName: boolean; line: number }>();
  for (const category of ENTITY_CATEGORIES) {
    entities[category].forEach((entity: { name: string; aliases: string[] }, index: number) => {
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
  /** Entity name or alias (as a name key) -> the entity. */
  entityByName: Map<string, Entity>;
  /** The topic slugs of topics.yaml; null when that file could not be read (already reported). */
  topics: Set<string> | null;
  topicsFile: string;
  /** Fact id -> where it was first seen. */
  ids: Map<string, { file: string; line: number }>;
  fastPath: boolean;
};

/** Answers of these types name an entity of entities.yaml. */
const ENTITY_ANSWER_CATEGORY: Partial<Record<AnswerType, EntityGroup>> = {
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
    distractors: data.distractors,
    falseVariants: data.false_variants,
    accepted: data.accepted ?? null,
    formats: data.formats ?? null,
    asOf: data.as_of ?? null,
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
  if (data.conflict !== undefined) {
    const { conflict } = data;
    fact.conflict = {
      kind: conflict.kind,
      about: conflict.about,
      question: conflict.question,
      asks: conflict.asks ?? "answer",
      correction: conflict.correction ?? null,
      note: conflict.note ?? null,
      distractors: conflict.distractors,
      sides: conflict.sides.map((side) => ({ label: side.label, isError: side.error, evidence: side.evidence })),
    };
  }
  return fact;
}

/** The rules beyond shape: kinds, answers, evidence against the articles. */
function checkFact(fact: FactData, context: FactContext, report: (path: Path, message: string) => void): void {
  checkKind(fact, report);
  checkAnswer(fact, context, report);
  checkDistractors(fact, context, report);
  checkFalseVariants(fact, report);
  checkFormats(fact, report);
  checkAsOf(fact, context, report);
  if (context.topics) {
    fact.topics.forEach((topic, index) => {
      if (!context.topics?.has(topic)) report(["topics", index], `unknown topic ${topic}: topics are listed in ${context.topicsFile}`);
    });
  }

  if (fact.evidence.length === 0) report(["evidence"], "fact has no evidence");
  checkEvidence(fact.evidence, ["evidence"], context.articles, report);
  if (fact.conflict) {
    checkConflict(fact.conflict, report);
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

type Report = (path: Path, message: string) => void;

/** The entity a name or alias stands for, if any. */
function entityNamed(name: string, context: FactContext): Entity | undefined {
  return context.entityByName.get(nameKey(name));
}

/**
 * Curator distractors: distinct, never the answer or one of its spellings,
 * and for an answer that names entities, entities of the answer's own group
 * and fine type (a city for a city, an official for an official).
 */
function checkDistractors(fact: FactData, context: FactContext, report: Report): void {
  const { answer } = fact;
  const truths = new Set(
    (answer.type === "list" ? answer.items : [answer.value, ...answer.aliases, ...(fact.accepted ?? [])]).map((text) => wordsKey(text)),
  );
  const keys =
    answer.type === "list" ? answer.items.map((item) => entityNamed(item, context)) : [ENTITY_ANSWER_CATEGORY[answer.type] ? entityNamed(answer.value, context) : undefined];
  const keyEntity = keys[0];
  const group = answer.type === "list" ? (keyEntity ? groupOf(keyEntity) : undefined) : ENTITY_ANSWER_CATEGORY[answer.type];
  const seen = new Set<string>();
  fact.distractors.forEach((distractor, index) => {
    const at: Path = ["distractors", index];
    const key = wordsKey(distractor);
    if (seen.has(key)) report(at, `duplicate distractor "${distractor}"`);
    seen.add(key);
    const entity = entityNamed(distractor, context);
    if (truths.has(key) || (entity && keys.includes(entity))) {
      report(at, `distractor "${distractor}" is the answer`);
      return;
    }
    if (!context.entities || !group || !keyEntity) return;
    if (!entity || groupOf(entity) !== group) {
      report(at, `distractor "${distractor}" is not listed under ${group} in ${context.entitiesFile}`);
      return;
    }
    // "Who said it": any voice of the story may be a wrong speaker, whatever its side; other answers keep their fine type.
    const asksVoice = fact.kind !== "fact" && answer.type !== "list" && nameKey(factVoice(fact as Pick<Fact, "kind" | "claimant" | "speaker" | "holder">) ?? "") === nameKey(answer.value);
    if (asksVoice ? entity.kind !== keyEntity.kind : !isSameEntityKind(entity, keyEntity)) {
      report(at, `distractor "${distractor}" is ${entityKindLabel(entity)}; the answer "${keyEntity.name}" is ${entityKindLabel(keyEntity)}`);
    }
  });
}

function groupOf(entity: Entity): EntityGroup {
  return entity.kind === "person" ? "people" : entity.kind === "organization" ? "organizations" : entity.kind === "country" ? "countries" : "places";
}

/** False variants: for facts and claims only, each different from the statement and from the others. */
function checkFalseVariants(fact: FactData, report: Report): void {
  if (fact.false_variants.length > 0 && fact.kind === "opinion") {
    report(["false_variants"], "an opinion is never true or false: remove its false_variants");
    return;
  }
  const truth = wordsKey(fact.statement);
  const seen = new Set<string>();
  fact.false_variants.forEach((variant, index) => {
    const key = wordsKey(variant);
    if (key === truth) report(["false_variants", index], "false variant says the same as the statement");
    else if (seen.has(key)) report(["false_variants", index], "duplicate false variant");
    seen.add(key);
  });
}

/** Formats that cannot be made from the fact's kind or answer. */
function checkFormats(fact: FactData, report: Report): void {
  const { type } = fact.answer;
  (fact.formats ?? []).forEach((format, index) => {
    const reason =
      fact.kind === "opinion" && format !== "attribution"
        ? "an opinion only becomes attribution items"
        : format === "attribution" && fact.kind === "fact"
          ? "attribution items need a claim, a quote or an opinion"
          : format === "numeric" && type !== "number" && type !== "money"
            ? "numeric items need a number or money answer"
            : format === "multi-select" && type !== "list"
              ? "multi-select items need a list answer"
              : format !== "multi-select" && format !== "true-false" && format !== "attribution" && type === "list"
                ? `a list answer cannot be a ${format} item`
                : null;
    if (reason) report(["formats", index], `format ${format}: ${reason}`);
  });
}

/** Words that describe the world at the time of writing: "still", "in the works", "pending". */
const STATE_OF_WORLD = /\b(still|currently|in the works|so far|not yet|has yet to|have yet to|is expected to|are expected to|is waiting|are waiting|awaits|pending)\b/i;

/**
 * A statement about the world at publication time is tied to its article
 * (`as_of`) and says when: its statement and question name the article's
 * month and year. One that reads so without `as_of` is a problem.
 */
function checkAsOf(fact: FactData, context: FactContext, report: Report): void {
  if (fact.as_of === undefined) {
    for (const field of ["statement", "question"] as const) {
      const found = STATE_OF_WORLD.exec(outsideQuotes(fact[field]))?.[0];
      if (found) {
        report([field], `"${found}" describes the world when an article was written: add as_of (the article) and say when`);
        return;
      }
    }
    return;
  }
  const article = context.articles.get(fact.as_of);
  if (!article) {
    report(["as_of"], `unknown article ${fact.as_of}`);
    return;
  }
  if (article.published === null) return;
  const year = article.published.slice(0, 4);
  const monthName = monthOf(article.published);
  for (const [field, text] of [["statement", fact.statement], ["question", fact.question]] as const) {
    if (!text.includes(year ?? "") || (monthName && !text.includes(monthName))) {
      report([field], `a fact as of ${fact.as_of} names when: ${monthName ? `${monthName} ` : ""}${year} is missing from the ${field}`);
    }
  }
}

/** The text with every “…” or "…" quotation replaced by a space. */
export function outsideQuotes(text: string): string {
  return text.replace(/“[^”]*”|"[^"]*"/g, " ");
}

/** A disagreement asks each side's source by name; a source error has a wrong side, a right side and the correction. */
function checkConflict(conflict: NonNullable<FactData["conflict"]>, report: Report): void {
  const errors = conflict.sides.filter((side) => side.error).length;
  if (conflict.kind === "disagreement") {
    if (!conflict.question.includes("{source}")) report(["conflict", "question"], "a disagreement's question names the source as {source}");
    conflict.sides.forEach((side, index) => {
      if (side.error) report(["conflict", "sides", index, "error"], "a side of a disagreement is not an error: make the conflict a source-error");
    });
    if (conflict.correction !== undefined) report(["conflict", "correction"], "a disagreement has no correction: make the conflict a source-error");
    if (conflict.asks !== undefined) report(["conflict", "asks"], "a disagreement asks what each source says: asks is for a source error");
    return;
  }
  if (conflict.asks === "source") {
    const wrong = new Set(conflict.sides.filter((side) => side.error).flatMap((side) => side.evidence.map((entry) => entry.article)));
    const right = new Set(conflict.sides.filter((side) => !side.error).flatMap((side) => side.evidence.map((entry) => entry.article)));
    if (wrong.size !== 1 || [...wrong].some((article) => right.has(article))) {
      report(["conflict", "asks"], "a source error that asks which source made it needs its error in one article only, on no right side");
    }
  }
  if (conflict.question.includes("{source}")) report(["conflict", "question"], "a source error's question asks for the correct answer, not a source's word");
  if (errors === 0 || errors === conflict.sides.length) report(["conflict", "sides"], "a source error has at least one side marked error: true and one that is right");
  if (conflict.correction === undefined) report(["conflict", "kind"], "a source error needs a correction: what is right, and which source is wrong");
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

/** topics.yaml: the list of topic slugs and titles, in the order their sets are listed. */
function checkTopics(file: string, text: string): { topics: Topic[] | null; problems: ContentProblem[] } {
  const parsed = parseYaml(file, text, 0);
  if (!parsed.ok) return { topics: null, problems: [parsed.problem] };
  const { doc, source, value: raw } = parsed;
  if (!isSeq(doc.contents)) return { topics: null, problems: [{ file, line: 1, message: "topics file must be a list of slug and title" }] };
  const result = topicsSchema.safeParse(raw);
  if (!result.success) return { topics: null, problems: schemaProblems(result.error, raw, doc.contents, source, 1) };
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  result.data.forEach((topic, index) => {
    if (seen.has(topic.slug)) problems.push({ file, line: lineOfPath(source, doc.contents, [index, "slug"], 1), message: `duplicate topic ${topic.slug}` });
    seen.add(topic.slug);
  });
  return { topics: result.data, problems };
}

/** Matching items need at least this many pairs. */
const MATCHING_MIN_PAIRS = 4;

/**
 * matching.yaml: curated matching items. Every pair names a fact of the
 * bank, once across all groups; premises and clues are distinct; there are
 * at least four pairs and one extra response.
 */
function checkMatching(file: string, text: string, facts: Map<string, Fact>): { groups: MatchingGroup[]; problems: ContentProblem[] } {
  const parsed = parseYaml(file, text, 0);
  if (!parsed.ok) return { groups: [], problems: [parsed.problem] };
  const { doc, source, value: raw } = parsed;
  if (raw === null || raw === undefined) return { groups: [], problems: [] };
  if (!isSeq(doc.contents)) return { groups: [], problems: [{ file, line: 1, message: "matching file must be a list of matching items" }] };
  const result = matchingSchema.safeParse(raw);
  if (!result.success) return { groups: [], problems: schemaProblems(result.error, raw, doc.contents, source, 1) };
  const problems: ContentProblem[] = [];
  const lineOf = (path: Path) => lineOfPath(source, doc.contents, path, 1);
  const usedFacts = new Map<string, string>();
  const ids = new Set<string>();
  const groups = result.data.map((group, index) => {
    const report = (path: Path, message: string) => problems.push({ file, line: lineOf([index, ...path]), message });
    if (ids.has(group.id)) report(["id"], `duplicate matching item ${group.id}`);
    ids.add(group.id);
    if (group.pairs.length < MATCHING_MIN_PAIRS) report(["pairs"], `a matching item needs at least ${MATCHING_MIN_PAIRS} pairs, this one has ${group.pairs.length}`);
    const lefts = new Set<string>();
    const rights = new Set<string>();
    group.pairs.forEach((pair, pairIndex) => {
      if (!facts.has(pair.fact)) report(["pairs", pairIndex, "fact"], `unknown fact ${pair.fact}`);
      const first = usedFacts.get(pair.fact);
      if (first) report(["pairs", pairIndex, "fact"], `fact ${pair.fact} is already asked by matching item ${first}`);
      usedFacts.set(pair.fact, group.id);
      if (lefts.has(nameKey(pair.left))) report(["pairs", pairIndex, "left"], `duplicate premise "${pair.left}"`);
      if (rights.has(nameKey(pair.right))) report(["pairs", pairIndex, "right"], `duplicate clue "${pair.right}"`);
      lefts.add(nameKey(pair.left));
      rights.add(nameKey(pair.right));
    });
    group.extras.forEach((extra, extraIndex) => {
      if (rights.has(nameKey(extra))) report(["extras", extraIndex], `extra response "${extra}" is also a clue`);
    });
    return { id: group.id, prompt: group.prompt, pairs: group.pairs, extras: group.extras, line: lineOf([index, "id"]) };
  });
  return { groups, problems };
}

/** review.yaml: editors' verdicts by item id, one per item. */
function checkReviews(file: string, text: string): { reviews: Review[]; problems: ContentProblem[] } {
  const parsed = parseYaml(file, text, 0);
  if (!parsed.ok) return { reviews: [], problems: [parsed.problem] };
  const { doc, source, value: raw } = parsed;
  if (raw === null || raw === undefined) return { reviews: [], problems: [] };
  if (!isSeq(doc.contents)) return { reviews: [], problems: [{ file, line: 1, message: "review file must be a list of item, verdict and reason" }] };
  const result = reviewsSchema.safeParse(raw);
  if (!result.success) return { reviews: [], problems: schemaProblems(result.error, raw, doc.contents, source, 1) };
  const problems: ContentProblem[] = [];
  const seen = new Map<string, number>();
  const reviews = result.data.map((review, index) => {
    const line = lineOfPath(source, doc.contents, [index, "item"], 1);
    const first = seen.get(review.item);
    if (first !== undefined) problems.push({ file, line, message: `second verdict on item ${review.item} (first at line ${first})` });
    else seen.set(review.item, line);
    return { item: review.item, verdict: review.verdict, reason: review.reason, by: review.by ?? null, line };
  });
  return { reviews, problems };
}

/**
 * Checks and loads the content. Paths are repository-relative, under
 * `contentDir`: content/articles/<slug>.md, content/sources/<file>.txt,
 * content/entities.yaml, content/topics.yaml and content/facts/<topic>.yaml.
 * Invalid articles and facts are reported and left out of the bank; facts
 * come sorted by file, then position.
 */
export function parseContent(files: ContentFile[], contentDir: string = CONTENT_DIR, options: ParseOptions = {}): ParsedContent {
  const fastPath = options.fastPath ?? true;
  const layout = contentLayout(contentDir);
  const sorted = [...files].sort(byPath);
  const problems: ContentProblem[] = [];
  const articles: Article[] = [];
  const articleTexts = new Map<string, ArticleText>();
  const sources = new Map<string, string>();
  for (const file of sorted) {
    const name = layout.sourceName(file.path);
    if (name !== undefined) sources.set(name, file.text);
  }

  for (const file of sorted) {
    const slug = layout.articleSlug(file.path);
    if (slug === undefined) continue;
    const result = checkArticle(file.path, slug, file.text, sources);
    problems.push(...result.problems);
    articleTexts.set(slug, result.text);
    if (result.article) articles.push(result.article);
  }

  let entities: Entities | null = null;
  const entitiesFile = sorted.find((file) => file.path === layout.entitiesFile);
  if (entitiesFile) {
    const result = checkEntities(entitiesFile.path, entitiesFile.text, articleTexts);
    problems.push(...result.problems);
    entities = result.entities;
  } else {
    problems.push({ file: layout.entitiesFile, line: 1, message: "file is missing" });
  }

  let topics: Topic[] | null = null;
  const topicsFile = sorted.find((file) => file.path === layout.topicsFile);
  if (topicsFile) {
    const result = checkTopics(topicsFile.path, topicsFile.text);
    problems.push(...result.problems);
    topics = result.topics;
  } else {
    problems.push({ file: layout.topicsFile, line: 1, message: "file is missing" });
  }

  let reviews: Review[] = [];
  const reviewFile = sorted.find((file) => file.path === layout.reviewFile);
  if (reviewFile) {
    const result = checkReviews(reviewFile.path, reviewFile.text);
    problems.push(...result.problems);
    reviews = result.reviews;
  }

  const entityByName = new Map<string, Entity>();
  for (const entity of entities ? allEntities(entities) : []) {
    for (const name of [entity.name, ...entity.aliases]) if (!entityByName.has(nameKey(name))) entityByName.set(nameKey(name), entity);
  }

  const facts: Fact[] = [];
  const context: FactContext = {
    articles: articleTexts,
    entitiesFile: layout.entitiesFile,
    entities,
    entityByName,
    topics: topics ? new Set(topics.map((topic) => topic.slug)) : null,
    topicsFile: layout.topicsFile,
    ids: new Map(),
    fastPath,
  };
  for (const file of sorted) {
    if (layout.isFactFile(file.path)) {
      const result = checkFactFile(file.path, file.text, context);
      problems.push(...result.problems);
      facts.push(...result.facts);
    } else if (
      file.path !== layout.entitiesFile &&
      file.path !== layout.topicsFile &&
      file.path !== layout.reviewFile &&
      file.path !== layout.matchingFile &&
      layout.articleSlug(file.path) === undefined &&
      layout.sourceName(file.path) === undefined
    ) {
      problems.push({ file: file.path, line: 1, message: "not a content file (expected articles/*.md, sources/*.txt, entities.yaml, topics.yaml, matching.yaml, review.yaml or facts/*.yaml)" });
    }
  }

  let matching: MatchingGroup[] = [];
  const matchingFile = sorted.find((file) => file.path === layout.matchingFile);
  if (matchingFile) {
    const result = checkMatching(matchingFile.path, matchingFile.text, new Map(facts.map((fact) => [fact.id, fact])));
    problems.push(...result.problems);
    matching = result.groups;
  }

  problems.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  const emptyEntities: Entities = { people: [], organizations: [], countries: [], places: [] };
  return { bank: { articles, entities: entities ?? emptyEntities, topics: topics ?? [], facts, matching, reviews }, problems };
}
