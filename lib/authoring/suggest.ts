// The suggestion step: every sentence of a pasted article with the spans that
// could answer a question about it (numbers, money, percentages, dates,
// people, organizations, places, quotations), what kind of statement it is
// (fact, claim, quote, opinion) and a score for how quiz-worthy it is. Only
// suggestions: nothing becomes a fact until the teacher accepts it.
import type { FactKind } from "@/lib/content/types";
import { readDates } from "./dates";
import { datelineLength, fullName, numberValue, readNames, trimName, type Name } from "./names";
import { readBody, type Sentence, type Token, type WinkEntity } from "./sentences";
import type { Candidate, CandidateKind, SentenceSuggestion, Span } from "./types";

export type SuggestOptions = { published: string | null; title?: string | null };

// ---------------------------------------------------------------------------
// Cues

/** Words that make a sentence an opinion, never a fact. */
const OPINION_CUE = /\b(?:should|must|ought to|needs? to|it is time|it's time|it’s time|we believe|i believe|in my view|in our view|in my opinion|in our opinion)\b/i;

/** Words that attribute a sentence to someone: a claim. */
const CLAIM_CUE = /\b(?:according to|said|says|told|tells|claimed|claims|alleged|alleges|accused|accuses|denied|denies|warned|warns|reportedly)\b/i;

/** Verbs that introduce a quotation's speaker. */
const SAY = "said|says|told|added|wrote|declared|insisted|explained|asked|warned|stated|noted|tweeted|posted";

/** A name as written: capitalized words, with "of", "the", "de" between them. */
const NAME = "\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+(?:(?:of|the|for|de|du|la|le|al|van|von)\\s+)?\\p{Lu}[\\p{L}\\p{M}'’.-]*)*";

/** `"…," Name said` or `"…," he said`, read after the quotation. */
const SPEAKER_AFTER = new RegExp(`^\\s*[,.!?]?\\s*(?:(${NAME})|(he|she|they))\\s+(?:also\\s+)?(?:${SAY})\\b`, "du");
/** `"…," said Name`, read after the quotation. */
const SPEAKER_AFTER_VERB = new RegExp(`^\\s*[,.!?]?\\s*(?:${SAY})\\s+((?:[a-z]+\\s+){0,3}?)(${NAME})`, "du");
/** `Name said: "…"`, read before the quotation. */
const SPEAKER_BEFORE = new RegExp(`(${NAME})\\s+(?:also\\s+)?(?:${SAY})(?:\\s+[^,:“"]{0,40}?)?\\s*[,:]?\\s*$`, "du");

const CALENDAR_WORDS = new Set([
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
]);

/** Words that end the walk back from "said" to its subject. */
const SUBJECT_STOP = new Set([
  "he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "this", "and", "but", "or", "has", "have", "had", "is", "was", "were", "are",
  "would", "will", "could", "then", "when", "while", "after", "before", "because", "as", "if", "since", "where", "what", "not", "also",
]);

// ---------------------------------------------------------------------------
// Candidates

/** One quotation of the body: the span of its words inside the marks, and the span with the marks. */
type Quotation = { inner: Span; outer: Span };

function readQuotations(body: string): Quotation[] {
  const quotations: Quotation[] = [];
  for (const match of body.matchAll(/“[^”\n]*(?:”|(?=\n)|$)|"[^"\n]*"/g)) {
    const closed = /[”"]$/.test(match[0]) && match[0].length > 1;
    quotations.push({ outer: { start: match.index, end: match.index + match[0].length }, inner: { start: match.index + 1, end: match.index + match[0].length - (closed ? 1 : 0) } });
  }
  return quotations;
}

/** The span without surrounding whitespace and a trailing comma; null when nothing is left. */
function trimQuote(body: string, span: Span): Span | null {
  const text = body.slice(span.start, span.end);
  const lead = /^\s*/.exec(text)![0].length;
  const trail = /[\s,]*$/.exec(text)![0].length;
  const start = span.start + lead;
  const end = span.end - trail;
  return end > start ? { start, end } : null;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

const SCALES: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12 };

/** "$10 million" → 10000000 USD; null when the text holds no amount. */
export function moneyValue(text: string): { value: number; currency: string } | null {
  const lower = text.toLowerCase();
  const currency = /us\$|\$|dollars?\b/.test(lower) ? "USD" : /€|euros?\b/.test(lower) ? "EUR" : /£|pounds?\b|sterling/.test(lower) ? "GBP" : /¥|yen\b/.test(lower) ? "JPY" : "";
  const digits = /(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion|bn|mn|tn|k|m|b)?\b/.exec(lower);
  let amount: number | null = null;
  let scale = 1;
  if (digits) {
    amount = numberValue(digits[1]!);
    scale = digits[2] ? (SCALES[digits[2]] ?? 1) : 1;
  } else {
    const words = /^(.*?)\s*(thousand|million|billion|trillion)?\s*(?:dollars?|euros?|pounds?)?$/.exec(lower.replace(/[$€£¥]/g, "").trim());
    if (words?.[1]) amount = numberValue(words[1]);
    scale = words?.[2] ? (SCALES[words[2]] ?? 1) : 1;
    if (amount === null && words?.[2]) amount = 1;
  }
  if (amount === null) return null;
  return { value: Math.round(amount * scale * 100) / 100, currency };
}

/** "20%", "40 percent", "18 per cent" → 20, 40, 18. */
function percentValue(text: string): number | null {
  const number = /^(.*?)\s*(?:%|per\s*cent|percent)$/i.exec(text.trim());
  return number?.[1] ? numberValue(number[1]) : null;
}

/** The tokens of a sentence, found by binary search on their starts. */
function tokensIn(tokens: Token[], span: Span): Token[] {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.start < span.start) low = middle + 1;
    else high = middle;
  }
  const found: Token[] = [];
  for (let index = low; index < tokens.length && tokens[index]!.end <= span.end; index += 1) found.push(tokens[index]!);
  return found;
}

/** The words a number counts: the adjectives and nouns right after it, ending at the last noun ("police officers"). */
function unitAfter(body: string, tokens: Token[], end: number): string {
  const next = tokens.filter((token) => token.start >= end);
  let last = -1;
  for (let index = 0; index < next.length && index < 4; index += 1) {
    const pos = next[index]!.pos;
    if (pos === "NOUN" || pos === "PROPN") last = index;
    else if (pos !== "ADJ") break;
  }
  return last === -1 ? "" : body.slice(next[0]!.start, next[last]!.end);
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Of two candidates that overlap (quotations aside), the first kind here stays. */
const PRIORITY: CandidateKind[] = ["money", "percent", "date", "number", "person", "organization", "place"];

function withoutOverlaps(candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  // A resolved date before an unresolved one: chrono's "Wednesday" over wink's.
  const unresolved = (candidate: Candidate) => (candidate.kind === "date" && !candidate.date ? 1 : 0);
  const ordered = [...candidates].sort(
    (a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) || unresolved(a) - unresolved(b) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  for (const candidate of ordered) {
    if (candidate.kind !== "quote" && kept.some((other) => other.kind !== "quote" && overlaps(other, candidate))) continue;
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

function winkCandidate(body: string, entity: WinkEntity, tokens: Token[]): Candidate | null {
  const base = { start: entity.start, end: entity.end, text: entity.text };
  switch (entity.type) {
    case "CARDINAL": {
      // "€5 million": wink leaves the currency sign out.
      if (/[$€£¥]$/.test(body.slice(0, entity.start))) {
        const text = body.slice(entity.start - 1, entity.end);
        const money = moneyValue(text);
        if (money) return { start: entity.start - 1, end: entity.end, text, kind: "money", value: money.value, currency: money.currency };
      }
      const value = numberValue(entity.text);
      return value === null ? null : { ...base, kind: "number", value, unit: unitAfter(body, tokens, entity.end) };
    }
    case "DURATION": {
      // "three months": the number, counting what follows it.
      const first = /^\S+/.exec(entity.text)![0];
      const value = numberValue(first);
      if (value === null) return null;
      const end = entity.start + first.length;
      return { start: entity.start, end, text: first, kind: "number", value, unit: unitAfter(body, tokens, end) };
    }
    case "MONEY": {
      const money = moneyValue(entity.text);
      return money ? { ...base, kind: "money", value: money.value, currency: money.currency } : null;
    }
    case "PERCENT": {
      const value = percentValue(entity.text);
      return value === null ? null : { ...base, kind: "percent", value };
    }
    case "DATE": {
      const year = /^\d{4}$/.test(entity.text) ? entity.text : null;
      // A date chrono cannot read (a year alone, "Jan."): only a year is certain without it.
      return { ...base, kind: "date", date: year };
    }
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------
// Speakers and voices

/** The name a span of the body refers to: the person or organization read there, or the words themselves. */
function nameAt(body: string, span: Span, names: Name[]): string {
  const name = names.find((other) => other.kind !== "place" && overlaps(other, span));
  if (name) return fullName(names, name.text);
  const trimmed = trimName(body, span, "organization");
  return trimmed ? body.slice(trimmed.start, trimmed.end).replace(/^The\s+/, "") : body.slice(span.start, span.end);
}

/** The last person named before `offset`: who "he said" refers to. */
function lastPersonBefore(names: Name[], offset: number): string | null {
  let found: string | null = null;
  for (const name of names) {
    if (name.start >= offset) break;
    if (name.kind === "person") found = fullName(names, name.text);
  }
  return found;
}

/** Who speaks a quotation, from the words around it in its sentences; and the verb that says so. */
function findSpeaker(body: string, quotation: Quotation, before: Span, after: Span, names: Name[]): { speaker: string | null; verb: string | null } {
  const afterText = body.slice(quotation.outer.end, after.end);
  const named = SPEAKER_AFTER.exec(afterText);
  if (named?.indices) {
    const verb = new RegExp(`\\b(?:${SAY})\\b`).exec(named[0])?.[0] ?? null;
    const group = named.indices[1];
    if (group) return { speaker: nameAt(body, { start: quotation.outer.end + group[0], end: quotation.outer.end + group[1] }, names), verb };
    return { speaker: lastPersonBefore(names, quotation.outer.start), verb };
  }
  const byVerb = SPEAKER_AFTER_VERB.exec(afterText);
  if (byVerb?.indices?.[2] && !CALENDAR_WORDS.has(byVerb[2]!)) {
    const [start, end] = byVerb.indices[2];
    const span = { start: quotation.outer.end + start, end: quotation.outer.end + end };
    const isName = names.some((name) => name.kind !== "place" && overlaps(name, span));
    if (isName || byVerb[1] === "") return { speaker: nameAt(body, span, names), verb: new RegExp(`\\b(?:${SAY})\\b`).exec(byVerb[0])?.[0] ?? null };
  }
  const beforeText = body.slice(before.start, quotation.outer.start);
  const lead = SPEAKER_BEFORE.exec(beforeText);
  if (lead?.indices?.[1]) {
    const [start, end] = lead.indices[1];
    return { speaker: nameAt(body, { start: before.start + start, end: before.start + end }, names), verb: new RegExp(`\\b(?:${SAY})\\b`).exec(lead[0])?.[0] ?? null };
  }
  return { speaker: null, verb: null };
}

/** The text with quotations blanked out, keeping every offset. */
function outsideQuotations(text: string): string {
  return text.replace(/“[^”]*(?:”|$)|"[^"]*"/g, (quoted) => " ".repeat(quoted.length));
}

/** Who a claim is attributed to: "according to the U.N." → "U.N."; "officials said" → "officials". */
function claimVoice(body: string, sentence: Span, cue: RegExpExecArray, names: Name[]): string | null {
  const word = cue[0].toLowerCase();
  const cueStart = sentence.start + cue.index;
  const cueEnd = cueStart + cue[0].length;
  if (word === "reportedly") return null;
  if (word === "according to") {
    const phrase = /^\s+([^,;:—–]+)/.exec(body.slice(cueEnd, sentence.end));
    if (!phrase) return null;
    const start = cueEnd + phrase[0].length - phrase[1]!.length;
    const trimmed = trimName(body, { start, end: cueEnd + phrase[0].length }, "organization");
    return trimmed ? body.slice(trimmed.start, trimmed.end).replace(/^the\s+/i, "") : null;
  }
  // The subject before the verb: back over words to punctuation or a word that ends a subject.
  const before = body.slice(sentence.start, cueStart);
  const words = [...before.matchAll(/\S+/g)];
  let first: RegExpExecArray | null = null;
  for (let index = words.length - 1; index >= 0 && words.length - index <= 6; index -= 1) {
    const token = words[index]!;
    if (/[,;:—–"“”]$/.test(token[0])) break;
    const lower = token[0].toLowerCase();
    if (SUBJECT_STOP.has(lower)) {
      if (lower === "also" && index === words.length - 1) continue;
      if ((lower === "he" || lower === "she") && index === words.length - 1) return lastPersonBefore(names, cueStart);
      break;
    }
    first = token;
  }
  if (first) {
    const start = sentence.start + first.index;
    const end = sentence.start + before.replace(/\s*(?:also\s*)?$/, "").length;
    if (end > start) {
      const span = trimName(body, { start, end }, "organization");
      if (span) {
        const name = names.find((other) => other.kind !== "place" && other.start >= span.start && other.end === span.end);
        return name ? fullName(names, name.text) : body.slice(span.start, span.end).replace(/^(?:the|a|an)\s+/i, "");
      }
    }
  }
  // "…, said Name."
  const after = new RegExp(`^\\s+(${NAME})`, "du").exec(body.slice(cueEnd, sentence.end));
  if (after?.indices?.[1] && !CALENDAR_WORDS.has(after[1]!)) return nameAt(body, { start: cueEnd + after.indices[1][0], end: cueEnd + after.indices[1][1] }, names);
  return null;
}

// ---------------------------------------------------------------------------
// Scores

const TITLE_STOP = new Set(["about", "after", "again", "against", "from", "have", "into", "more", "over", "says", "said", "than", "that", "their", "them", "they", "this", "what", "when", "where", "which", "while", "will", "with", "would"]);

function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length >= 4 && !TITLE_STOP.has(word)));
}

const WEIGHTS: Record<CandidateKind, number> = { number: 1.5, money: 1.5, percent: 1.5, date: 1.2, person: 1.2, organization: 1, place: 0.8, quote: 0.5 };

/**
 * How quiz-worthy a sentence is, deterministic:
 *
 *   0 when the sentence has no candidate; otherwise
 *   (density + position + title) × length × opinion, rounded to 3 decimals, where
 *   density  = 10 × Σ weight(candidate) / max(words, 6), weights: number, money,
 *              percent 1.5; date 1.2 (0.6 when unresolved); person 1.2;
 *              organization 1; place 0.8; quotation 0.5;
 *   position = 1 / (1 + index / 10): 1 for the first sentence, 0.5 for the eleventh;
 *   title    = the share of the title's words (4+ letters) found in the sentence, 0 to 1;
 *   length   = 0.6 over 45 words, 0.5 under 6 words, else 1;
 *   opinion  = 0.5 for an opinion, else 1.
 */
export function scoreSentence(input: { index: number; words: number; kind: FactKind; candidates: Candidate[]; titleWords: Set<string>; text: string }): number {
  if (input.candidates.length === 0) return 0;
  let weight = 0;
  for (const candidate of input.candidates) weight += candidate.kind === "date" && !candidate.date ? 0.6 : WEIGHTS[candidate.kind];
  const density = (10 * weight) / Math.max(input.words, 6);
  const position = 1 / (1 + input.index / 10);
  let title = 0;
  if (input.titleWords.size > 0) {
    const words = contentWords(input.text);
    let shared = 0;
    for (const word of input.titleWords) if (words.has(word)) shared += 1;
    title = shared / input.titleWords.size;
  }
  const length = input.words > 45 ? 0.6 : input.words < 6 ? 0.5 : 1;
  const opinion = input.kind === "opinion" ? 0.5 : 1;
  return Math.round((density + position + title) * length * opinion * 1000) / 1000;
}

// ---------------------------------------------------------------------------
// The suggestion step

/** Names, numbers and quotations of a body, read once for all its sentences. */
type Reading = { sentences: Sentence[]; tokens: Token[]; entities: WinkEntity[]; names: Name[]; quotations: Quotation[] };

function readAll(body: string): Reading {
  const { sentences, tokens, entities } = readBody(body);
  return { sentences, tokens, entities, names: readNames(body, sentences), quotations: readQuotations(body) };
}

function sentenceAt(sentences: Sentence[], offset: number): Sentence | undefined {
  return sentences.find((sentence) => sentence.start <= offset && offset < sentence.end) ?? sentences.find((sentence) => sentence.start >= offset);
}

/** Every sentence of the body, in text order, with its candidates, kind, cue, voice and score. */
export function suggestSentences(body: string, options: SuggestOptions): SentenceSuggestion[] {
  const reading = readAll(body);
  const { sentences, tokens, entities, names, quotations } = reading;
  const titleWords = contentWords(options.title ?? "");
  let entityIndex = 0;
  let nameIndex = 0;

  return sentences.map((sentence, index) => {
    const dateline = datelineLength(sentence.text);
    const inside = (span: Span) => span.start >= sentence.start + dateline && span.end <= sentence.end;
    const sentenceTokens = tokensIn(tokens, sentence);
    const found: Candidate[] = [];

    while (entityIndex < entities.length && entities[entityIndex]!.start < sentence.start) entityIndex += 1;
    for (let at = entityIndex; at < entities.length && entities[at]!.start < sentence.end; at += 1) {
      const entity = entities[at]!;
      if (!inside(entity)) continue;
      const candidate = winkCandidate(body, entity, sentenceTokens);
      if (candidate) found.push(candidate);
    }
    for (const mention of readDates(sentence.text, options.published)) {
      const start = sentence.start + mention.start;
      const span = { start, end: sentence.start + mention.end };
      if (inside(span)) found.push({ ...span, text: mention.text, kind: "date", date: mention.date });
    }
    while (nameIndex < names.length && names[nameIndex]!.start < sentence.start) nameIndex += 1;
    for (let at = nameIndex; at < names.length && names[at]!.start < sentence.end; at += 1) {
      const name = names[at]!;
      if (inside(name)) found.push({ start: name.start, end: name.end, text: name.text, kind: name.kind });
    }

    // Quotations: the part of each inside this sentence, its speaker read around the whole of it.
    let quoteVerb: string | null = null;
    let speaker: string | null = null;
    let hasLongQuote = false;
    for (const quotation of quotations) {
      if (!overlaps(quotation.inner, sentence)) continue;
      const clipped = trimQuote(body, { start: Math.max(quotation.inner.start, sentence.start), end: Math.min(quotation.inner.end, sentence.end) });
      if (!clipped) continue;
      const first = sentenceAt(sentences, quotation.outer.start) ?? sentence;
      const last = sentenceAt(sentences, Math.max(quotation.outer.end - 1, quotation.outer.start)) ?? sentence;
      const found_ = findSpeaker(body, quotation, { start: first.start + datelineLength(first.text), end: first.end }, last, names);
      const text = body.slice(clipped.start, clipped.end);
      found.push({ ...clipped, text, kind: "quote", speaker: found_.speaker });
      if (wordCount(text) >= 4 && !hasLongQuote) {
        hasLongQuote = true;
        speaker = found_.speaker;
        quoteVerb = found_.verb;
      }
    }

    const candidates = withoutOverlaps(found);
    const outside = outsideQuotations(sentence.text);
    const opinion = OPINION_CUE.exec(sentence.text);
    const claim = CLAIM_CUE.exec(outside);
    let kind: FactKind = "fact";
    let cue: string | null = null;
    let voice: string | null = null;
    if (opinion) {
      kind = "opinion";
      cue = opinion[0];
      voice = hasLongQuote ? speaker : claim ? claimVoice(body, sentence, claim, names) : null;
    } else if (hasLongQuote) {
      kind = "quote";
      cue = quoteVerb ?? "“";
      voice = speaker;
    } else if (claim) {
      kind = "claim";
      cue = claim[0];
      voice = claimVoice(body, sentence, claim, names);
    }
    const words = wordCount(sentence.text);
    const score = scoreSentence({ index, words, kind, candidates, titleWords, text: sentence.text });
    return { start: sentence.start, end: sentence.end, index, text: sentence.text, kind, cue, voice, candidates, score };
  });
}

/** The suggestions best first: score descending, then text order. */
export function rankSuggestions(list: SentenceSuggestion[]): SentenceSuggestion[] {
  return [...list].sort((a, b) => b.score - a.score || a.index - b.index);
}

/** The distinct people, organizations and places of a story's articles, most often named first (then first named first). */
export function storyEntities(bodies: string[]): { people: string[]; organizations: string[]; places: string[] } {
  const counts = { person: new Map<string, number>(), organization: new Map<string, number>(), place: new Map<string, number>() };
  for (const body of bodies) {
    const { sentences } = readBody(body);
    const names = readNames(body, sentences);
    for (const name of names) {
      const text = name.kind === "person" ? fullName(names, name.text) : name.text;
      counts[name.kind].set(text, (counts[name.kind].get(text) ?? 0) + 1);
    }
  }
  // Maps keep first-insertion order, and the sort is stable: ties stay in the order first named.
  const ranked = (map: Map<string, number>) => [...map.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
  return { people: ranked(counts.person), organizations: ranked(counts.organization), places: ranked(counts.place) };
}
