// Quiz item generation: turns the curated facts of a ContentBank (see
// content/README.md) into quiz items and groups them into sets. Pure and
// deterministic: the same bank and seed give the same items. Every item
// carries its provenance; claims are always attributed; opinions only ever
// become attribution items; a fact with a conflict never teaches one side and
// becomes sources-disagree items; wrong options come from the same story and
// are never something a fact gives as true. Indexes are built once per bank,
// so the work grows with the number of facts, not with its square.
import type { Article, ContentBank, Entities, Entity, Evidence, Fact } from "@/lib/content/types";
import { normalizeAnswer as normalizeText, numberInWords } from "./answer-match";
import { itemId, itemVersion } from "./item-id";
import { createRandom, shuffle, type Random } from "./seeded-random";
import {
  CLOZE_GAP,
  type ChoiceItem,
  type ClozeItem,
  type Item,
  type ItemSet,
  type ItemSource,
  type ItemType,
  type MatchingItem,
  type MultiSelectItem,
  type NumericItem,
  type OrderingItem,
  type TrueFalseItem,
  type TypedAnswerItem,
} from "./types";

/** What every item has, whatever its type. */
type ItemCommon = Omit<Item, "type">;
type ItemConflict = NonNullable<Item["conflict"]>;

type EntityKind = "person" | "organization" | "country" | "place";

const ENTITY_GROUPS: { kind: EntityKind; group: keyof Entities }[] = [
  { kind: "person", group: "people" },
  { kind: "organization", group: "organizations" },
  { kind: "country", group: "countries" },
  { kind: "place", group: "places" },
];

/** Options of a choice item besides the answer. */
const CHOICE_DISTRACTORS = 3;
/** A multi-select item has between 2 and 4 wrong options, as many as it has answers. */
const MULTI_SELECT_DISTRACTORS = { min: 2, max: 4 };
/** Typed answers must be short enough to type: one accepted spelling within these. */
const TYPED_ANSWER_LIMITS = { words: 5, characters: 40 };
/** Longer evidence is not turned into a cloze. */
const MAX_CLOZE_LENGTH = 400;
const MATCHING_GROUP_SIZE = 4;
const ORDERING_GROUP_SIZE = { min: 4, max: 5 };
/** Recall is harder than recognition. */
const RECALL_TYPES: ItemType[] = ["typed-answer", "numeric", "cloze"];

const ATTRIBUTION_PREFIX = /^According to [^,]+,\s*/;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * A possible option: the text shown, the key that identifies it (entities are
 * one option whatever spelling a fact uses) and every normalized spelling.
 */
type Candidate = { display: string; key: string; forms: string[]; paddedForms: string[]; kind: EntityKind | null; entity?: Entity };

/**
 * What a wrong option must stay clear of: spellings of true values, and texts
 * (question, statement, evidence) whose names are give-aways or may be true.
 * Forms and texts are normalized and padded with spaces for whole-word
 * containment; `joinedForms` and `joinedTexts` hold them all, separated by
 * " | " (which no normalized word contains), so one search covers them.
 */
type Exclusion = { forms: Set<string>; paddedForms: string[]; joinedForms: string; texts: string[]; joinedTexts: string };

/** What is worked out once per fact. */
type FactInfo = {
  /** The normalized question: the key of byQuestion. */
  questionKey: string;
  answers: Candidate[];
  voice: Candidate | null;
  attribution?: AttributionQuestion | null;
};

/** Values that facts give as the answer to one question text. */
type TrueValues = { forms: Set<string>; numbers: Set<number>; dates: Set<string> };

/** Indexes built once per bank, so no item looks at every fact. */
type Context = {
  seed: string;
  articles: Map<string, Article>;
  entityByForm: Map<string, Candidate>;
  /** Entities of each kind and the fact answers of that type, for distractors. */
  pools: Record<EntityKind, Candidate[]>;
  /** Everyone the facts quote, or whose claim or opinion they report. */
  voices: Candidate[];
  numbers: number[];
  amounts: number[];
  /** ISO dates of the story (answers and timeline entries), by precision. */
  dates: { day: string[]; month: string[]; year: string[] };
  byQuestion: Map<string, TrueValues>;
  byAttribution: Map<string, Set<string>>;
  /** Entity key → the facts that name it as an answer or voice, in bank order. */
  factsByEntity: Map<string, Fact[]>;
  factVersions: Map<Fact, string>;
  /** What is worked out once per fact and used by several of its items. */
  factInfo: Map<Fact, FactInfo>;
  /** Entity key → whether the statements write "the" before it ("the United States"), where a statement names it. */
  takesThe: Map<string, boolean>;
};

/** One fact with what all of its items share. */
type FactFrame = {
  fact: Fact;
  /** [fact.id], shared by the fact's items. */
  factIds: string[];
  sources: ItemSource[];
  explanation: string;
  conflict: ItemConflict | undefined;
  answers: Candidate[];
  voice: Candidate | null;
  /** Never a wrong option for this fact: its answers, its voice, other answers to its question, what its question and statement name. */
  exclusion: Exclusion;
  /** Normalized evidence quotes, for the items that must not offer a name the sources mention. */
  evidenceTexts: string[];
};

// ---------------------------------------------------------------------------
// Public API

/** Every item the bank yields, fact by fact, then the timeline and matching groups. */
export function generateItems(bank: ContentBank, options: { seed: string }): Item[] {
  try {
    const context = buildContext(bank, options.seed);
    const items: Item[] = [];
    for (const fact of bank.facts) items.push(...factItems(fact, context));
    items.push(...orderingItems(bank, context));
    items.push(...matchingItems(bank, context));
    return items;
  } finally {
    normalizedTexts.clear();
  }
}

/** Titles of the topic tags of content/README.md, in the order their sets are listed. */
const TOPIC_TITLES = new Map([
  ["agreement", "The US-Kenya defense agreement"],
  ["haiti-mission", "The Kenyan-led mission to Haiti"],
  ["haiti-crisis", "Haiti's crisis"],
  ["kenya-deployments", "Kenya's deployments"],
  ["objections", "Objections to the mission"],
  ["quotes", "Who said it"],
  ["timeline", "Timeline"],
  ["organizations", "Organizations"],
  ["people", "People"],
  ["money", "Money"],
]);

/** A readable title for a topic tag: a known title, or the tag in sentence case. */
export function topicTitle(tag: string): string {
  const known = TOPIC_TITLES.get(tag);
  if (known) return known;
  const words = tag.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One set per article (items with evidence from it), one per topic, and `all`. */
export function buildSets(bank: ContentBank, items: Item[]): ItemSet[] {
  const byArticle = new Map<string, string[]>();
  const byTopic = new Map<string, string[]>();
  for (const item of items) {
    for (const article of new Set(item.sources.map((source) => source.article))) pushTo(byArticle, article, item.id);
    for (const topic of new Set(item.topics)) pushTo(byTopic, topic, item.id);
  }

  const sets: ItemSet[] = [];
  for (const article of bank.articles) {
    const itemIds = byArticle.get(article.slug);
    if (!itemIds) continue;
    const byline = [article.outlet, article.author ? `by ${article.author}` : null, article.published].filter(Boolean).join(", ");
    sets.push({ slug: `article:${article.slug}`, title: article.title, description: `Questions from the article (${byline}).`, kind: "article", itemIds });
  }
  const knownOrder = [...TOPIC_TITLES.keys()];
  const topics = [...byTopic.keys()].sort((a, b) => topicRank(a, knownOrder) - topicRank(b, knownOrder) || compareText(a, b));
  for (const topic of topics) {
    const title = topicTitle(topic);
    sets.push({ slug: `topic:${topic}`, title, description: `Questions on the topic “${title}”.`, kind: "topic", itemIds: byTopic.get(topic) ?? [] });
  }
  sets.push({ slug: "all", title: "Everything", description: "Every question from every article.", kind: "all", itemIds: items.map((item) => item.id) });
  return sets;
}

function topicRank(topic: string, knownOrder: string[]): number {
  const index = knownOrder.indexOf(topic);
  return index === -1 ? knownOrder.length : index;
}

// ---------------------------------------------------------------------------
// Indexes

function buildContext(bank: ContentBank, seed: string): Context {
  const entityByForm = new Map<string, Candidate>();
  const pools: Record<EntityKind, Candidate[]> = { person: [], organization: [], country: [], place: [] };
  for (const { kind, group } of ENTITY_GROUPS) {
    for (const entity of bank.entities[group]) {
      const candidate = entityCandidate(entity, kind);
      if (candidate.key === "") continue;
      pools[kind].push(candidate);
      for (const form of candidate.forms) if (!entityByForm.has(form)) entityByForm.set(form, candidate);
    }
  }

  const context: Context = {
    seed,
    articles: new Map(bank.articles.map((article) => [article.slug, article])),
    entityByForm,
    pools,
    voices: [],
    numbers: [],
    amounts: [],
    dates: { day: [], month: [], year: [] },
    byQuestion: new Map(),
    byAttribution: new Map(),
    factsByEntity: new Map(),
    factVersions: new Map(),
    factInfo: new Map(),
    takesThe: new Map(),
  };

  const poolKeys = Object.fromEntries(ENTITY_GROUPS.map(({ kind }) => [kind, new Set(pools[kind].map((candidate) => candidate.key))])) as Record<
    EntityKind,
    Set<string>
  >;
  const voiceKeys = new Set<string>();
  const numbers = new Set<number>();
  const amounts = new Set<number>();
  const dates = new Set<string>();

  for (const fact of bank.facts) {
    const { answer } = fact;
    const trueValues = getOrCreate(context.byQuestion, questionKey(fact, context), () => ({
      forms: new Set<string>(),
      numbers: new Set<number>(),
      dates: new Set<string>(),
    }));
    const answerSpellings = answer.type === "list" ? answer.items : [answer.value];
    for (const [index, candidate] of answerCandidates(fact, context).entries()) {
      for (const form of candidate.forms) trueValues.forms.add(form);
      noteArticle(context.takesThe, candidate.key, fact.statement, answerSpellings[index] ?? "");
      const kind = answerEntityKind(fact);
      if (kind && candidate.kind === null && !poolKeys[kind].has(candidate.key)) {
        poolKeys[kind].add(candidate.key);
        pools[kind].push(candidate);
      }
      if (candidate.kind) pushTo(context.factsByEntity, candidate.key, fact);
    }
    if (answer.type === "number") {
      trueValues.numbers.add(answer.number);
      numbers.add(answer.number);
    }
    if (answer.type === "money") {
      trueValues.numbers.add(answer.amount);
      amounts.add(answer.amount);
    }
    if (answer.type === "date") {
      trueValues.dates.add(answer.date);
      dates.add(answer.date);
    }
    if (fact.timeline && fact.kind !== "opinion") dates.add(fact.timeline.date);

    const voice = voiceOf(fact, context);
    if (voice) {
      if (!voiceKeys.has(voice.key)) {
        voiceKeys.add(voice.key);
        context.voices.push(voice);
      }
      if (voice.kind) pushTo(context.factsByEntity, voice.key, fact);
      noteArticle(context.takesThe, voice.key, fact.statement, voiceName(fact) ?? "");
      const attribution = attributionQuestion(fact, context);
      if (attribution) {
        const said = getOrCreate(context.byAttribution, attribution.key, () => new Set<string>());
        for (const form of voice.forms) said.add(form);
      }
    }
  }

  context.numbers = [...numbers].sort((a, b) => a - b);
  context.amounts = [...amounts].sort((a, b) => a - b);
  const days = new Set<string>();
  const months = new Set<string>();
  const years = new Set<string>();
  for (const date of dates) {
    if (!isIsoDate(date)) continue;
    if (date.length === 10) days.add(date);
    if (date.length >= 7) months.add(date.slice(0, 7));
    years.add(date.slice(0, 4));
  }
  context.dates = { day: [...days].sort(), month: [...months].sort(), year: [...years].sort() };
  return context;
}

/** Records whether `statement` writes "the" before `spelling`, the first time a statement names it. */
function noteArticle(takesThe: Map<string, boolean>, key: string, statement: string, spelling: string): void {
  if (takesThe.has(key)) return;
  const index = occurrences(statement, spelling)[0];
  if (index !== undefined) takesThe.set(key, /(^|\s)the $/i.test(statement.slice(0, index)));
}

function entityCandidate(entity: Entity, kind: EntityKind): Candidate {
  const forms = uniqueForms([entity.name, ...entity.aliases]);
  return { display: entity.name, key: forms[0] ?? "", forms, paddedForms: forms.map(pad), kind, entity };
}

/** The candidate for a value a fact gives: its entity when it names one, with the fact's own aliases added. */
function valueCandidate(value: string, aliases: string[], context: Context): Candidate {
  const ownForms = uniqueForms([value, ...aliases]);
  const entity = ownForms.map((form) => context.entityByForm.get(form)).find((found) => found !== undefined);
  if (entity) {
    if (ownForms.every((form) => entity.forms.includes(form))) return entity;
    const forms = uniqueForms([...entity.forms, ...ownForms]);
    return { ...entity, forms, paddedForms: forms.map(pad) };
  }
  return { display: value, key: ownForms[0] ?? "", forms: ownForms, paddedForms: ownForms.map(pad), kind: null };
}

function factInfo(fact: Fact, context: Context): FactInfo {
  return getOrCreate(context.factInfo, fact, () => {
    const { answer } = fact;
    const name = voiceName(fact);
    return {
      questionKey: normalizeAnswer(fact.question),
      answers: answer.type === "list" ? answer.items.map((item) => valueCandidate(item, [], context)) : [valueCandidate(answer.value, answer.aliases, context)],
      voice: name ? valueCandidate(name, [], context) : null,
    };
  });
}

/** The answer of a fact as candidates: one, or one per item of a list. */
function answerCandidates(fact: Fact, context: Context): Candidate[] {
  return factInfo(fact, context).answers;
}

function answerEntityKind(fact: Fact): EntityKind | null {
  const { type } = fact.answer;
  return type === "person" || type === "organization" || type === "country" || type === "place" ? type : null;
}

function questionKey(fact: Fact, context: Context): string {
  return factInfo(fact, context).questionKey;
}

/** Who speaks in a quote, makes a claim or holds an opinion. */
function voiceName(fact: Fact): string | undefined {
  if (fact.kind === "quote") return fact.speaker;
  if (fact.kind === "claim") return fact.claimant;
  if (fact.kind === "opinion") return fact.holder;
  return undefined;
}

function voiceOf(fact: Fact, context: Context): Candidate | null {
  return factInfo(fact, context).voice;
}

// ---------------------------------------------------------------------------
// Items of one fact

function factItems(fact: Fact, context: Context): Item[] {
  const frame = factFrame(fact, context);
  if (!frame) return [];
  if (fact.kind === "opinion") return compact([attributionItem(frame, context)]);
  return compact([
    multipleChoiceItem(frame, context),
    multiSelectItem(frame, context),
    ...trueFalseItems(frame, context),
    clozeItem(frame, context),
    typedAnswerItem(frame, context),
    numericItem(frame, context),
    attributionItem(frame, context),
    ...sourcesDisagreeItems(frame, context),
  ]);
}

/** Null when no evidence of the fact can be shown: an item without provenance is not made. */
function factFrame(fact: Fact, context: Context): FactFrame | null {
  const sources = itemSources(fact.evidence, context);
  if (sources.length === 0) return null;
  const conflict = fact.conflict
    ? { about: fact.conflict.about, sides: fact.conflict.sides.map((side) => ({ label: side.label, sources: itemSources(side.evidence, context) })) }
    : undefined;

  const answers = answerCandidates(fact, context);
  const voice = voiceOf(fact, context);
  const forms = [...answers.flatMap((candidate) => candidate.forms), ...(voice?.forms ?? []), ...(context.byQuestion.get(questionKey(fact, context))?.forms ?? [])];
  return {
    fact,
    factIds: [fact.id],
    sources,
    explanation: factExplanation(fact, sources, conflict, context),
    conflict,
    answers,
    voice,
    exclusion: exclusionOf(forms, [questionKey(fact, context), normalizeAnswer(fact.statement)]),
    // Only attribution and list items look at the evidence for names.
    evidenceTexts: fact.kind !== "fact" || fact.answer.type === "list" ? sources.map((source) => normalizeAnswer(source.quote)) : [],
  };
}

function itemSources(evidence: Evidence[], context: Context): ItemSource[] {
  const sources: ItemSource[] = [];
  for (const entry of evidence) {
    const article = context.articles.get(entry.article);
    if (!article) continue;
    sources.push({
      article: article.slug,
      title: article.title,
      outlet: article.outlet,
      author: article.author,
      published: article.published,
      articleKind: article.kind,
      quote: entry.quote,
    });
  }
  return sources;
}

/** How a source is named to learners: its outlet, else its author, else its title. */
function sourceName(source: { outlet: string | null; author: string | null; title: string }): string {
  return source.outlet ?? source.author ?? source.title;
}

function factExplanation(fact: Fact, sources: ItemSource[], conflict: ItemConflict | undefined, context: Context): string {
  const parts = [attributed(fact, fact.statement, context)];
  if (fact.kind === "claim") parts.push(`This is a claim by ${fact.claimant}, not an established fact.`);
  if (fact.kind === "quote" && fact.speaker && fact.quote && !mentionsVoice(fact, fact.statement, context)) parts.push(`${fact.speaker} said: “${fact.quote}”`);
  if (fact.kind === "opinion") parts.push(`This is the view of ${fact.holder}, not a fact.`);
  const outlets = unique(sources.map(sourceName));
  if (outlets.length > 1) parts.push(`Reported by ${outlets.length} outlets: ${joinNames(outlets)}.`);
  if (conflict) parts.push(conflictSummary(conflict));
  return parts.join(" ");
}

function conflictSummary(conflict: ItemConflict): string {
  const sides = conflict.sides.map((side) => `“${side.label}” (${joinNames(unique(side.sources.map(sourceName)))})`);
  return `Sources disagree on ${conflict.about}: ${sides.join("; ")}.`;
}

/** The claimant in every text of an item from a claim: added when the text does not name them. */
function attributed(fact: Fact, text: string, context: Context): string {
  if (fact.kind !== "claim" || !fact.claimant || mentionsVoice(fact, text, context)) return text;
  return `${text} (claim by ${fact.claimant})`;
}

function mentionsVoice(fact: Fact, text: string, context: Context): boolean {
  const voice = voiceOf(fact, context);
  if (!voice) return false;
  const normalized = normalizeAnswer(text);
  return containsAnyWords(normalized, voice.forms);
}

/** The id of an item of one fact. */
function factItemId(frame: FactFrame, type: ItemType, variant = ""): string {
  return itemId([frame.fact.id], type, variant);
}

/**
 * What an item of one fact shares with the others, to which each type adds
 * its own fields; made only for items that are kept. A prompt from a claim
 * comes attributed.
 */
function common<T extends ItemType>(frame: FactFrame, type: T, id: string, prompt: string, context: Context): ItemCommon & { type: T } {
  const { fact } = frame;
  const bonus = RECALL_TYPES.includes(type) ? 1 : 0;
  return {
    id,
    version: itemVersion([fact], type, undefined, context.factVersions),
    type,
    factIds: frame.factIds,
    factKind: fact.kind,
    prompt,
    explanation: frame.explanation,
    sources: frame.sources,
    ...(frame.conflict ? { conflict: frame.conflict } : {}),
    topics: fact.topics,
    difficulty: Math.min(3, fact.difficulty + bonus) as 1 | 2 | 3,
  };
}

/** Options of a choice item in a seeded order, or null when two of them read the same. */
function shuffledOptions(options: string[], id: string, context: Context): string[] | null {
  const forms = options.map(normalizeAnswer);
  if (forms.some((form) => form === "") || new Set(forms).size !== forms.length) return null;
  return shuffle(options, createRandom(`${context.seed}:${id}`));
}

/** The random source that picks an item's wrong options: seeded by the item alone, so the seed only changes their order. */
function distractorRandom(id: string): Random {
  return createRandom(`distractors:${id}`);
}

/** Whether the fact's question asks who spoke, claimed or holds the view, so the attribution item covers it. */
function answerIsVoice(frame: FactFrame, context: Context): boolean {
  const { fact } = frame;
  if (fact.answer.type === "list") return false;
  const voice = voiceOf(fact, context);
  if (!voice) return false;
  const answerForms = uniqueForms([fact.answer.value, ...fact.answer.aliases]);
  return answerForms.some((form) => voice.forms.includes(form));
}

function multipleChoiceItem(frame: FactFrame, context: Context): ChoiceItem | null {
  const { fact } = frame;
  const { answer } = fact;
  if (answer.type === "list" || answer.type === "text") return null;
  if (fact.kind === "quote" && answerIsVoice(frame, context)) return null;
  const id = factItemId(frame, "multiple-choice");
  const distractors = wrongValues(frame, CHOICE_DISTRACTORS, distractorRandom(id), context);
  if (distractors.length < CHOICE_DISTRACTORS) return null;
  const options = shuffledOptions([answer.value, ...distractors], id, context);
  if (!options) return null;
  return Object.assign(common(frame, "multiple-choice", id, attributed(fact, fact.question, context), context), { options, answer: answer.value });
}

function multiSelectItem(frame: FactFrame, context: Context): MultiSelectItem | null {
  const { fact } = frame;
  if (fact.answer.type !== "list") return null;
  const items = fact.answer.items;
  const id = factItemId(frame, "multi-select");
  const wanted = Math.min(MULTI_SELECT_DISTRACTORS.max, Math.max(MULTI_SELECT_DISTRACTORS.min, items.length));
  const distractors = listDistractors(frame, wanted, distractorRandom(id), context);
  if (distractors.length < MULTI_SELECT_DISTRACTORS.min) return null;
  const options = shuffledOptions([...items, ...distractors.map((candidate) => candidate.display)], id, context);
  if (!options) return null;
  return Object.assign(common(frame, "multi-select", id, attributed(fact, fact.question, context), context), { options, answers: [...items] });
}

/**
 * A true statement and, as a separate item, the same statement with a wrong
 * value in place of the answer (or of one item of a list); both or neither.
 */
function trueFalseItems(frame: FactFrame, context: Context): TrueFalseItem[] {
  const { fact } = frame;
  const statement = attributed(fact, fact.statement, context);
  const falseId = factItemId(frame, "true-false", "false");
  const random = distractorRandom(falseId);
  const attributionEnd = fact.kind === "claim" ? (ATTRIBUTION_PREFIX.exec(statement)?.[0].length ?? 0) : 0;
  const onceIn = (phrase: string) => occurrences(statement, phrase, attributionEnd).length === 1;

  let original: string | undefined;
  let replacement: { display: string; candidate?: Candidate } | undefined;
  if (fact.answer.type === "list") {
    const choices = fact.answer.items.filter(onceIn);
    original = choices.length > 0 ? choices[random.int(choices.length)] : undefined;
    const candidate = original ? listDistractors(frame, 1, random, context)[0] : undefined;
    replacement = candidate ? { display: candidate.display, candidate } : undefined;
  } else if (onceIn(fact.answer.value)) {
    original = fact.answer.value;
    const candidate = answerEntityKind(fact) ? wrongEntities(frame, 1, random, context)[0] : undefined;
    const display = candidate?.display ?? wrongValues(frame, 1, random, context)[0];
    replacement = display === undefined ? undefined : { display, candidate };
  }
  if (original === undefined || replacement === undefined) return [];

  // The statement must not still give the answer away under another spelling ("… (IPOA)"): the one replaced is its only mention.
  const answerForms = fact.answer.type === "list" ? uniqueForms([original]) : frame.answers.flatMap((candidate) => candidate.forms);
  if (mentionCount(normalizeAnswer(statement), answerForms) > 1) return [];
  const falseStatement = substitute(statement, original, attributionEnd, replacement.display, replacement.candidate, context);
  const prompt = "True or false?";
  return [
    Object.assign(common(frame, "true-false", factItemId(frame, "true-false", "true"), prompt, context), { statement, answer: true }),
    Object.assign(common(frame, "true-false", falseId, prompt, context), {
      statement: falseStatement,
      answer: false,
      explanation: `False: not ${replacement.display}. ${frame.explanation}`,
    }),
  ];
}

/**
 * `text` with the one occurrence of `original` replaced, adding or dropping a
 * "the" before it as the replacement is used in the facts ("the United
 * States", but "Spain").
 */
function substitute(text: string, original: string, from: number, replacement: string, candidate: Candidate | undefined, context: Context): string {
  const index = occurrences(text, original, from)[0] ?? 0;
  let before = text.slice(0, index);
  const after = text.slice(index + original.length);
  if (!candidate) return before + replacement + after;
  const article = before.endsWith("the ") || before.endsWith("The ") ? before.slice(-4, -1) : null;
  const hasArticle = article !== null && !isWordCharacter(before, before.length - 5);
  const takesThe = context.takesThe.get(candidate.key) ?? candidate.kind === "organization";
  if (hasArticle && (!takesThe || /^the /i.test(replacement))) {
    before = before.slice(0, before.length - 4);
    return before + (article === "The" ? capitalize(replacement) : replacement) + after;
  }
  if (!hasArticle && takesThe && !/^the /i.test(replacement)) {
    const startsSentence = before.trim() === "" || /[.!?]\s*$/.test(before);
    return `${before}${startsSentence ? "The" : "the"} ${replacement}${after}`;
  }
  return before + replacement + after;
}

/**
 * The answer blanked in an evidence sentence that contains it once. Claims
 * and facts with a conflict use the statement instead: it carries the
 * attribution, and never one side's wording.
 */
function clozeItem(frame: FactFrame, context: Context): ClozeItem | null {
  const { fact } = frame;
  const { answer } = fact;
  if (answer.type === "list") return null;
  const useStatement = fact.kind === "claim" || fact.conflict !== undefined;
  const texts = useStatement ? [attributed(fact, fact.statement, context)] : frame.sources.map((source) => source.quote.trim());
  // The longest spelling first: "Anthony Blinken" rather than "Blinken" in "Anthony Blinken urged".
  const spellings = unique([answer.value, ...answer.aliases]).sort((a, b) => b.length - a.length);
  const answerForms = new Set([...uniqueForms(spellings), ...frame.answers.flatMap((candidate) => candidate.forms)]);

  for (const text of texts) {
    if (text.length > MAX_CLOZE_LENGTH) continue;
    const attributionEnd = useStatement && fact.kind === "claim" ? (ATTRIBUTION_PREFIX.exec(text)?.[0].length ?? 0) : 0;
    for (const spelling of spellings) {
      const found = occurrences(text, spelling, attributionEnd);
      // Blanked, the answer must not show elsewhere in the text under another spelling: the blanked one is its only mention.
      if (found.length !== 1 || mentionCount(normalizeAnswer(text), answerForms) > 1) continue;
      const index = found[0] ?? 0;
      const clozeText = text.slice(0, index) + CLOZE_GAP + text.slice(index + spelling.length);
      const accepted = [answer.value, ...acceptedSpellings(frame)].filter((other) => normalizeAnswer(other) !== normalizeAnswer(spelling));
      const rivals = rivalNames(frame, context);
      return Object.assign(common(frame, "cloze", factItemId(frame, "cloze"), "Fill in the gap.", context), {
        text: clozeText,
        answer: spelling,
        accepted,
        ...(rivals.length > 0 ? { rivals } : {}),
      });
    }
  }
  return null;
}

/** Spellings accepted for a typed answer besides the value: aliases, the entity's aliases, other ways to write a date. */
function acceptedSpellings(frame: FactFrame): string[] {
  const { answer } = frame.fact;
  if (answer.type === "list") return [];
  const spellings = [answer.value, ...answer.aliases];
  const entity = frame.answers[0]?.entity;
  if (entity) spellings.push(entity.name, ...entity.aliases);
  if (answer.type === "date") spellings.push(...dateSpellings(answer.date));
  const seen = new Set<string>();
  return spellings.filter((spelling) => {
    const form = normalizeAnswer(spelling);
    if (form === "" || seen.has(form) || form === normalizeAnswer(answer.value)) return false;
    seen.add(form);
    return true;
  });
}

function typedAnswerItem(frame: FactFrame, context: Context): TypedAnswerItem | null {
  const { fact } = frame;
  const { answer } = fact;
  if (answer.type === "list" || answer.type === "number" || answer.type === "money") return null;
  const accepted = acceptedSpellings(frame);
  const typeable = [answer.value, ...accepted].some(
    (spelling) => spelling.length <= TYPED_ANSWER_LIMITS.characters && spelling.split(/\s+/).length <= TYPED_ANSWER_LIMITS.words,
  );
  if (!typeable) return null;
  const prompt = attributed(fact, fact.question, context);
  const rivals = rivalNames(frame, context);
  return Object.assign(common(frame, "typed-answer", factItemId(frame, "typed-answer"), prompt, context), {
    answer: answer.value,
    accepted,
    ...(rivals.length > 0 ? { rivals } : {}),
  });
}

/**
 * The other entities of the answer's kind in the story (every spelling, in
 * normalized form), for typed answers: a near miss that is as close to one of
 * them as to the answer is not accepted. Empty for values that are not entities.
 */
function rivalNames(frame: FactFrame, context: Context): string[] {
  const kind = answerEntityKind(frame.fact);
  if (!kind) return [];
  const own = new Set(frame.answers.flatMap((candidate) => candidate.forms));
  const rivals = new Set<string>();
  for (const candidate of context.pools[kind]) {
    if (candidate.forms.some((form) => own.has(form))) continue;
    for (const form of candidate.forms) rivals.add(form);
  }
  return [...rivals];
}

function numericItem(frame: FactFrame, context: Context): NumericItem | null {
  const { answer } = frame.fact;
  if (answer.type !== "number" && answer.type !== "money") return null;
  const base = common(frame, "numeric", factItemId(frame, "numeric"), attributed(frame.fact, frame.fact.question, context), context);
  return answer.type === "number"
    ? Object.assign(base, { answer: answer.number, unit: answer.unit })
    : Object.assign(base, { answer: answer.amount, unit: answer.currency });
}

/**
 * "Who said …" for a quote, "Who claims that …" for a claim, "Whose view is
 * it that …" (or "Who <does> …") for an opinion. When the fact's own question
 * already asks for the speaker, claimant or holder, that question is used.
 */
type AttributionQuestion = { prompt: string; answer: string; /** The normalized prompt. */ key: string };

function attributionQuestion(fact: Fact, context: Context): AttributionQuestion | null {
  const info = factInfo(fact, context);
  if (info.attribution === undefined) {
    const question = attributionPrompt(fact, context);
    info.attribution = question ? { ...question, key: normalizeAnswer(question.prompt) } : null;
  }
  return info.attribution;
}

function attributionPrompt(fact: Fact, context: Context): { prompt: string; answer: string } | null {
  const name = voiceName(fact);
  const voice = voiceOf(fact, context);
  if (!name || !voice) return null;
  if (fact.answer.type !== "list") {
    const answerForms = uniqueForms([fact.answer.value, ...fact.answer.aliases]);
    if (answerForms.some((form) => voice.forms.includes(form))) return { prompt: fact.question, answer: fact.answer.value };
  }
  if (fact.kind === "quote") return fact.quote ? { prompt: `Who said: “${fact.quote.trim()}”?`, answer: name } : null;
  if (fact.kind === "claim") {
    const prefix = ATTRIBUTION_PREFIX.exec(fact.statement);
    if (!prefix) return null;
    return { prompt: `Who claims that ${withoutFinalPeriod(fact.statement.slice(prefix[0].length))}?`, answer: name };
  }
  const holder = new RegExp(`^(?:the\\s+)?${escapeRegExp(name)}(?=\\s)`, "i").exec(fact.statement);
  if (!holder) return null;
  const rest = withoutFinalPeriod(fact.statement.slice(holder[0].length));
  const view = /^\s+(?:argues|writes|says|believes|thinks|holds|contends) that (.+)$/s.exec(rest);
  return { prompt: view ? `Whose view is it that ${view[1]}?` : `Who ${rest.trim()}?`, answer: name };
}

function attributionItem(frame: FactFrame, context: Context): ChoiceItem | null {
  const { fact } = frame;
  const question = attributionQuestion(fact, context);
  const voice = voiceOf(fact, context);
  if (!question || !voice) return null;
  const id = factItemId(frame, "attribution");

  const said = context.byAttribution.get(question.key) ?? [];
  const exclusion = withTexts(frame.exclusion, [question.key, ...frame.evidenceTexts], said);
  const kind = voice.kind === "person" || voice.kind === "organization" ? voice.kind : "organization";
  const pools = [context.voices.filter((other) => other.kind === null || other.kind === kind), context.pools[kind]];
  const distractors = chooseCandidates(pools, CHOICE_DISTRACTORS, distractorRandom(id), (candidate) => isSafeDistractor(candidate, exclusion));
  if (distractors.length < CHOICE_DISTRACTORS) return null;
  const options = shuffledOptions([question.answer, ...distractors.map((candidate) => candidate.display)], id, context);
  if (!options) return null;
  // The claimant is the answer here, so the prompt goes without the attribution other items of a claim carry.
  return Object.assign(common(frame, "attribution", id, question.prompt, context), { options, answer: question.answer });
}

/** For each outlet that takes exactly one side of a conflict: "How does <outlet> describe <about>?" */
function sourcesDisagreeItems(frame: FactFrame, context: Context): ChoiceItem[] {
  const { fact, conflict } = frame;
  if (!conflict) return [];
  const labels = conflict.sides.map((side) => side.label);
  const sidesBySource = new Map<string, Set<number>>();
  conflict.sides.forEach((side, index) => {
    for (const source of side.sources) getOrCreate(sidesBySource, sourceName(source), () => new Set<number>()).add(index);
  });

  const items: ChoiceItem[] = [];
  for (const [name, sides] of sidesBySource) {
    if (sides.size !== 1) continue;
    const sideIndex = [...sides][0] ?? 0;
    const side = conflict.sides[sideIndex];
    if (!side) continue;
    const id = factItemId(frame, "sources-disagree", name);
    const options = shuffledOptions(labels, id, context);
    if (!options) continue;
    const prompt = attributed(fact, `How does ${name} describe ${conflict.about}?`, context);
    items.push(
      Object.assign(common(frame, "sources-disagree", id, prompt, context), {
        options,
        answer: side.label,
        sources: side.sources.filter((source) => sourceName(source) === name),
        explanation: `${name}: “${side.label}”. ${conflictSummary(conflict)} ${attributed(fact, fact.statement, context)}`,
      }),
    );
  }
  return items;
}

// ---------------------------------------------------------------------------
// Wrong options

/** From normalized forms and normalized texts. */
function exclusionOf(forms: Iterable<string>, texts: string[]): Exclusion {
  const unique = new Set([...forms].filter((form) => form !== ""));
  return { forms: unique, paddedForms: [...unique].map(pad), joinedForms: pad([...unique].join(" | ")), texts, joinedTexts: pad(texts.join(" | ")) };
}

/** The exclusion with more normalized texts whose names may not be used, and more forms. */
function withTexts(exclusion: Exclusion, texts: string[], forms: Iterable<string> = []): Exclusion {
  return exclusionOf([...exclusion.forms, ...forms], [...exclusion.texts, ...texts]);
}

/** Whether an option is safe as a wrong answer: not a true value, not part of one or containing one, not named by the texts. */
function isSafeDistractor(candidate: Candidate, exclusion: Exclusion): boolean {
  for (const form of candidate.forms) if (exclusion.forms.has(form)) return false;
  for (const padded of candidate.paddedForms) {
    if (exclusion.joinedForms.includes(padded) || exclusion.joinedTexts.includes(padded)) return false;
    for (const other of exclusion.paddedForms) if (padded.includes(other)) return false;
  }
  return true;
}

/**
 * Up to `count` distinct candidates that pass `accept`, from the pools in
 * order of preference. Each pool is walked in a seeded order (a random start
 * and a random step prime to its length, so every candidate is reached
 * once), and the walk stops as soon as enough are found: usually after a few
 * candidates, however large the pool.
 */
function chooseCandidates(pools: Candidate[][], count: number, random: Random, accept: (candidate: Candidate) => boolean): Candidate[] {
  const chosen: Candidate[] = [];
  const keys = new Set<string>();
  for (const pool of pools) {
    const size = pool.length;
    const start = random.int(size);
    const step = coprimeStep(size, random);
    for (let visited = 0; visited < size && chosen.length < count; visited++) {
      const candidate = pool[(start + visited * step) % size];
      if (!candidate || keys.has(candidate.key) || !accept(candidate)) continue;
      keys.add(candidate.key);
      chosen.push(candidate);
    }
    if (chosen.length >= count) break;
  }
  return chosen;
}

/** A random step between 1 and size - 1 that shares no factor with size (1 when there is no other). */
function coprimeStep(size: number, random: Random): number {
  for (let attempt = 0; attempt < 8 && size > 2; attempt++) {
    const step = 1 + random.int(size - 1);
    if (greatestCommonDivisor(step, size) === 1) return step;
  }
  return 1;
}

function greatestCommonDivisor(a: number, b: number): number {
  return b === 0 ? a : greatestCommonDivisor(b, a % b);
}

/** Wrong entities of the kind of the answer (a person, organization, country or place). */
function wrongEntities(frame: FactFrame, count: number, random: Random, context: Context): Candidate[] {
  const kind = answerEntityKind(frame.fact);
  if (!kind) return [];
  return chooseCandidates([context.pools[kind]], count, random, (candidate) => isSafeDistractor(candidate, frame.exclusion));
}

/** Wrong values of the answer's own type: entities of its kind, or numbers, amounts and dates of the story or near them. */
function wrongValues(frame: FactFrame, count: number, random: Random, context: Context): string[] {
  const { answer } = frame.fact;
  const trueValues = context.byQuestion.get(questionKey(frame.fact, context));
  switch (answer.type) {
    case "person":
    case "organization":
    case "country":
    case "place":
      return wrongEntities(frame, count, random, context).map((candidate) => candidate.display);
    case "number": {
      const style = numberStyle(answer.value, answer.number);
      if (!style) return [];
      const truths = new Set([answer.number, ...(trueValues?.numbers ?? [])]);
      const story = sampleNear(context.numbers, answer.number, random);
      return pickFormatted([...story, ...perturbNumber(answer.number)], truths, answer.value, count, (value) => formatNumber(value, style));
    }
    case "money": {
      const style = moneyStyle(answer.value, answer.amount);
      if (!style) return [];
      const truths = new Set([answer.amount, ...(trueValues?.numbers ?? [])]);
      const story = sampleNear(context.amounts, answer.amount, random);
      return pickFormatted([...story, ...perturbNumber(answer.amount)], truths, answer.value, count, (value) => formatMoney(value, style));
    }
    case "date": {
      const style = dateStyle(answer.value, answer.date);
      if (!style) return [];
      const precision = STYLE_PRECISION[style];
      const own = answer.date.slice(0, PRECISION_LENGTH[precision]);
      const story = sample(context.dates[precision], 12, random);
      const truthDisplays = new Set([answer.date, ...(trueValues?.dates ?? [])].map((date) => formatDate(date, style)).filter((text) => text !== null));
      const candidates = [...story, ...perturbDate(own, precision)].map((date) => formatDate(date, style));
      return pickDisplays(candidates, truthDisplays, answer.value, count);
    }
    default:
      return [];
  }
}

/** Wrong items for a list: entities of the kinds its items are, never an item of it or named in its sources. */
function listDistractors(frame: FactFrame, count: number, random: Random, context: Context): Candidate[] {
  const kinds = unique(frame.answers.map((candidate) => candidate.kind));
  if (kinds.length === 0 || kinds.some((kind) => kind === null)) return [];
  const exclusion = withTexts(frame.exclusion, frame.evidenceTexts);
  const pools = kinds.flatMap((kind) => (kind ? [context.pools[kind]] : []));
  const merged = pools.length === 1 ? pools : [pools.flat()];
  return chooseCandidates(merged, count, random, (candidate) => isSafeDistractor(candidate, exclusion));
}

/** Up to 6 story values within a factor of 10 of `value`, from its sorted list. */
function sampleNear(sorted: number[], value: number, random: Random): number[] {
  const low = lowerBound(sorted, value / 10);
  const span = lowerBound(sorted, value * 10 + 1e-9) - low;
  if (span <= 12) return shuffle(sorted.slice(low, low + span), random).slice(0, 6);
  return Array.from({ length: 6 }, () => sorted[low + random.int(span)] ?? value);
}

/** Up to `count` values in random order: the whole list shuffled when it is short, else random draws (duplicates are dropped later). */
function sample<T>(values: T[], count: number, random: Random): T[] {
  if (values.length <= count * 2) return shuffle(values, random).slice(0, count);
  return Array.from({ length: count }, () => values[random.int(values.length)] as T);
}

function lowerBound(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Plausible wrong numbers near `value`: small ones by a few units, larger ones by a factor. */
function perturbNumber(value: number): number[] {
  if (Number.isInteger(value) && value < 20) return [value + 1, value - 1, value + 2, value - 2, value * 2, value + 3].filter((n) => n > 0);
  return [2, 0.5, 1.5, 0.75, 3, 1.25].map((factor) => roundNice(value * factor)).filter((n) => n > 0);
}

/** Rounded to two significant digits (whole numbers below 20). */
function roundNice(value: number): number {
  if (value < 20) return Math.round(value);
  const magnitude = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(value / magnitude) * magnitude;
}

function pickFormatted(values: number[], truths: Set<number>, answer: string, count: number, format: (value: number) => string | null): string[] {
  const displays = values.filter((value) => !truths.has(value)).map(format);
  return pickDisplays(displays, new Set(), answer, count);
}

/** The first `count` distinct displays that read differently from the answer and from every true value. */
function pickDisplays(displays: (string | null)[], truths: Set<string>, answer: string, count: number): string[] {
  const taken = new Set([normalizeAnswer(answer), ...[...truths].map(normalizeAnswer)]);
  const picked: string[] = [];
  for (const display of displays) {
    if (display === null) continue;
    const form = normalizeAnswer(display);
    if (form === "" || taken.has(form)) continue;
    taken.add(form);
    picked.push(display);
    if (picked.length === count) break;
  }
  return picked;
}

// ---------------------------------------------------------------------------
// Numbers, amounts and dates written the way the answer is written

type NumberStyle = "plain" | "grouped" | "words";

function groupThousands(value: number): string {
  const [whole = "", fraction] = String(value).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

function formatNumber(value: number, style: NumberStyle): string | null {
  if (style === "words") return numberInWords(value);
  return style === "grouped" ? groupThousands(value) : String(value);
}

/** How the answer writes its number, when one of the styles reproduces it exactly. */
function numberStyle(text: string, value: number): NumberStyle | null {
  const styles: NumberStyle[] = ["grouped", "plain", "words"];
  return styles.find((style) => formatNumber(value, style) === text) ?? null;
}

type MoneyStyle = { symbol: string; scale: number; scaleWord: string };

const MONEY_SCALES: Record<string, number> = { "": 1, thousand: 1e3, million: 1e6, billion: 1e9 };

function moneyStyle(text: string, amount: number): MoneyStyle | null {
  const match = /^([$€£])\d[\d,.]*(?: (thousand|million|billion))?$/.exec(text);
  if (!match) return null;
  const scaleWord = match[2] ?? "";
  const style = { symbol: match[1] ?? "$", scale: MONEY_SCALES[scaleWord] ?? 1, scaleWord };
  return formatMoney(amount, style) === text ? style : null;
}

function formatMoney(amount: number, style: MoneyStyle): string | null {
  const scaled = amount / style.scale;
  if (Math.round(scaled * 10) !== scaled * 10) return null;
  return `${style.symbol}${groupThousands(scaled)}${style.scaleWord ? ` ${style.scaleWord}` : ""}`;
}

type DateStyle = "month-day-year" | "month-day" | "month-year" | "year";
type DatePrecision = "day" | "month" | "year";

const STYLE_PRECISION: Record<DateStyle, DatePrecision> = { "month-day-year": "day", "month-day": "day", "month-year": "month", year: "year" };
const PRECISION_LENGTH: Record<DatePrecision, number> = { day: 10, month: 7, year: 4 };

function isIsoDate(value: string): boolean {
  return /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/.test(value);
}

function formatDate(iso: string, style: DateStyle): string | null {
  if (!isIsoDate(iso) || iso.length < PRECISION_LENGTH[STYLE_PRECISION[style]]) return null;
  const year = iso.slice(0, 4);
  const month = MONTHS[Number(iso.slice(5, 7)) - 1];
  const day = String(Number(iso.slice(8, 10)));
  switch (style) {
    case "month-day-year":
      return `${month} ${day}, ${year}`;
    case "month-day":
      return `${month} ${day}`;
    case "month-year":
      return `${month} ${year}`;
    case "year":
      return year;
  }
}

/** A date as a reader would write it, from its ISO form: "July 7, 2021", "October 2022", "2021". */
export function readableDate(iso: string): string {
  const style: DateStyle = iso.length === 10 ? "month-day-year" : iso.length === 7 ? "month-year" : "year";
  return formatDate(iso, style) ?? iso;
}

/** How the answer writes its date, when one of the styles reproduces it exactly from the ISO date. */
function dateStyle(text: string, iso: string): DateStyle | null {
  const styles: DateStyle[] = ["month-day-year", "month-day", "month-year", "year"];
  return styles.find((style) => formatDate(iso, style) === text) ?? null;
}

/** Other ways a learner may type a date: "25 September 2023", "2023-09-25". */
function dateSpellings(iso: string): string[] {
  if (!isIsoDate(iso)) return [];
  const month = MONTHS[Number(iso.slice(5, 7)) - 1];
  if (iso.length === 10) return [`${Number(iso.slice(8, 10))} ${month} ${iso.slice(0, 4)}`, iso];
  return iso.length === 7 ? [iso] : [];
}

/** Nearby dates of the same precision: a week, a month or a year away. */
function perturbDate(iso: string, precision: DatePrecision): string[] {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7) || "1") - 1;
  const day = Number(iso.slice(8, 10) || "1");
  const shift = (years: number, months: number, days: number) => new Date(Date.UTC(year + years, month + months, day + days)).toISOString();
  if (precision === "day") return [shift(0, 0, 7), shift(0, 0, -7), shift(0, 1, 0), shift(0, -1, 0), shift(1, 0, 0), shift(-1, 0, 0)].map((d) => d.slice(0, 10));
  if (precision === "month") return [shift(0, 1, 0), shift(0, -1, 0), shift(0, 2, 0), shift(0, -2, 0), shift(1, 0, 0), shift(-1, 0, 0)].map((d) => d.slice(0, 7));
  return [year + 1, year - 1, year + 2, year - 2].map(String);
}

// ---------------------------------------------------------------------------
// Items made of several facts: timelines and matching

type TimelineEvent = { fact: Fact; date: string; start: string; end: string; label: string };

/** Groups of 4-5 dated events whose dates cannot overlap ("2023-09" and "2023-09-19" can), in chronological order. */
function orderingItems(bank: ContentBank, context: Context): OrderingItem[] {
  const events: TimelineEvent[] = [];
  for (const fact of bank.facts) {
    if (!fact.timeline || fact.kind === "opinion" || !isIsoDate(fact.timeline.date)) continue;
    const { date, event } = fact.timeline;
    const start = date.length === 10 ? date : date.length === 7 ? `${date}-01` : `${date}-01-01`;
    const end = date.length === 10 ? date : date.length === 7 ? `${date}-31` : `${date}-12-31`;
    events.push({ fact, date, start, end, label: attributed(fact, event, context) });
  }
  events.sort((a, b) => compareText(a.start, b.start) || compareText(a.end, b.end) || compareText(a.fact.id, b.fact.id));

  const items: OrderingItem[] = [];
  const seen = new Set<string>();
  for (const group of timelineGroups(events)) {
    const facts = group.map((event) => event.fact);
    const key = facts.map((fact) => fact.id).sort(compareText);
    const labels = group.map((event) => normalizeAnswer(event.label));
    if (seen.has(key.join("|")) || new Set(labels).size !== labels.length) continue;
    seen.add(key.join("|"));
    const frames = facts.map((fact) => itemSources(fact.evidence, context));
    if (frames.some((sources) => sources.length === 0)) continue;
    items.push({
      id: itemId(key, "ordering", ""),
      version: itemVersion(facts, "ordering", undefined, context.factVersions),
      type: "ordering",
      factIds: facts.map((fact) => fact.id),
      factKind: facts[0]?.kind ?? "fact",
      prompt: "Put these events in chronological order, earliest first.",
      explanation: group.map((event) => `${readableDate(event.date)}: ${event.label}`).join("; ") + ".",
      sources: frames.flat(),
      topics: ["timeline"],
      difficulty: Math.max(...facts.map((fact) => fact.difficulty)) as 1 | 2 | 3,
      events: group.map((event) => ({ label: event.label, date: event.date })),
    });
  }
  return items;
}

function timelineGroups(sorted: TimelineEvent[]): TimelineEvent[][] {
  const groups: TimelineEvent[][] = [];
  let remaining = sorted;
  // Passes over the events not yet in a group, each taking chains of events that follow one another.
  for (;;) {
    const leftovers: TimelineEvent[] = [];
    let chain: TimelineEvent[] = [];
    let made = 0;
    for (const event of remaining) {
      const last = chain[chain.length - 1];
      if (last && !(last.end < event.start)) {
        leftovers.push(event);
        continue;
      }
      chain.push(event);
      if (chain.length === ORDERING_GROUP_SIZE.max) {
        groups.push(chain);
        made += 1;
        chain = [];
      }
    }
    if (chain.length >= ORDERING_GROUP_SIZE.min) {
      groups.push(chain);
      made += 1;
    } else leftovers.push(...chain);
    remaining = leftovers.sort((a, b) => sorted.indexOf(a) - sorted.indexOf(b));
    if (made === 0 || remaining.length === 0) break;
  }
  // Each event still left joins a group built around it from the events that fit, the least used and nearest first.
  const uses = new Map<TimelineEvent, number>();
  for (const event of groups.flat()) uses.set(event, (uses.get(event) ?? 0) + 1);
  const position = new Map(sorted.map((event, index) => [event, index]));
  for (const event of remaining) {
    const group = groupAround(event, position.get(event) ?? 0, sorted, uses);
    if (group.length < ORDERING_GROUP_SIZE.min) continue;
    groups.push(group);
    for (const member of group) uses.set(member, (uses.get(member) ?? 0) + 1);
  }
  return groups;
}

/** Looks at most this far either side of an event for others to group with it. */
const ORDERING_WINDOW = 100;

function groupAround(event: TimelineEvent, index: number, sorted: TimelineEvent[], uses: Map<TimelineEvent, number>): TimelineEvent[] {
  const nearby: { other: TimelineEvent; distance: number }[] = [];
  for (let other = Math.max(0, index - ORDERING_WINDOW); other <= Math.min(sorted.length - 1, index + ORDERING_WINDOW); other++) {
    const candidate = sorted[other];
    if (candidate && other !== index) nearby.push({ other: candidate, distance: Math.abs(other - index) });
  }
  nearby.sort((a, b) => (uses.get(a.other) ?? 0) - (uses.get(b.other) ?? 0) || a.distance - b.distance);
  const group = [event];
  for (const { other } of nearby) {
    if (group.length === ORDERING_GROUP_SIZE.max) break;
    if (group.every((member) => member.end < other.start || other.end < member.start)) group.push(other);
  }
  return group.sort((a, b) => compareText(a.start, b.start));
}

/** People to their roles and organizations to their descriptions, in groups of 4 of those the facts name. */
function matchingItems(bank: ContentBank, context: Context): MatchingItem[] {
  return [
    ...matchingGroups(bank.entities.people, "person", (entity) => entity.role, "people", "Match each person to their role.", context),
    ...matchingGroups(
      bank.entities.organizations,
      "organization",
      (entity) => entity.description,
      "organizations",
      "Match each organization to its description.",
      context,
    ),
  ];
}

function matchingGroups(
  entities: Entity[],
  kind: EntityKind,
  describe: (entity: Entity) => string | undefined,
  topic: string,
  prompt: string,
  context: Context,
): MatchingItem[] {
  const named = entities.filter((entity) => {
    const description = describe(entity);
    if (!description?.trim()) return false;
    const candidate = entityCandidate(entity, kind);
    if (!representativeFact(candidate.key, context)) return false;
    // A description that names its own entity gives the pair away.
    const text = normalizeAnswer(description);
    return !containsAnyWords(text, candidate.forms);
  });
  if (named.length < MATCHING_GROUP_SIZE) return [];
  const groups: Entity[][] = [];
  for (let start = 0; start < named.length; start += MATCHING_GROUP_SIZE) {
    const group = named.slice(start, start + MATCHING_GROUP_SIZE);
    groups.push(group.length === MATCHING_GROUP_SIZE ? group : named.slice(-MATCHING_GROUP_SIZE));
  }

  const items: MatchingItem[] = [];
  for (const group of groups) {
    const pairs = group.map((entity) => ({ left: entity.name, right: describe(entity)?.trim() ?? "" }));
    const rights = pairs.map((pair) => normalizeAnswer(pair.right));
    if (new Set(rights).size !== rights.length) continue;
    const facts = unique(group.map((entity) => representativeFact(entityCandidate(entity, kind).key, context)).filter((fact) => fact !== undefined));
    const sources = facts.flatMap((fact) => itemSources(fact.evidence, context));
    if (sources.length === 0) continue;
    items.push({
      // The pairs are the item: its id comes from the entities, whichever facts name them.
      id: itemId([], "matching", `${topic}:${group.map((entity) => entity.name).join("|")}`),
      version: itemVersion(facts, "matching", pairs, context.factVersions),
      type: "matching",
      factIds: facts.map((fact) => fact.id),
      factKind: facts[0]?.kind ?? "fact",
      prompt,
      explanation: pairs.map((pair) => `${pair.left}: ${pair.right}`).join("; ") + ".",
      sources,
      topics: [topic],
      difficulty: 2,
      pairs,
    });
  }
  return items;
}

/** The first fact that names the entity, plain facts first, then quotes, then claims; never an opinion. */
function representativeFact(key: string, context: Context): Fact | undefined {
  const facts = context.factsByEntity.get(key) ?? [];
  for (const kind of ["fact", "quote", "claim"] as const) {
    const found = facts.find((fact) => fact.kind === kind);
    if (found) return found;
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Small helpers

/**
 * Generation normalizes the same names, questions and sentences many times
 * (one evidence sentence often supports several facts): each distinct text
 * is normalized once per run. generateItems empties the memo when it ends.
 */
const normalizedTexts = new Map<string, string>();
const MAX_REMEMBERED_TEXTS = 200_000;

function normalizeAnswer(text: string): string {
  let normalized = normalizedTexts.get(text);
  if (normalized === undefined) {
    if (normalizedTexts.size >= MAX_REMEMBERED_TEXTS) normalizedTexts.clear();
    normalized = normalizeText(text);
    normalizedTexts.set(text, normalized);
  }
  return normalized;
}

/** Whether normalized `text` contains normalized `phrase` as whole words. */
/** In how many places normalized `text` names one of the normalized `forms` as whole words; overlapping matches ("lloyd austin", "austin") are one place. */
function mentionCount(text: string, forms: Iterable<string>): number {
  const padded = pad(text);
  const spans: [number, number][] = [];
  for (const form of forms) {
    if (form === "") continue;
    const needle = pad(form);
    for (let index = padded.indexOf(needle); index !== -1; index = padded.indexOf(needle, index + 1)) spans.push([index + 1, index + needle.length - 1]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  let count = 0;
  let end = -1;
  for (const [start, stop] of spans) {
    if (start >= end) count += 1;
    end = Math.max(end, stop);
  }
  return count;
}

/** Whether normalized `text` contains one of the normalized `phrases` as whole words. */
function containsAnyWords(text: string, phrases: Iterable<string>): boolean {
  const padded = pad(text);
  for (const phrase of phrases) if (phrase !== "" && padded.includes(pad(phrase))) return true;
  return false;
}

function pad(text: string): string {
  return ` ${text} `;
}

/** Start indexes of `phrase` in `text` as a whole word or words, at or after `from`. */
function occurrences(text: string, phrase: string, from = 0): number[] {
  const found: number[] = [];
  if (phrase === "") return found;
  for (let index = text.indexOf(phrase, from); index !== -1; index = text.indexOf(phrase, index + 1)) {
    if (!isWordCharacter(text, index - 1) && !isWordCharacter(text, index + phrase.length)) found.push(index);
  }
  return found;
}

/** Whether the character at `index` is a letter or a digit (false outside the text). */
function isWordCharacter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return false;
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{N}\p{M}]/u.test(text.charAt(index));
}

function uniqueForms(texts: string[]): string[] {
  return unique(texts.map(normalizeAnswer).filter((form) => form !== ""));
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function compact<T>(values: (T | null)[]): T[] {
  return values.filter((value): value is T => value !== null);
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== value) list.push(value);
  } else map.set(key, [value]);
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function withoutFinalPeriod(text: string): string {
  return text.trim().replace(/\.$/, "");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
