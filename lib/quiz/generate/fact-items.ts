// The items of one fact, one builder per format. Each returns its item, or
// the reason it cannot be made well (the blueprint tries the next format,
// and `content check` reports a fact that yields nothing). Every item
// carries its provenance; a claim is attributed in every text; an opinion
// only becomes "who holds this view".
import { factVoice, type Answer, type Entity, type Fact } from "@/lib/content/types";
import { itemId, itemVersion } from "../item-id";
import { createRandom, shuffle, type Random } from "../seeded-random";
import {
  CLOZE_GAP,
  type ChoiceItem,
  type ClozeItem,
  type DateKey,
  type Item,
  type ItemConflict,
  type ItemType,
  type MultiSelectItem,
  type NumericItem,
  type TrueFalseItem,
  type TypedAnswerItem,
} from "../types";
import { citedName } from "../describe";
import { answerCandidates, entityNamed, itemSources, voiceEntity } from "./context";
import { listDistractors, wrongValues, wrongVoices } from "./distractors";
import { writesYear } from "./formats";
import { CHOICE_DISTRACTORS, MAX_CLOZE_LENGTH, MULTI_SELECT, TYPED_ANSWER_LIMITS, type Context, type FactFrame } from "./model";
import { capitalize, isSelfContainedSentence, joinNames, mentionCount, occurrences, quoteStem, unique, withoutFinalPeriod } from "./text";

/** An item, or why it was not made. */
export type Made<T extends Item> = T | string;

export function isMade<T extends Item>(made: Made<T>): made is T {
  return typeof made !== "string";
}

/** What every item of the fact shares; null when no evidence of it can be shown (no item without provenance). */
export function factFrame(fact: Fact, context: Context): FactFrame | null {
  const sources = itemSources(fact.evidence, context);
  const conflict: ItemConflict | undefined = fact.conflict
    ? {
        kind: fact.conflict.kind,
        about: fact.conflict.about,
        correction: fact.conflict.correction,
        note: fact.conflict.note,
        sides: fact.conflict.sides.map((side) => ({ label: side.label, isError: side.isError, sources: itemSources(side.evidence, context) })),
      }
    : undefined;
  const allSources = [...sources, ...(conflict?.sides.flatMap((side) => side.sources) ?? [])];
  if (allSources.length === 0) return null;
  const voice = voiceEntity(fact, context);
  return {
    fact,
    sources: sources.length > 0 ? sources : allSources,
    explanation: factExplanation(fact, voice, sources, conflict, context),
    conflict,
    answers: answerCandidates(fact, context),
    voice,
  };
}

// ---------------------------------------------------------------------------
// Explanations

function factExplanation(fact: Fact, voice: Entity | null, sources: ItemFrameSources, conflict: ItemConflict | undefined, context: Context): string {
  const parts = [fact.statement];
  const voiceName = voice?.takesThe ? `the ${voice.name}` : (factVoice(fact) ?? "");
  if (fact.kind === "claim") parts.push(`This is a claim by ${voiceName}, as the articles report it.`);
  if (fact.kind === "quote" && fact.quote && !holdsMostWords(context.normalize(fact.statement), context.normalize(fact.quote))) {
    parts.push(`${capitalize(voiceName)} said: “${withoutFinalPeriod(fact.quote)}.”`);
  }
  if (fact.kind === "opinion") parts.push(`This is the view of ${voiceName}, not a fact.`);
  const names = unique(sources.map(citedName));
  if (names.length > 1) parts.push(`Reported by ${names.length} sources: ${joinNames(names)}.`);
  if (conflict) parts.push(conflictSummary(conflict));
  return parts.join(" ");
}

type ItemFrameSources = FactFrame["sources"];

/** Whether a normalized text holds three quarters of the words of a normalized quote: the statement quotes it already. */
function holdsMostWords(text: string, quote: string): boolean {
  const words = new Set(text.split(" "));
  const quoted = quote.split(" ");
  return quoted.filter((word) => words.has(word)).length >= quoted.length * 0.75;
}

/** How the sources differ: each side and who says it, or the correction of a source's error. */
export function conflictSummary(conflict: ItemConflict): string {
  if (conflict.kind === "source-error") return conflict.correction ?? "";
  const sides = conflict.sides.map((side) => `“${side.label}” (${joinNames(unique(side.sources.map(citedName)))})`);
  return `The sources disagree on ${conflict.about}: ${sides.join(", ")}.${conflict.note ? ` ${conflict.note}` : ""}`;
}

// ---------------------------------------------------------------------------
// Shared parts

/** Recognition is easier than recall; a true/false guess is right half the time. */
function difficultyOf(fact: Fact, type: ItemType): 1 | 2 | 3 {
  if (type === "true-false") return Math.max(1, fact.difficulty - 1) as 1 | 2 | 3;
  if (type === "typed-answer" || type === "cloze") return Math.min(3, fact.difficulty + 1) as 1 | 2 | 3;
  return fact.difficulty;
}

function common<T extends ItemType>(frame: FactFrame, type: T, variant: string, prompt: string, context: Context) {
  const { fact } = frame;
  return {
    id: itemId([fact.id], type, variant),
    version: itemVersion([fact], type, undefined, context.factVersions),
    type,
    factIds: [fact.id],
    factKind: fact.kind,
    prompt,
    explanation: frame.explanation,
    sources: frame.sources,
    ...(frame.conflict ? { conflict: frame.conflict } : {}),
    topics: fact.topics,
    difficulty: difficultyOf(fact, type),
  };
}

/** The random source that picks an item's wrong options: seeded by the item alone, so the bank seed only changes their order. */
function distractorRandom(id: string): Random {
  return createRandom(`distractors:${id}`);
}

/** Options in a seeded order, or null when two of them read the same. */
function shuffledOptions(options: string[], id: string, context: Context): string[] | null {
  const forms = options.map(context.normalize);
  if (forms.some((form) => form === "") || new Set(forms).size !== forms.length) return null;
  return shuffle(options, createRandom(`${context.seed}:${id}`));
}

/** A claim's question names the claimant; one that does not gets "(claim by X)". */
function attributedQuestion(fact: Fact): string {
  if (fact.kind !== "claim" || !fact.claimant || fact.question.includes(fact.claimant)) return fact.question;
  return `${withoutFinalPeriod(fact.question).replace(/\?$/, "")} (according to ${fact.claimant})?`;
}

/** Whether the fact's question asks who spoke, claimed or holds the view: attribution covers it then. */
function asksForVoice(frame: FactFrame, context: Context): boolean {
  const { answer } = frame.fact;
  return answer.type !== "list" && frame.voice !== null && entityNamed(answer.value, context) === frame.voice;
}

/** The one value a choice or a gap asks for, or why the fact is not asked so: a list, an opinion, or a question of who said it. */
function singleAnswer(frame: FactFrame, context: Context): Exclude<Answer, { type: "list" }> | string {
  const { fact } = frame;
  if (fact.answer.type === "list") return "a list answer is a multi-select item";
  if (fact.kind === "opinion") return "an opinion is never right or wrong";
  if (asksForVoice(frame, context)) return "the question asks who said it: an attribution item";
  return fact.answer;
}

/** Short enough to type: an entity, number or date, or a text the curator gave accepted answers for. */
function isTypeable(frame: FactFrame): boolean {
  const { fact } = frame;
  const { answer } = fact;
  if (answer.type === "list" || answer.type === "number" || answer.type === "money") return false;
  if (answer.type === "text" && fact.accepted === null) return false;
  return answer.value.length <= TYPED_ANSWER_LIMITS.characters && answer.value.split(/\s+/).length <= TYPED_ANSWER_LIMITS.words;
}

function whyNotTypeable(frame: FactFrame): string {
  const { fact } = frame;
  return fact.answer.type === "text" && fact.accepted === null ? "a text answer needs accepted answers to be typed" : "the answer is too long to type";
}

/** Spellings accepted besides the value: the fact's aliases and accepted answers, and its entity's names. */
function acceptedSpellings(frame: FactFrame, context: Context, except: string): string[] {
  const { fact } = frame;
  const { answer } = fact;
  if (answer.type === "list") return [];
  const entity = frame.answers[0]?.entity;
  const spellings = [answer.value, ...answer.aliases, ...(fact.accepted ?? []), ...(entity ? [entity.name, ...entity.aliases] : [])];
  const seen = new Set([context.normalize(except)]);
  return spellings.filter((spelling) => {
    const form = context.normalize(spelling);
    if (form === "" || seen.has(form)) return false;
    seen.add(form);
    return true;
  });
}

/** For a date answer: how to grade it. The year may be left out when the key leaves it out or the question asks for a month. */
function dateKey(fact: Fact): DateKey | undefined {
  const { answer } = fact;
  if (answer.type !== "date") return undefined;
  const asksMonth = /\b(?:which|what|in which) month\b(?! and year)/i.test(fact.question);
  return { iso: answer.date, yearRequired: writesYear(answer.value, answer.date) && !(asksMonth && answer.date.length === 7) };
}

/** Other entities of the answer's kind (every spelling): a near miss closer to one of them is wrong. */
function rivalNames(frame: FactFrame, context: Context): string[] {
  const key = frame.answers[0]?.entity;
  if (!key) return [];
  const names: string[] = [];
  for (const [entity, candidate] of context.candidates) {
    if (entity !== key && entity.kind === key.kind && entity.inStory) names.push(candidate.display, ...entity.aliases);
  }
  return names;
}

// ---------------------------------------------------------------------------
// Builders

export function multipleChoiceItem(frame: FactFrame, context: Context): Made<ChoiceItem> {
  const { fact } = frame;
  const answer = singleAnswer(frame, context);
  if (typeof answer === "string") return answer;
  const id = itemId([fact.id], "multiple-choice", "");
  const distractors = wrongValues(frame, CHOICE_DISTRACTORS, distractorRandom(id), context);
  if (distractors.length < CHOICE_DISTRACTORS) return `only ${distractors.length} wrong options of the answer's kind: write distractors`;
  const options = shuffledOptions([answer.value, ...distractors], id, context);
  if (!options) return "two options read the same";
  return { ...common(frame, "multiple-choice", "", attributedQuestion(fact), context), options, answer: answer.value };
}

/** A true/false item: the statement, or one of the curator's false variants (seeded). */
export function trueFalseItem(frame: FactFrame, which: "true" | "false", context: Context): Made<TrueFalseItem> {
  const { fact } = frame;
  if (fact.kind === "opinion") return "an opinion is never true or false";
  if (which === "false") {
    if (fact.falseVariants.length === 0) return "no false_variants";
    const random = createRandom(`false-variant:${fact.id}`);
    const statement = fact.falseVariants[random.int(fact.falseVariants.length)] ?? "";
    return {
      ...common(frame, "true-false", "false", "True or false?", context),
      statement,
      answer: false,
      explanation: `False. ${frame.explanation}`,
    };
  }
  if (/;/.test(fact.statement)) return "the statement joins two ideas";
  if (fact.conflict?.kind === "disagreement") return "the sources disagree: its items ask what each says";
  return { ...common(frame, "true-false", "true", "True or false?", context), statement: fact.statement, answer: true, explanation: `True. ${frame.explanation}` };
}

/**
 * The answer blanked in a whole, self-contained sentence of the evidence
 * that names it once; otherwise in the curated statement. A claim, a fact
 * the sources disagree on and a statement of the world at a date use the
 * statement: it carries the attribution and never one side's wording.
 */
export function clozeItem(frame: FactFrame, context: Context): Made<ClozeItem> {
  const { fact } = frame;
  const answer = singleAnswer(frame, context);
  if (typeof answer === "string") return answer;
  if (!isTypeable(frame)) return whyNotTypeable(frame);
  const fromStatement = fact.kind === "claim" || fact.conflict !== undefined || fact.asOf !== null;
  const sentences = [
    ...(fromStatement ? [] : frame.sources.filter((source) => source.articleKind !== "opinion").map((source) => source.quote.trim())),
    fact.statement,
  ].filter((text) => text.length <= MAX_CLOZE_LENGTH && isSelfContainedSentence(text));
  const spellings = unique([answer.value, ...answer.aliases]).sort((a, b) => b.length - a.length);
  const forms = new Set([...spellings.map(context.normalize), ...frame.answers.flatMap((candidate) => candidate.forms)]);
  const attributionEnd = fact.kind === "claim" ? (/^According to [^,]+,\s*/.exec(fact.statement)?.[0].length ?? 0) : 0;
  for (const text of sentences) {
    for (const spelling of spellings) {
      const found = occurrences(text, spelling, text === fact.statement ? attributionEnd : 0);
      if (found.length !== 1 || mentionCount(context.normalize(text), forms) > 1) continue;
      const index = found[0] ?? 0;
      const rivals = rivalNames(frame, context);
      const date = dateKey(fact);
      return {
        ...common(frame, "cloze", "", "Fill in the gap.", context),
        text: text.slice(0, index) + CLOZE_GAP + text.slice(index + spelling.length),
        answer: spelling,
        accepted: acceptedSpellings(frame, context, spelling),
        ...(rivals.length > 0 ? { rivals } : {}),
        ...(date ? { date } : {}),
      };
    }
  }
  return "no self-contained sentence names the answer once";
}

export function typedAnswerItem(frame: FactFrame, context: Context): Made<TypedAnswerItem> {
  const { fact } = frame;
  const { answer } = fact;
  if (answer.type === "list" || answer.type === "number" || answer.type === "money") return "not a typed answer";
  if (fact.kind === "opinion") return "an opinion is never right or wrong";
  if (asksForVoice(frame, context)) return "the question asks who said it: an attribution item";
  if (!isTypeable(frame)) return whyNotTypeable(frame);
  const rivals = rivalNames(frame, context);
  const date = dateKey(fact);
  return {
    ...common(frame, "typed-answer", "", attributedQuestion(fact), context),
    answer: answer.value,
    accepted: acceptedSpellings(frame, context, answer.value),
    ...(rivals.length > 0 ? { rivals } : {}),
    ...(date ? { date } : {}),
  };
}

export function numericItem(frame: FactFrame, context: Context): Made<NumericItem> {
  const { fact } = frame;
  const { answer } = fact;
  if (answer.type === "number") {
    return { ...common(frame, "numeric", "", attributedQuestion(fact), context), answer: answer.number, unit: answer.unit, display: `${answer.value} ${answer.unit}` };
  }
  if (answer.type === "money") {
    return { ...common(frame, "numeric", "", attributedQuestion(fact), context), answer: answer.amount, unit: answer.currency, display: answer.value };
  }
  return "not a number";
}

/** "Select all that apply": 2 to 4 of the list's items (a seeded choice when it has more) among 5 to 7 options. */
export function multiSelectItem(frame: FactFrame, context: Context): Made<MultiSelectItem> {
  const { fact } = frame;
  if (fact.answer.type !== "list") return "not a list answer";
  const id = itemId([fact.id], "multi-select", "");
  const random = distractorRandom(id);
  const items = fact.answer.items;
  const keys = items.length <= MULTI_SELECT.maxKeys ? items : shuffle(items, random).slice(0, MULTI_SELECT.maxKeys - 1);
  if (keys.length < MULTI_SELECT.minKeys) return "a list of one is a multiple-choice question";
  const wanted = Math.min(3, MULTI_SELECT.maxOptions - keys.length);
  const distractors = listDistractors(frame, wanted, random, context);
  if (keys.length + distractors.length < MULTI_SELECT.minOptions) return `only ${distractors.length} wrong items of the list's kind: write distractors`;
  const options = shuffledOptions([...keys, ...distractors], id, context);
  if (!options) return "two options read the same";
  const ordered = items.filter((item) => keys.includes(item));
  return { ...common(frame, "multi-select", "", attributedQuestion(fact), context), options, answers: ordered };
}

/**
 * "Who said …" for a quote, "Who claims that …" for a claim, the fact's own
 * question for an opinion (it asks who holds the view); the answer is the
 * voice, an entity, among others of its side.
 */
export function attributionItem(frame: FactFrame, context: Context): Made<ChoiceItem> {
  const { fact, voice } = frame;
  if (fact.kind === "fact") return "a plain fact has no voice";
  if (!voice) return `the voice "${fact.claimant ?? fact.speaker ?? fact.holder}" is not an entity (a collective voice)`;
  const prompt = attributionPrompt(frame, context);
  if (!prompt) return "no attribution question can be made from the statement";
  const id = itemId([fact.id], "attribution", "");
  const distractors = wrongVoices(frame, voice, CHOICE_DISTRACTORS, distractorRandom(id), context);
  if (distractors.length < CHOICE_DISTRACTORS) return `only ${distractors.length} other voices of the same side: write distractors`;
  const options = shuffledOptions([voice.name, ...distractors], id, context);
  if (!options) return "two options read the same";
  return { ...common(frame, "attribution", "", prompt, context), options, answer: voice.name };
}

function attributionPrompt(frame: FactFrame, context: Context): string | null {
  const { fact } = frame;
  if (asksForVoice(frame, context) || fact.kind === "opinion") return fact.question;
  if (fact.kind === "quote") return fact.quote ? `Who said “${quoteStem(fact.quote)}”?` : null;
  const prefix = /^According to [^,]+,\s*/.exec(fact.statement);
  return prefix ? `Who claims that ${withoutFinalPeriod(fact.statement.slice(prefix[0].length))}?` : null;
}

/**
 * A source error asked as "which source says so": the erring source is the
 * key, and the wrong options are other articles of the bank, those that
 * report the fact first.
 */
function whichSourceItem(frame: FactFrame, context: Context): Made<ChoiceItem> {
  const { fact, conflict } = frame;
  if (!conflict) return "no conflict";
  const wrong = conflict.sides.filter((side) => side.isError).flatMap((side) => side.sources);
  const erring = wrong[0];
  if (!erring || wrong.some((source) => source.article !== erring.article)) return "a source error asked by source needs its error in one article";
  const id = itemId([fact.id], "sources-disagree", "source");
  const random = distractorRandom(id);
  const reporting = new Set(frame.sources.map((source) => source.article));
  const others = [...context.articles.values()].filter((article) => article.slug !== erring.article);
  const ranked = [...shuffle(others.filter((article) => reporting.has(article.slug)), random), ...shuffle(others.filter((article) => !reporting.has(article.slug)), random)];
  const distractors = unique(ranked.map(citedName)).slice(0, CHOICE_DISTRACTORS);
  if (distractors.length < CHOICE_DISTRACTORS) return `only ${distractors.length} other sources in the bank`;
  const options = shuffledOptions([citedName(erring), ...distractors], id, context);
  if (!options) return "two sources are cited alike";
  return {
    ...common(frame, "sources-disagree", "source", fact.conflict?.question ?? "", context),
    options,
    answer: citedName(erring),
    sources: conflict.sides.flatMap((side) => side.sources),
    explanation: `${conflictSummary(conflict)} ${fact.statement}`,
  };
}

/**
 * Items of a conflict. A disagreement asks, for one source of each side,
 * what that source says (the sides' labels are the options); a source error
 * asks the correct answer, the error among the options, and its explanation
 * corrects the source.
 */
export function sourcesDisagreeItems(frame: FactFrame, context: Context): Made<ChoiceItem>[] {
  const { fact, conflict } = frame;
  const curated = fact.conflict;
  if (!conflict || !curated) return [];
  const labels = conflict.sides.map((side) => side.label);
  const options = (id: string) => shuffledOptions(unique([...labels, ...curated.distractors]), id, context);
  const summary = conflictSummary(conflict);
  if (conflict.kind === "source-error" && curated.asks === "source") return [whichSourceItem(frame, context)];
  if (conflict.kind === "source-error") {
    const right = conflict.sides.find((side) => !side.isError);
    if (!right) return ["a source error with no right side"];
    const id = itemId([fact.id], "sources-disagree", "correction");
    const shuffled = options(id);
    if (!shuffled || shuffled.length < 3) return ["a source error needs at least 3 options: add conflict distractors"];
    return [
      {
        ...common(frame, "sources-disagree", "correction", curated.question, context),
        options: shuffled,
        answer: right.label,
        sources: conflict.sides.flatMap((side) => side.sources),
        explanation: `${summary} ${fact.statement}`,
      },
    ];
  }
  const items: Made<ChoiceItem>[] = [];
  const used = new Set<string>();
  const names = new Set<string>();
  for (const side of conflict.sides) {
    // The first article of this side that takes no other side.
    const source = side.sources.find(
      (candidate) => !used.has(candidate.article) && conflict.sides.every((other) => other === side || other.sources.every((s) => s.article !== candidate.article)),
    );
    if (!source) {
      items.push(`no source takes only the side “${side.label}”`);
      continue;
    }
    used.add(source.article);
    const name = citedName(source);
    if (names.has(name)) {
      items.push(`two sides are cited as ${name}`);
      continue;
    }
    names.add(name);
    const id = itemId([fact.id], "sources-disagree", source.article);
    const shuffled = options(id);
    if (!shuffled) {
      items.push("two options read the same");
      continue;
    }
    const prompt = capitalize(curated.question.replaceAll("{source}", name));
    items.push({
      ...common(frame, "sources-disagree", source.article, prompt, context),
      options: shuffled,
      answer: side.label,
      sources: side.sources.filter((candidate) => candidate.article === source.article),
      explanation: `${capitalize(name)} says “${side.label}”. ${summary}`,
    });
  }
  return items;
}
