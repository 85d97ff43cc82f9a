// Fact files (facts/<topic>.yaml): each read on the fast path first
// (yaml-fast.ts), and on the precise path (yaml-lines.ts) when it has a
// problem or the fast path cannot vouch for it; both give the same facts.
// Fact ids are unique across all files.
import { isMap, isSeq } from "yaml";
import { checkFact, type FactContext } from "./check-facts";
import { factSchema, type FactData } from "./schema";
import type { Answer, ContentProblem, Fact } from "./types";
import { factLines, loadFast } from "./yaml-fast";
import { lineOfNode, lineOfPath, parseYaml, schemaProblems, valueAt, type Path } from "./yaml-lines";

type FactFileResult = { facts: Fact[]; problems: ContentProblem[] };

export function checkFactFile(file: string, text: string, context: FactContext): FactFileResult {
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
    if (context.ids.has(id) || ids.has(id) || id.startsWith(AUTHORED_FACT_ID_PREFIX)) return null;
    ids.set(id, { file, line });
    let hasProblem = false;
    checkFact(result.data, context, () => {
      hasProblem = true;
    });
    if (hasProblem) return null;
    facts.push(factFromData(result.data, { file, line }));
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
      if (id.startsWith(AUTHORED_FACT_ID_PREFIX)) report(["id"], `fact id ${id} starts with "${AUTHORED_FACT_ID_PREFIX}", which is kept for teachers' own facts`);
    }

    const result = factSchema.safeParse(rawFact);
    if (!result.success) {
      factProblems.push(...schemaProblems(result.error, rawFact, node, source, line));
    } else {
      checkFact(result.data, context, report);
    }
    if (factProblems.length > 0) problems.push(...factProblems);
    else if (result.success) facts.push(factFromData(result.data, { file, line }));
  });
  return { facts, problems };
}

/** A checked fact of the content-file shape as the model's Fact; `source` says where it was read. */
/** Teachers' own facts have ids `t-` and 12 hex digits: a shipped fact's id never starts so, and item ids (hashed from fact ids) never collide. */
export const AUTHORED_FACT_ID_PREFIX = "t-";

export function factFromData(data: FactData, source: Fact["source"]): Fact {
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
