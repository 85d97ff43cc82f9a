// Text helpers of the generator and of the quality gate: whole-word search,
// whether a sentence stands on its own, template punctuation, quote stems.
import { wink } from "@/lib/nlp/wink";
import { normalizeAnswer } from "../answer-match";

/** Normalizes with a memo of its own: one per generation run, since the same names and sentences recur. */
export function createNormalizer(): (text: string) => string {
  const memo = new Map<string, string>();
  return (text) => {
    let normalized = memo.get(text);
    if (normalized === undefined) {
      normalized = normalizeAnswer(text);
      memo.set(text, normalized);
    }
    return normalized;
  };
}

export function pad(text: string): string {
  return ` ${text} `;
}

/** Whether normalized `text` contains one of the normalized `phrases` as whole words. */
export function containsAnyWords(text: string, phrases: Iterable<string>): boolean {
  const padded = pad(text);
  for (const phrase of phrases) if (phrase !== "" && padded.includes(pad(phrase))) return true;
  return false;
}

/** In how many places normalized `text` names one of the normalized `forms` as whole words; overlapping matches ("lloyd austin", "austin") are one place. */
export function mentionCount(text: string, forms: Iterable<string>): number {
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

/** Start indexes of `phrase` in `text` as a whole word or words, at or after `from`. */
export function occurrences(text: string, phrase: string, from = 0): number[] {
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

// ---------------------------------------------------------------------------
// Sentences that stand on their own

/** The text with every “…”, "…" or ‘…’ quotation replaced by a space. */
export function outsideQuotes(text: string): string {
  return text.replace(/“[^”]*”|"[^"]*"|‘[^’]*’(?!\w)/g, " ");
}

const FIRST_AND_SECOND_PERSON = new Set(["i", "me", "my", "mine", "we", "us", "our", "ours", "ourselves", "you", "your", "yours"]);
const THIRD_PERSON = new Set(["he", "she", "it", "they", "him", "her", "them", "his", "hers", "its", "their", "theirs", "himself", "herself", "itself", "themselves", "this", "these", "those"]);

const WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";
/** Time that only the article's date explains: "last week", "this year", "on Monday", "last October". */
const RELATIVE_TIME = new RegExp(
  [
    `\\b(?:last|this|next|past) (?:week|month|year|weekend|${WEEKDAYS}|${MONTHS})\\b`,
    `\\bearlier this (?:week|month|year)\\b`,
    `\\b(?:yesterday|today|tomorrow|tonight|recently)\\b`,
    `\\b(?:on|by) (?:${WEEKDAYS})\\b(?!,? (?:${MONTHS}|\\d))`,
    `\\bas early as this\\b`,
  ].join("|"),
  "i",
);

/** "In late July": a month whose year only the article's date gives (capitalized, so that "may" is a verb). */
const MONTH_WORD = new RegExp(`\\b(?:${MONTHS.replace(/\b[a-z]/g, (letter) => letter.toUpperCase())})\\b`);
const YEAR_WORD = /\b(?:19|20)\d\d\b/;

const PRONOUN_WORD = new RegExp(`\\b(?:${[...FIRST_AND_SECOND_PERSON, ...THIRD_PERSON].join("|")})\\b`, "i");

function partsOfSpeech(text: string): { word: string; pos: string }[] {
  const tagger = wink();
  const doc = tagger.readDoc(text);
  const words = doc.tokens().out();
  const tags = doc.tokens().out(tagger.its.pos);
  return words.map((word, index) => ({ word, pos: tags[index] ?? "" }));
}

/**
 * The first word of `text`, outside quotation marks, that needs the article
 * around it to be understood: a first- or second-person pronoun, a
 * third-person pronoun with no noun before it to refer to, or a relative time
 * ("last week", "on Friday"). Null when the text stands on its own.
 */
export function unresolvedReference(text: string): string | null {
  const outside = outsideQuotes(text);
  const time = RELATIVE_TIME.exec(outside);
  // Tagging parts of speech is the slow part: only a text with a pronoun-like word needs it.
  if (!PRONOUN_WORD.test(outside)) return time ? time[0] : null;
  let seenNoun = false;
  for (const { word, pos } of partsOfSpeech(outside)) {
    const lower = word.toLowerCase();
    if (FIRST_AND_SECOND_PERSON.has(lower) && pos === "PRON") return word;
    if (THIRD_PERSON.has(lower) && pos === "PRON" && !seenNoun) return word;
    if (pos === "NOUN" || pos === "PROPN") seenNoun = true;
  }
  return time ? time[0] : null;
}

/** "The deal", "the pact": a thing the article named before, when a sentence opens with it. */
const DEFINITE_REFERENCE = /^(?:[Tt]he|[Tt]his|[Tt]hat)(?: [a-z-]+){0,2} (?:deal|pact|agreement|move|decision|letter|report|body|offer|announcement|event|plan|proposal|mission|force)\b/;
/** "The country", "the nation": in a story of several countries, which one only the article says. */
const AMBIGUOUS_REFERENCE = /\b(?:the|this) (?:country|nation|body|move|decision|deal|pact)\b(?!['’]s? \p{Lu})/iu;

/**
 * Whether an evidence quote can be shown alone as a question: a whole
 * sentence (a capital first, final punctuation last), opening with no
 * reference to what came before, with nothing unresolved, and no month
 * without its year.
 */
export function isSelfContainedSentence(text: string): boolean {
  const trimmed = text.trim();
  if (!/^[“"‘']?\p{Lu}/u.test(trimmed) || !/[.!?][”"’']?$/.test(trimmed)) return false;
  if (DEFINITE_REFERENCE.test(trimmed.replace(/^[“"‘']/, "")) || AMBIGUOUS_REFERENCE.test(outsideQuotes(trimmed))) return false;
  if (MONTH_WORD.test(outsideQuotes(trimmed)) && !YEAR_WORD.test(trimmed)) return false;
  return unresolvedReference(trimmed) === null;
}

// ---------------------------------------------------------------------------
// Punctuation

const PUNCTUATION_ERRORS: { pattern: RegExp; label: string }[] = [
  { pattern: /[.!?][”"’]\?/, label: "a question mark after a quotation that already ends a sentence" },
  { pattern: /(?<!\.)\.\.(?!\.)/, label: "a double period" },
  { pattern: /[.,;:]\s*[;,]|[;,:]\./, label: "two punctuation marks in a row" },
  { pattern: /\s[,.;:?!](?!\.\.)/, label: "a space before punctuation" },
  { pattern: /\?\?|!!/, label: "a doubled mark" },
  { pattern: / {2}/, label: "a double space" },
];

/** The first template punctuation error in `text`, described, or null. */
export function punctuationError(text: string): string | null {
  for (const { pattern, label } of PUNCTUATION_ERRORS) {
    const match = pattern.exec(text);
    if (match) return `${label} ("${text.slice(Math.max(0, match.index - 12), match.index + match[0].length + 4)}")`;
  }
  return null;
}

// ---------------------------------------------------------------------------
// Small text forms

const QUOTE_STEM_WORDS = { min: 8, max: 25 };

/**
 * A quotation as the stem of "who said it": without its final punctuation,
 * and cut at a clause boundary after 8 to 25 words when it is longer, with
 * an ellipsis.
 */
export function quoteStem(quote: string): string {
  const words = quote.trim().split(/\s+/);
  let text = quote.trim();
  if (words.length > QUOTE_STEM_WORDS.max) {
    const head = words.slice(0, QUOTE_STEM_WORDS.max);
    let cut = -1;
    for (let index = QUOTE_STEM_WORDS.min - 1; index < head.length - 1; index++) if (/[,;:–—]$/.test(head[index] ?? "")) cut = index;
    text = `${head.slice(0, cut === -1 ? head.length : cut + 1).join(" ").replace(/[,;:–—]$/, "")}…`;
  }
  return text.replace(/[\s.,;:!?]+$/, "");
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function withoutFinalPeriod(text: string): string {
  return text.trim().replace(/\.$/, "");
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
