// The indexes of one generation run, built once per bank, and what items of
// every kind share: the provenance of a quote and how a source is named.
import { allEntities, factVoice, type ContentBank, type Entity, type Evidence, type Fact } from "@/lib/content/types";
import { itemSourceOf, type ItemSource } from "../types";
import type { Candidate, Context } from "./model";
import { createNormalizer, unique } from "./text";

export function buildContext(bank: ContentBank, seed: string): Context {
  const normalize = createNormalizer();
  const context: Context = {
    seed,
    bank,
    normalize,
    articles: new Map(bank.articles.map((article) => [article.slug, article])),
    entityByForm: new Map(),
    candidates: new Map(),
    truthsByQuestion: new Map(),
    numbersByQuestion: new Map(),
    datesByQuestion: new Map(),
    voices: [],
    saidBy: new Map(),
    factVersions: new Map(),
  };
  for (const entity of allEntities(bank.entities)) {
    const forms = unique([entity.name, ...entity.aliases].map(normalize).filter((form) => form !== ""));
    context.candidates.set(entity, { display: entity.name, key: forms[0] ?? "", forms, entity });
    for (const form of forms) if (!context.entityByForm.has(form)) context.entityByForm.set(form, entity);
  }

  const voices = new Set<Entity>();
  for (const fact of bank.facts) {
    const question = questionKey(fact, context);
    const truths = getOrCreate(context.truthsByQuestion, question, () => new Set<string>());
    for (const candidate of answerCandidates(fact, context)) for (const form of candidate.forms) truths.add(form);
    const { answer } = fact;
    if (answer.type === "number") getOrCreate(context.numbersByQuestion, question, () => new Set()).add(answer.number);
    if (answer.type === "money") getOrCreate(context.numbersByQuestion, question, () => new Set()).add(answer.amount);
    if (answer.type === "date") getOrCreate(context.datesByQuestion, question, () => new Set()).add(answer.date);
    const voice = voiceEntity(fact, context);
    if (voice) {
      voices.add(voice);
      const words = fact.quote ?? fact.statement;
      getOrCreate(context.saidBy, normalize(words), () => new Set()).add(voice);
    }
  }
  context.voices = [...voices];
  return context;
}

/** A fact's question as a key: normalized, without the "According to X," that claims carry. */
export function questionKey(fact: Fact, context: Context): string {
  return context.normalize(fact.question.replace(/^According to [^,]+,\s*/, ""));
}

export function entityNamed(name: string, context: Context): Entity | null {
  return context.entityByForm.get(context.normalize(name)) ?? null;
}

/** The candidate for a value a fact gives: its entity's when it names one (with the fact's own aliases added), else the text itself. */
export function valueCandidate(value: string, aliases: string[], context: Context): Candidate {
  const entity = entityNamed(value, context);
  const own = [value, ...aliases].map(context.normalize).filter((form) => form !== "");
  if (entity) {
    const candidate = context.candidates.get(entity);
    if (candidate) return own.every((form) => candidate.forms.includes(form)) ? candidate : { ...candidate, forms: unique([...candidate.forms, ...own]) };
  }
  return { display: value, key: own[0] ?? "", forms: unique(own), entity: null };
}

export function answerCandidates(fact: Fact, context: Context): Candidate[] {
  const { answer } = fact;
  if (answer.type === "list") return answer.items.map((item) => valueCandidate(item, [], context));
  return [valueCandidate(answer.value, [...answer.aliases, ...(fact.accepted ?? [])], context)];
}

/** The entity behind a claim, quote or opinion; null for plain facts and collective voices ("human rights advocates"). */
export function voiceEntity(fact: Fact, context: Context): Entity | null {
  const name = factVoice(fact);
  return name ? entityNamed(name, context) : null;
}

export function itemSources(evidence: Evidence[], context: Context): ItemSource[] {
  const sources: ItemSource[] = [];
  for (const entry of evidence) {
    const article = context.articles.get(entry.article);
    if (!article) continue;
    sources.push(itemSourceOf(article, entry.quote));
  }
  return sources;
}

export function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}
