// Wrong options. The curator's come first; the generator adds only options
// of the key's own fine type and role (a city for a city, an official of the
// same country for an official), or perturbations of a number or date, and
// never one that the bank states true: an answer another fact gives to the
// same question, a name the fact itself mentions, or an entity another
// fact says did the same thing.
import { isSameEntityKind } from "@/lib/content/entities";
import type { Entity, Fact } from "@/lib/content/types";
import { shuffle, type Random } from "../seeded-random";
import { entityNamed, getOrCreate, questionKey, valueCandidate, voiceEntity } from "./context";
import { wrongAmounts, wrongDates, wrongNumbers } from "./formats";
import type { Candidate, Context, FactFrame } from "./model";
import { containsAnyWords } from "./text";

/** Candidates looked at for one item before giving up: an answer with that many near look-alikes stated true needs curated distractors. */
const MAX_TRIED = 24;

/** Up to `count` wrong options for the fact's answer, curator's first; [] for a list answer. */
export function wrongValues(frame: FactFrame, count: number, random: Random, context: Context): string[] {
  const { fact } = frame;
  const { answer } = fact;
  if (answer.type === "list") return [];
  const curated = curatedDistractors(frame, context);
  if (curated.length >= count) return curated.slice(0, count);
  const question = questionKey(fact, context);
  let generated: string[] = [];
  switch (answer.type) {
    case "person":
    case "organization":
    case "country":
    case "place": {
      const key = frame.answers[0]?.entity;
      if (key) generated = entityDistractors(frame, key, new Set(curated.map((name) => entityNamed(name, context))), count - curated.length, random, context).map((entity) => entity.name);
      break;
    }
    case "number":
      generated = wrongNumbers(answer.value, answer.number, context.numbersByQuestion.get(question) ?? new Set());
      break;
    case "money":
      generated = wrongAmounts(answer.value, answer.amount, context.numbersByQuestion.get(question) ?? new Set());
      break;
    case "date":
      generated = wrongDates(answer.value, answer.date, context.datesByQuestion.get(question) ?? new Set());
      break;
    case "text":
      break;
  }
  const taken = new Set(curated.map(context.normalize));
  const extra = generated.filter((value) => !taken.has(context.normalize(value)) && !isTrueFor(frame, value, context));
  return [...curated, ...extra].slice(0, count);
}

/** The curator's distractors that the bank does not give as an answer to the same question. */
function curatedDistractors(frame: FactFrame, context: Context): string[] {
  return frame.fact.distractors.filter((value) => !isTrueFor(frame, value, context));
}

/** Whether a value is one of the answers facts give to this fact's question, or one of this fact's own answers. */
function isTrueFor(frame: FactFrame, value: string, context: Context): boolean {
  const truths = context.truthsByQuestion.get(questionKey(frame.fact, context));
  const forms = valueCandidate(value, [], context).forms;
  return forms.some((form) => truths?.has(form) || frame.answers.some((answer) => answer.forms.includes(form)));
}

/**
 * Entities of the key's fine type and role, in a seeded order within tiers.
 * People and organizations must share the key's country when it has one (a
 * U.S. official for a U.S. official); places of the key's country come
 * first; countries of the key's region first; then the rest of the story,
 * then well-known entities outside it. A deceased person is only a wrong
 * option for one.
 */
function entityDistractors(frame: FactFrame, key: Entity, taken: Set<Entity | null>, count: number, random: Random, context: Context): Entity[] {
  const { fact } = frame;
  const named = [fact.question, fact.statement].map(context.normalize);
  const tiers: Entity[][] = [[], [], [], []];
  for (const entity of context.candidates.keys()) {
    if (entity === key || taken.has(entity) || !isSameEntityKind(entity, key)) continue;
    if (entity.kind === "person" && key.kind === "person" && entity.status !== key.status) continue;
    const near = isNear(entity, key);
    if (near !== null) tiers[(near ? 0 : 2) + (entity.inStory ? 0 : 1)]?.push(entity);
  }
  // The costlier checks only for candidates in the seeded order, until enough are found (or enough were tried).
  const chosen: Entity[] = [];
  for (const entity of tiers.flatMap((tier) => shuffle(tier, random)).slice(0, MAX_TRIED)) {
    if (chosen.length === count) break;
    const forms = context.candidates.get(entity)?.forms ?? [];
    if (frame.voice === entity || isTrueFor(frame, entity.name, context) || named.some((text) => containsAnyWords(text, forms))) continue;
    if (!statedTrueElsewhere(fact, entity, context)) chosen.push(entity);
  }
  return chosen;
}

/** true: the key's own country or region; false: acceptable further away; null: not a plausible confusion at all. */
function isNear(entity: Entity, key: Entity): boolean | null {
  switch (key.kind) {
    case "person":
    case "organization": {
      if (entity.kind !== key.kind) return null;
      if (key.country === null) return true;
      return entity.country === key.country ? true : null;
    }
    case "place":
      return entity.kind === "place" && key.country !== null ? entity.country === key.country : false;
    case "country":
      return entity.kind === "country" && entity.region === key.region;
  }
}

/** Wrong items for a list answer: the curator's, then entities of the items' kind the fact and its sources never name. */
export function listDistractors(frame: FactFrame, count: number, random: Random, context: Context): string[] {
  const { fact } = frame;
  const items = new Set(frame.answers.flatMap((answer) => answer.forms));
  const named = [fact.question, fact.statement, ...frame.sources.map((source) => source.quote)].map(context.normalize);
  const isNamed = (candidate: Candidate) => candidate.forms.some((form) => items.has(form)) || named.some((text) => containsAnyWords(text, candidate.forms));
  // The curator's are kept even when the sources name them (the others in a list are the best near misses); the gate checks they are false.
  const curated = fact.distractors.filter((value) => !valueCandidate(value, [], context).forms.some((form) => items.has(form)));
  if (curated.length >= count) return curated.slice(0, count);
  const kinds = frame.answers.map((answer) => answer.entity);
  const first = kinds[0];
  if (!first || kinds.some((entity) => !entity || !isSameEntityKind(entity, first))) return curated;
  const regions = new Set(kinds.map((entity) => (entity?.kind === "country" ? entity.region : null)));
  const preferred: Entity[] = [];
  const others: Entity[] = [];
  const taken = new Set(curated.map(context.normalize));
  for (const [entity, candidate] of context.candidates) {
    if (!isSameEntityKind(entity, first) || taken.has(candidate.key)) continue;
    (entity.kind === "country" && regions.has(entity.region) ? preferred : others).push(entity);
  }
  const chosen = [...curated];
  for (const entity of [...shuffle(preferred, random), ...shuffle(others, random)].slice(0, MAX_TRIED)) {
    if (chosen.length >= count) break;
    const candidate = context.candidates.get(entity);
    if (candidate && !isNamed(candidate) && !statedTrueElsewhere(fact, entity, context)) chosen.push(entity.name);
  }
  return chosen;
}

/**
 * Wrong voices for "who said it": the curator's when the fact's question
 * asks for the voice, then other voices of the same side and kind, then
 * other entities of that side, then (for a voice outside government) other
 * critics, researchers and journalists; never one the bank gives as saying
 * the same words, and never an official for a critic's words.
 */
export function wrongVoices(frame: FactFrame, voice: Entity, count: number, random: Random, context: Context): string[] {
  const { fact } = frame;
  const asksVoice = fact.answer.type !== "list" && entityNamed(fact.answer.value, context) === voice;
  // Only voices of the story: a learner who read the articles rules out a name none of them mentions.
  const curated = asksVoice
    ? fact.distractors.filter((name) => {
        const entity = entityNamed(name, context);
        return entity !== voice && entity?.inStory !== false;
      })
    : [];
  if (curated.length >= count) return curated.slice(0, count);
  const taken = new Set(curated.map((name) => entityNamed(name, context)));
  const voices = new Set(context.voices);
  const tiers: Entity[][] = [[], [], [], []];
  for (const entity of context.candidates.keys()) {
    if (entity === voice || !entity.inStory || taken.has(entity) || (entity.kind === "person" && entity.status === "deceased")) continue;
    const distance = sideDistance(entity, voice);
    if (distance !== null) tiers[distance * 2 + (voices.has(entity) ? 0 : 1)]?.push(entity);
  }
  const said = context.saidBy.get(context.normalize(fact.quote ?? fact.statement)) ?? new Set();
  const named = [fact.statement, fact.quote ?? ""].map(context.normalize);
  const chosen = [...curated];
  for (const entity of tiers.flatMap((tier) => shuffle(tier, random))) {
    if (chosen.length >= count) break;
    const forms = context.candidates.get(entity)?.forms ?? [];
    if (!said.has(entity) && !named.some((text) => containsAnyWords(text, forms))) chosen.push(entity.name);
  }
  return chosen;
}

/** 0 for the same group and side, 1 for two voices outside government (critic, researcher, journalist), null otherwise. */
function sideDistance(a: Entity, b: Entity): 0 | 1 | null {
  if (a.kind !== b.kind || (a.kind !== "person" && a.kind !== "organization") || (b.kind !== "person" && b.kind !== "organization")) return null;
  if (a.side === null || b.side === null) return null;
  if (a.side === b.side) return 0;
  return a.side !== "official" && b.side !== "official" ? 1 : null;
}

// ---------------------------------------------------------------------------
// "Stated true elsewhere"

const STOPWORDS = new Set(
  "a an the of to in on at for by with and or but as is was were are be been has have had that this which who whom what when where why how its it their his her from into than then also would will could should said says say according".split(
    " ",
  ),
);

const statementWords = new WeakMap<Fact, Set<string>>();

/** Content words of a fact's statement, worked out once per fact. */
function contentWords(fact: Fact, context: Context): Set<string> {
  let words = statementWords.get(fact);
  if (!words) {
    words = new Set(context.normalize(fact.statement).split(" ").filter((word) => word.length > 2 && !STOPWORDS.has(word)));
    statementWords.set(fact, words);
  }
  return words;
}

/** Entity → the facts that give it as an answer or voice, or name it in their statement; built on first use. */
const factsNamingIndex = new WeakMap<Context, Map<Entity, Fact[]>>();

function factsNaming(entity: Entity, context: Context): Fact[] {
  let index = factsNamingIndex.get(context);
  if (!index) {
    index = new Map();
    for (const fact of context.bank.facts) {
      const named = new Set<Entity>();
      const words = context.normalize(fact.statement).split(" ");
      for (let start = 0; start < words.length; start++) {
        for (let length = 1; length <= 5 && start + length <= words.length; length++) {
          const found = context.entityByForm.get(words.slice(start, start + length).join(" "));
          if (found) named.add(found);
        }
      }
      const voice = voiceEntity(fact, context);
      if (voice) named.add(voice);
      for (const name of fact.answer.type === "list" ? fact.answer.items : [fact.answer.value]) {
        const found = entityNamed(name, context);
        if (found) named.add(found);
      }
      for (const found of named) getOrCreate(index, found, () => []).push(fact);
    }
    factsNamingIndex.set(context, index);
  }
  return index.get(entity) ?? [];
}

/** Share of a statement's words another statement must hold: cautious when the generator picks options, strict when the gate blames a curator. */
export const OVERLAP = { generator: 0.5, gate: 0.75 };

/**
 * Whether another fact says that `entity` did what `fact` says its answer
 * did: it names the entity, and `threshold` or more of the fact's statement
 * (its content words, the answer's and the entity's names aside) is in it.
 * The Bahamas and Spain "said they will join"; Joe Biden also "called on the
 * Security Council to authorise the mission".
 */
export function statedTrueElsewhere(fact: Fact, entity: Entity, context: Context, threshold = OVERLAP.generator): boolean {
  // The formats of one fact ask about the same wrong options: each pair is judged once.
  let memo = statedTrue.get(context);
  if (!memo) {
    memo = new Map();
    statedTrue.set(context, memo);
  }
  const byThreshold = getOrCreate(getOrCreate(memo, fact, () => new Map<Entity, Map<number, boolean>>()), entity, () => new Map<number, boolean>());
  let stated = byThreshold.get(threshold);
  if (stated === undefined) {
    stated = isStatedTrueElsewhere(fact, entity, context, threshold);
    byThreshold.set(threshold, stated);
  }
  return stated;
}

/** Per run: fact → wrong option → threshold → whether another fact states the option true. */
const statedTrue = new WeakMap<Context, Map<Fact, Map<Entity, Map<number, boolean>>>>();

function isStatedTrueElsewhere(fact: Fact, entity: Entity, context: Context, threshold: number): boolean {
  const others = factsNaming(entity, context);
  if (others.length === 0 || (others.length === 1 && others[0] === fact)) return false;
  const entityWords = new Set((context.candidates.get(entity)?.forms ?? []).flatMap((form) => form.split(" ")));
  const predicate = predicateWords(fact, context).filter((word) => !entityWords.has(word));
  if (predicate.length === 0) return false;
  const needed = Math.ceil(predicate.length * threshold - 1e-9);
  for (const other of others) {
    if (other === fact) continue;
    const words = contentWords(other, context);
    let found = 0;
    for (const word of predicate) if (words.has(word) && ++found >= needed) return true;
  }
  return false;
}

const predicates = new WeakMap<Fact, string[]>();

/** The content words of a fact's statement, its answer's names aside: what it says its answer did. */
function predicateWords(fact: Fact, context: Context): string[] {
  let predicate = predicates.get(fact);
  if (!predicate) {
    const nameWords = new Set(answerEntities(fact, context).flatMap((key) => (context.candidates.get(key)?.forms ?? []).flatMap((form) => form.split(" "))));
    predicate = [...contentWords(fact, context)].filter((word) => !nameWords.has(word));
    predicates.set(fact, predicate);
  }
  return predicate;
}

function answerEntities(fact: Fact, context: Context): Entity[] {
  const names = fact.answer.type === "list" ? fact.answer.items : [fact.answer.value];
  return names.map((name) => entityNamed(name, context)).filter((entity): entity is Entity => entity !== null);
}
