// Checking what a learner typed against the accepted answers of an item:
// case, accent, punctuation and small-typo tolerant, but never in favour of
// an answer that is closer to another valid option (a rival).
import { distance } from "fastest-levenshtein";

/** Letters that NFD does not split into a base letter and a combining mark. */
const FOLDED_LETTERS: Record<string, string> = { ø: "o", ł: "l", đ: "d", ß: "ss", æ: "ae", œ: "oe", ı: "i" };

// Every leading article ("the a b" is "b"), so that normalizing twice changes nothing.
const LEADING_ARTICLES = /^(?:(?:the|a|an) )+(?=\S)/;

/** Marks that vanish ("U.S." = "US", "Ichung’wah" = "Ichungwah") or stand for a word; other punctuation separates words. */
const PUNCTUATION: Record<string, string> = { "’": "", "‘": "", "`": "", "´": "", ".": "", "'": "", "&": " and " };

/**
 * The comparable form of an answer: lower case, no accents, no punctuation
 * ("U.S." = "US", "Ichung’wah" = "Ichungwah", "al-Shabab" = "al Shabab",
 * "1,000" = "1000", "&" = "and"), no possessive "'s" ("Kenya's" = "Kenya"),
 * single spaces, no leading "the", "a" or "an".
 */
export function normalizeAnswer(text: string): string {
  const lower = text
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/(\d)[,\u00a0 ](?=\d{3}(?!\d))/g, "$1")
    .replace(/[’‘`´.'“”«»–—…\u00a0&]/g, (mark) => PUNCTUATION[mark] ?? " ");
  // Most text is ASCII once typographic punctuation is gone: plain character classes then, and no accents to remove.
  if (/^[\x00-\x7f]*$/.test(lower)) return finish(lower.replace(/[^a-z0-9]+/g, " "));
  const unaccented = lower
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[øłđßæœı]/g, (letter) => FOLDED_LETTERS[letter] ?? letter);
  return finish(unaccented.replace(/[^\p{L}\p{N}]+/gu, " "));
}

/** Trims, joins digit groups the punctuation left apart (so that normalizing twice changes nothing) and drops leading articles. */
function finish(spaced: string): string {
  return spaced
    .trim()
    .replace(/(\d) (?=\d{3}(?!\d))/g, "$1")
    .replace(LEADING_ARTICLES, "");
}

/** Typos tolerated in an answer of this normalized length: none up to 4 characters, 1 up to 8, then 2. */
export function allowedTypos(normalized: string): number {
  const length = [...normalized].length;
  if (length <= 4) return 0;
  if (length <= 8) return 1;
  return 2;
}

function digitsOf(normalized: string): string {
  return normalized.replace(/\D/g, "");
}

/**
 * True when `input` is one of the `accepted` answers once normalized, or is
 * within the typos allowed for that answer (the digits must still be exactly
 * the same: "July 8, 2021" is not a typo of "July 7, 2021"). A near miss is
 * refused when the input is at least as close to a rival (another valid
 * option, e.g. another person of the story) as to the accepted answer.
 * Rivals that normalize to an accepted answer are ignored.
 */
export function matchesAnswer(input: string, accepted: string[], options: { rivals?: string[] } = {}): boolean {
  const typed = normalizeAnswer(input);
  if (typed === "") return false;
  const targets = new Set(accepted.map(normalizeAnswer).filter((answer) => answer !== ""));
  if (targets.has(typed)) return true;

  let best = Number.POSITIVE_INFINITY;
  for (const target of targets) {
    if (digitsOf(target) !== digitsOf(typed)) continue;
    const typos = distance(typed, target);
    if (typos <= allowedTypos(target) && typos < best) best = typos;
  }
  if (best === Number.POSITIVE_INFINITY) return false;

  for (const rival of options.rivals ?? []) {
    const normalizedRival = normalizeAnswer(rival);
    if (normalizedRival === "" || targets.has(normalizedRival)) continue;
    if (distance(typed, normalizedRival) <= best) return false;
  }
  return true;
}

const ONES = [
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** Number words below a hundred that stand for a value on their own. */
const SMALL_NUMBERS = new Map<string, number>([
  ...ONES.map((word, value) => [word, value] as const),
  ...TENS.flatMap((word, tens) => (word ? [[word, tens * 10] as const] : [])),
]);

const SCALE_WORDS = new Map([
  ["thousand", 1e3],
  ["million", 1e6],
  ["billion", 1e9],
]);
/** Written right after the digits: "100m", "5k", "2bn". */
const SCALE_SUFFIXES = new Map([
  ["k", 1e3],
  ["m", 1e6],
  ["bn", 1e9],
]);

const CURRENCY = /^(?:[$€£]|us\$|usd|eur|gbp|dollars?|euros?|pounds?)$/;

function isNumberWord(token: string): boolean {
  return SMALL_NUMBERS.has(token) || token === "hundred" || SCALE_WORDS.has(token);
}

/** Reads number words ("one thousand", "fifty-three", "one hundred and five million"); null if there are none. */
function parseNumberWords(tokens: string[]): { value: number; used: number } | null {
  let total = 0;
  let current = 0;
  let used = 0;
  let hasNumber = false;
  for (const token of tokens) {
    const small = SMALL_NUMBERS.get(token);
    const scale = SCALE_WORDS.get(token);
    if (small !== undefined) current += small;
    else if (token === "hundred") current = (current || 1) * 100;
    else if (scale !== undefined) {
      total += (current || 1) * scale;
      current = 0;
    } else if (token === "and" && hasNumber) {
      used += 1;
      continue;
    } else break;
    hasNumber = true;
    used += 1;
  }
  if (!hasNumber) return null;
  if (tokens[used - 1] === "and") used -= 1;
  return { value: total + current, used };
}

/**
 * The number a learner typed: "1,000", "1000", "1 000", "one thousand",
 * "fifty-three", "$100 million", "100m", "2.5 billion". Currency signs and
 * trailing unit words ("1,000 personnel") are ignored; anything else makes it
 * unreadable (null).
 */
export function parseNumber(input: string): number | null {
  const text = input
    .trim()
    .toLowerCase()
    .replace(/(\d)[,\u00a0 ](?=\d{3}(?!\d))/g, "$1")
    .replace(/([$€£])/g, " $1 ");
  const tokens = text.split(/[\s-]+/).filter((token) => token !== "" && !CURRENCY.test(token));
  if (tokens.length === 0) return null;

  let value: number;
  let rest: string[];
  const numeral = /^(\d+(?:\.\d+)?|\.\d+)(k|m|bn)?$/.exec(tokens[0] ?? "");
  if (numeral) {
    value = Number(numeral[1]) * (SCALE_SUFFIXES.get(numeral[2] ?? "") ?? 1);
    rest = tokens.slice(1);
    const scale = SCALE_WORDS.get(rest[0] ?? "");
    if (!numeral[2] && scale !== undefined) {
      value *= scale;
      rest = rest.slice(1);
    }
  } else {
    const words = parseNumberWords(tokens);
    if (!words) return null;
    value = words.value;
    rest = tokens.slice(words.used);
  }
  // What follows may only be unit words: no digits, no further number words.
  if (rest.some((token) => /\d/.test(token) || isNumberWord(token) || CURRENCY.test(token))) return null;
  return Number.isFinite(value) ? value : null;
}

/** A whole number below a million in words, as parseNumber reads them: "fifty-three", "one thousand two hundred". */
export function numberInWords(value: number): string | null {
  if (!Number.isInteger(value) || value < 0 || value >= 1e6) return null;
  if (value < 20) return ONES[value] ?? null;
  if (value < 100) {
    const ones = value % 10;
    return `${TENS[Math.floor(value / 10)]}${ones ? `-${ONES[ones]}` : ""}`;
  }
  if (value < 1000) {
    const rest = value % 100;
    return `${ONES[Math.floor(value / 100)]} hundred${rest ? ` ${numberInWords(rest)}` : ""}`;
  }
  const rest = value % 1000;
  return `${numberInWords(Math.floor(value / 1000))} thousand${rest ? ` ${numberInWords(rest)}` : ""}`;
}

/** True when the input reads as the expected number (see parseNumber). */
export function matchesNumber(input: string, expected: number): boolean {
  const value = parseNumber(input);
  if (value === null) return false;
  return Math.abs(value - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}
