// The precise path of reading YAML: the yaml package's document with a
// LineCounter, so that every problem names the line of its node, and zod's
// issues turned into curators' messages ("missing field answer.value",
// "kind must be one of fact, claim, quote, opinion, got \"fcat\"").
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import type { ContentProblem } from "./types";

/** Where a node sits in a parsed value: mapping keys and list indexes. */
export type Path = readonly PropertyKey[];

/** How a rule reports a problem: at the line of the node at `path`. */
export type Report = (path: Path, message: string) => void;

type YamlSource = {
  file: string;
  lineCounter: LineCounter;
  /** Added to YAML lines: 1 for front matter, which starts on the file's second line. */
  lineOffset: number;
};

function lineOfOffset(source: YamlSource, offset: number): number {
  return source.lineCounter.linePos(offset).line + source.lineOffset;
}

export function lineOfNode(source: YamlSource, node: unknown, fallback: number): number {
  return isNode(node) && node.range ? lineOfOffset(source, node.range[0]) : fallback;
}

/** The line of the deepest node along `path`: a mapping key's line, a list item's line. */
export function lineOfPath(source: YamlSource, node: unknown, path: Path, fallback: number): number {
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

export function parseYaml(file: string, text: string, lineOffset: number) {
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

/**
 * A file that is one YAML list (topics.yaml, matching.yaml, review.yaml)
 * read against `schema`: its items and the line of any node in it, or the
 * problems that stop it. With `allowEmpty`, an empty file is an empty list.
 */
export function parseYamlList<T>(
  file: string,
  text: string,
  schema: z.ZodType<T[]>,
  { notAList, allowEmpty }: { notAList: string; allowEmpty: boolean },
): { ok: true; items: T[]; lineOf: (path: Path) => number } | { ok: false; problems: ContentProblem[] } {
  const parsed = parseYaml(file, text, 0);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const { doc, source, value: raw } = parsed;
  if (allowEmpty && (raw === null || raw === undefined)) return { ok: true, items: [], lineOf: () => 1 };
  if (!isSeq(doc.contents)) return { ok: false, problems: [{ file, line: 1, message: notAList }] };
  const result = schema.safeParse(raw);
  if (!result.success) return { ok: false, problems: schemaProblems(result.error, raw, doc.contents, source, 1) };
  return { ok: true, items: result.data, lineOf: (path) => lineOfPath(source, doc.contents, path, 1) };
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

export function valueAt(raw: unknown, path: Path): unknown {
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

export function schemaProblems(error: z.ZodError, raw: unknown, node: unknown, source: YamlSource, fallbackLine: number): ContentProblem[] {
  return error.issues.flatMap((issue) => issueProblems(issue, raw, node, source, fallbackLine));
}

