// Stable item identity and content versions. Pure JavaScript, so it runs the
// same on the server and in the browser bundle.
import type { Evidence, Fact } from "@/lib/content/types";
import { cyrb53 } from "./hash";
import type { ItemType } from "./types";

/**
 * A 64-bit hash of a string as 16 hex digits: cyrb53's two 32-bit lanes over
 * the UTF-16 code units, both kept whole. Not cryptographic; fast, well mixed
 * and the same on every JavaScript engine.
 */
export function hashText(text: string): string {
  const { high, low } = cyrb53(text);
  return high.toString(16).padStart(8, "0") + low.toString(16).padStart(8, "0");
}

/** 12 hex digits (48 bits): collisions stay unlikely far beyond a million items. */
function shortHash(text: string): string {
  return hashText(text).slice(0, 12);
}

/**
 * JSON with object keys sorted at every level, so equal content always gives
 * equal text whatever order its fields were written in. (Keys are field
 * names; JavaScript would put integer-like keys first.)
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(withSortedKeys(value)) ?? "null";
}

function withSortedKeys(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(withSortedKeys);
  const record = value as Record<string, unknown>;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) sorted[key] = withSortedKeys(record[key]);
  return sorted;
}

/**
 * An item's stable id: depends only on the fact ids, the item type and the
 * variant key (e.g. "true"/"false" for the two true-false items of a fact,
 * the outlet of a sources-disagree item), so editing the wording of a fact
 * or anything else in the bank keeps it.
 */
export function itemId(factIds: readonly string[], type: ItemType, variant: string): string {
  return shortHash(JSON.stringify([factIds, type, variant]));
}

/**
 * The parts of a fact that items are made of, as positional lists so that
 * the order fields were written in does not matter. Where a fact was read
 * from, its topics and its difficulty are not among them.
 */
function factContent(fact: Fact): unknown[] {
  const { answer } = fact;
  const answerContent =
    answer.type === "list"
      ? [answer.type, answer.items, answer.aliases]
      : answer.type === "number"
        ? [answer.type, answer.value, answer.aliases, answer.number, answer.unit]
        : answer.type === "money"
          ? [answer.type, answer.value, answer.aliases, answer.amount, answer.currency]
          : answer.type === "date"
            ? [answer.type, answer.value, answer.aliases, answer.date]
            : [answer.type, answer.value, answer.aliases];
  const evidence = (entries: Evidence[]) => entries.map((entry) => [entry.article, entry.quote]);
  return [
    fact.statement,
    fact.kind,
    fact.claimant ?? null,
    fact.speaker ?? null,
    fact.quote ?? null,
    fact.holder ?? null,
    fact.question,
    answerContent,
    evidence(fact.evidence),
    fact.conflict
      ? [
          fact.conflict.kind,
          fact.conflict.about,
          fact.conflict.question,
          fact.conflict.correction,
          fact.conflict.note,
          fact.conflict.distractors,
          fact.conflict.sides.map((side) => [side.label, side.isError, evidence(side.evidence)]),
        ]
      : null,
    fact.timeline ? [fact.timeline.date, fact.timeline.event] : null,
    fact.distractors,
    fact.falseVariants,
    fact.accepted,
    fact.formats,
    fact.asOf,
  ];
}

/** The content version of one fact: a hash of the parts items are made of. */
export function factVersion(fact: Fact): string {
  return hashText(JSON.stringify(factContent(fact)));
}

/**
 * The content version of an item: changes when the content of one of its
 * facts changes (or `extra`, content an item takes from outside the facts,
 * such as the pairs of a matching item), and only then. `factVersions`
 * memoizes factVersion across the items of one generation run; facts are
 * treated as immutable values.
 */
export function itemVersion(facts: readonly Fact[], type: ItemType, extra?: unknown, factVersions?: Map<Fact, string>): string {
  const versions = facts.map((fact) => {
    const known = factVersions?.get(fact);
    if (known !== undefined) return known;
    const version = factVersion(fact);
    factVersions?.set(fact, version);
    return version;
  });
  return shortHash(`${type}|${versions.join(",")}|${extra === undefined ? "" : canonicalJson(extra)}`);
}
