// The rules of one fact beyond its shape: kinds and their voices, answers,
// distractors, false variants, formats, topics, evidence, facts about the
// world at publication time, and conflicts between sources.
import { monthOf } from "@/lib/time/iso-date";
import { checkEvidence, type ArticleText } from "./check-article";
import { entityGroupOf, entityKindLabel, isSameEntityKind } from "./entities";
import type { FactData } from "./schema";
import { nameKey, normalizeWhitespace, wordsKey } from "./text-keys";
import { factVoice, type Entities, type Entity, type Fact } from "./types";
import type { Path, Report } from "./yaml-lines";

export type FactContext = {
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

/** Fields that belong to one kind of fact. */
const KIND_FIELDS = [
  ["claimant", "claim"],
  ["speaker", "quote"],
  ["quote", "quote"],
  ["holder", "opinion"],
] as const;

/** The rules beyond shape: kinds, answers, evidence against the articles. */
export function checkFact(fact: FactData, context: FactContext, report: Report): void {
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
    answer.type === "list" ? answer.items.map((item) => entityNamed(item, context)) : [entityGroupOf(answer.type) ? entityNamed(answer.value, context) : undefined];
  const keyEntity = keys[0];
  const group = answer.type === "list" ? (keyEntity ? entityGroupOf(keyEntity.kind) : undefined) : entityGroupOf(answer.type);
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
    if (!entity || entityGroupOf(entity.kind) !== group) {
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
function outsideQuotes(text: string): string {
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

function checkKind(fact: FactData, report: Report): void {
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

function checkAnswer(fact: FactData, context: FactContext, report: Report): void {
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
    const category = entityGroupOf(answer.type);
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

