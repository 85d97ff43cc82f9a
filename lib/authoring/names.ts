// People, organizations and places named in an article, and the value of a
// number written in words, read with compromise. compromise is rule-based and
// noisy, so what it finds is cleaned here: datelines dropped, titles and
// trailing punctuation stripped, a "person" that is a country or a place
// dropped, names ending in "Department" or "Programme" made organizations.
// The authoring step's one wrapper around compromise.
import nlp from "compromise";
import type { Span } from "./types";

export type NameKind = "person" | "organization" | "place";

/** A name found in the body, with offsets into it. */
export type Name = Span & { text: string; kind: NameKind };

type Match = { text: string; offset: { start: number; length: number }; terms: { text: string; tags: string[] }[] };

/** Words that end an organization's name: "State Department", "World Food Programme". */
const ORGANIZATION_WORDS =
  "Agency|Army|Assembly|Association|Authority|Bank|Board|Bureau|Cabinet|Coalition|Commission|Committee|Company|Corporation|Corp|Council|Court|Department|Fund|Foundation|Front|Government|Group|Inc|Institute|League|Ministry|Movement|Nations|Office|Organization|Organisation|Parliament|Party|Police|Programme|Program|Senate|Service|Union|University";
const ENDS_AS_ORGANIZATION = new RegExp(`\\b(?:${ORGANIZATION_WORDS})\\.?$`);

/** Titles before a name, kept out of it: "Foreign Minister Alfred Mutua" is "Alfred Mutua". */
const TITLE_WORDS =
  /(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Rev|St)\.|Sir|Dame|Madam|Mister|President|Vice|Prime|Foreign|Defense|Defence|Interior|Finance|Minister|Secretary|Chief|Police|General|Commander|Ambassador|Senator|Governor|Mayor|Judge|Justice|King|Queen|Prince|Princess|Pope|Father|Bishop|Director|Chairman|Chairwoman|Spokesman|Spokeswoman|Inspector|Deputy|Acting|Former|Interim)/.source;
const TITLE = new RegExp(`^${TITLE_WORDS}\\s+`);
const TITLES_BEFORE = new RegExp(`(?<![\\p{L}.])(?:${TITLE_WORDS}\\s+)+$`, "u");

/** Where the titles right before `offset` begin ("Foreign Minister " before "Alfred Mutua"); `offset` when there are none. */
export function titlesStart(body: string, offset: number): number {
  const found = TITLES_BEFORE.exec(body.slice(Math.max(0, offset - 80), offset));
  return found ? offset - found[0].length : offset;
}

/** Capital letter words, as one run: "Léon Charles", "Haitian National Police". */
const CAPITALISED_RUN = /\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:of|the|for|de|du|la|le|al|van|von|and)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*)*/gu;

/** "A.B." or "U.S.": a trailing period that belongs to the word. */
const ABBREVIATION = /(?:^|[\s(])(?:\p{L}\.){2,}$/u;

/**
 * The article's dateline, when a sentence opens with one: "NAIROBI, Kenya (AP) — ",
 * "WASHINGTON — ", "UNITED NATIONS (AP) — ". The capitals before the first comma
 * or dash are what makes it a dateline.
 */
const DATELINE = /^\p{Lu}[\p{Lu}\p{M}'’. -]*\p{Lu}(?:,[^—–()\n]{1,40}?)?\s*(?:\([^)\n]{1,30}\)\s*)?(?:—|–|--)\s*/u;

/** The length of the dateline at the start of `sentence`, 0 when it has none. */
export function datelineLength(sentence: string): number {
  return DATELINE.exec(sentence)?.[0].length ?? 0;
}

/** The span trimmed of surrounding punctuation, a possessive 's and (for a person) leading titles; null when nothing is left. */
export function trimName(body: string, span: Span, kind: NameKind): Span | null {
  let start = span.start;
  let text = body.slice(span.start, span.end);
  for (let changed = true; changed && text !== ""; ) {
    changed = false;
    const lead = /^[\s"“”‘’'(\[{*_#—–-]+/.exec(text);
    const trail = /[\s"“”‘’'),;:!?\]}*_#—–-]+$/.exec(text);
    const title = kind === "person" ? TITLE.exec(text) : null;
    if (lead) {
      start += lead[0].length;
      text = text.slice(lead[0].length);
    } else if (trail) {
      text = text.slice(0, -trail[0].length);
    } else if (/\p{L}['’]s$/u.test(text)) {
      text = text.slice(0, -2);
    } else if (text.endsWith(".") && !ABBREVIATION.test(text)) {
      text = text.slice(0, -1);
    } else if (title && title[0].length < text.length) {
      start += title[0].length;
      text = text.slice(title[0].length);
    } else {
      continue;
    }
    changed = true;
  }
  return text === "" ? null : { start, end: start + text.length };
}

/** Adjectives of countries and regions: "Kenyan" is not an organization, "Kenyan capital" is not a name. */
const DEMONYMS = new Set([
  "African", "American", "Arab", "Asian", "Australian", "Brazilian", "British", "Canadian", "Caribbean", "Chinese", "Colombian", "Cuban",
  "Dutch", "Egyptian", "English", "Ethiopian", "European", "French", "German", "Ghanaian", "Haitian", "Indian", "Iranian", "Iraqi", "Irish",
  "Israeli", "Italian", "Jamaican", "Japanese", "Kenyan", "Korean", "Latin", "Mexican", "Nigerian", "Pakistani", "Palestinian", "Russian",
  "Rwandan", "Saudi", "Scottish", "Senegalese", "Somali", "Spanish", "Sudanese", "Syrian", "Turkish", "Ugandan", "Ukrainian", "Western", "Eastern",
]);

/** Well-known countries and their abbreviations: always places. */
const COUNTRIES = new Set([
  "U.S.", "US", "USA", "U.S.A.", "United States", "United States of America", "America", "U.K.", "UK", "United Kingdom", "Britain", "Great Britain",
  "Kenya", "Haiti", "Somalia", "Canada", "France", "Germany", "Spain", "Italy", "China", "Russia", "India", "Japan", "Mexico", "Brazil", "Jamaica",
  "Bahamas", "Belize", "Senegal", "Rwanda", "Ethiopia", "Uganda", "Tanzania", "Nigeria", "Ghana", "Iran", "Iraq", "Afghanistan", "Israel", "Ukraine",
]);

/** Well-known organizations written as abbreviations. */
const ORGANIZATIONS = new Set(["UN", "U.N.", "EU", "E.U.", "NATO", "AU", "UNSC"]);

/** The abbreviations of COUNTRIES and ORGANIZATIONS, as whole words. */
const ABBREVIATIONS = new RegExp(
  `(?<![\\p{L}.])(?:${[...COUNTRIES, ...ORGANIZATIONS].filter((text) => /^[\p{Lu}.]+$/u.test(text)).map((text) => text.replace(/\./g, "\\.")).join("|")})(?![\\p{L}])`,
  "gu",
);

/** Common nouns that head a description, never a name: "East African country", "Haitian capital". */
const COMMON_HEADS = new Set(["capital", "city", "community", "continent", "country", "island", "islands", "nation", "people", "region", "state", "town"]);

/** Words that open a sentence, not a name: "As the Central Organizing Committee", "On". */
const FUNCTION_WORDS = new Set(["A", "An", "As", "At", "But", "By", "For", "From", "If", "In", "On", "Or", "So", "The", "This", "To", "When", "While", "With"]);

const TITLE_ALONE = new RegExp(`^(?:${TITLE_WORDS})$`);

/** Whether `word` is the adjective of a country or place: in the list, or a place of `places` plus -n, -an, -ian, -ese, -i ("Kenya" → "Kenyan"). */
export function isDemonym(word: string, places: Set<string>): boolean {
  if (DEMONYMS.has(word)) return true;
  if (places.has(word) || COUNTRIES.has(word)) return false;
  const match = /^(\p{Lu}\p{Ll}+?)(?:ian|an|n|ese|i)$/u.exec(word);
  if (!match) return false;
  const stem = match[1]!;
  return [stem, `${stem}a`, `${stem}ia`, `${stem}i`].some((place) => place.length >= 4 && (places.has(place) || COUNTRIES.has(place)));
}

/**
 * The kind a trimmed name really has, and the span kept of it; null when it is
 * not a name. A possessive is cut at its 's ("Pentagon's press" → "Pentagon"),
 * a person stops at its first lower-case word ("Henry rose" → "Henry"); a
 * phrase opening with a lower-case or function word, a demonym alone, a
 * demonym before a common noun and a common-noun head are no names; a known
 * country is a place, a known abbreviation an organization.
 */
export function classifyName(body: string, span: Span, kind: NameKind, places: Set<string>): { span: Span; kind: NameKind } | null {
  let end = span.end;
  let text = body.slice(span.start, end);
  // A name ends at a word's end: "America" of "American" is not one.
  if (/^[\p{L}\p{M}]/u.test(body.slice(end, end + 1))) return null;
  // A name never runs over a line break: "Kim Ives" of a byline, not the date line below it.
  const lineBreak = /\s*\n/.exec(text);
  if (lineBreak) text = text.slice(0, lineBreak.index);
  const possessive = /\p{L}['’]s\s/u.exec(text);
  if (possessive) text = text.slice(0, possessive.index + 1);
  // "European** Union" or "United States (US": markup or an open bracket inside ends the name.
  const inner = /\s*[*_#(\[]/.exec(text);
  if (inner && inner.index > 0) text = text.slice(0, inner.index);
  if (kind === "person") {
    const lower = /\s+(?!(?:de|du|la|le|al|bin|van|von|da|dos)\s)\p{Ll}/u.exec(text);
    if (lower) text = text.slice(0, lower.index);
  }
  text = text.replace(/[\s,;:]+$/, "");
  end = span.start + text.length;
  const words = text.split(/\s+/);
  const first = words[0] ?? "";
  const last = words.at(-1) ?? "";
  if (text === "" || !/^\p{Lu}/u.test(first) || FUNCTION_WORDS.has(first)) return null;
  if (COMMON_HEADS.has(last)) return null;
  if (isDemonym(first, places) && (words.length === 1 || /^\p{Ll}/u.test(last))) return null;
  // "Secretary" alone, or "US Secretary": a title, not a person.
  if (kind === "person" && TITLE_ALONE.test(last)) return null;
  let found = kind;
  if (COUNTRIES.has(text)) found = "place";
  else if (ORGANIZATIONS.has(text)) found = "organization";
  return { span: { start: span.start, end }, kind: found };
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The spans of compromise's matches in the body. compromise starts a match
 * after its leading punctuation but counts that punctuation in its length
 * ("**Washington**"): the match's own text, found at or just before its
 * start, gives the true span.
 */
function spansOf(body: string, matches: Match[]): (Span & { terms: Match["terms"] })[] {
  return matches.flatMap((match) => {
    let start = match.offset.start;
    if (body.slice(start, start + match.offset.length) !== match.text) {
      const at = body.indexOf(match.text, Math.max(0, start - 8));
      if (at !== -1 && at <= start) start = at;
      // An offset that has drifted off its words is dropped: its first word is not there.
      const head = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/u.exec(match.text)?.[0] ?? "";
      if (!body.slice(start, start + match.offset.length).includes(head)) return [];
    }
    return [{ start, end: start + match.offset.length, terms: match.terms }];
  });
}

/**
 * The people, organizations and places of the body, each once per mention,
 * in text order, none overlapping another. `sentences` are the body's
 * sentences: names inside a dateline are dropped.
 */
export function readNames(body: string, sentences: Span[]): Name[] {
  const doc = nlp(body);
  const datelines: Span[] = [];
  for (const sentence of sentences) {
    const length = datelineLength(body.slice(sentence.start, sentence.end));
    if (length > 0) datelines.push({ start: sentence.start, end: sentence.start + length });
  }
  const countries = spansOf(body, doc.match("#Country").json({ offset: true }) as Match[]);
  const places = spansOf(body, doc.places().json({ offset: true }) as Match[]);
  const found: { span: Span; kind: NameKind; terms: Match["terms"] }[] = [
    ...spansOf(body, doc.people().json({ offset: true }) as Match[]).map((span) => ({ span, kind: "person" as const, terms: span.terms })),
    ...spansOf(body, doc.organizations().json({ offset: true }) as Match[]).map((span) => ({ span, kind: "organization" as const, terms: span.terms })),
    ...places.map((span) => ({ span, kind: "place" as const, terms: span.terms })),
  ];

  const names: Name[] = [];
  const textsOf = (spans: Span[]) =>
    new Set(spans.map((span) => trimName(body, span, "place")).flatMap((span) => (span ? [body.slice(span.start, span.end)] : [])));
  const placeTexts = textsOf(places);
  const countryTexts = textsOf(countries);
  const knownPlaces = new Set([...placeTexts, ...countryTexts]);

  for (const { span, kind: foundKind, terms } of found) {
    if (datelines.some((dateline) => overlaps(dateline, span))) continue;
    const raw = body.slice(span.start, span.end);
    // "PRINCE," in "PORT-AU-PRINCE, Haiti": a word of capitals before a comma is a dateline's.
    if (terms.length === 1 && /^[\p{Lu}\p{P}-]+$/u.test(raw) && /\p{Lu}{2,}[^.]*,/u.test(raw)) continue;
    let kind = foundKind;
    let trimmed = trimName(body, span, kind);
    if (!trimmed) continue;
    let text = body.slice(trimmed.start, trimmed.end);
    if (kind === "person") {
      if (countryTexts.has(text) || placeTexts.has(text)) continue;
      // compromise sometimes stops a name early ("President Joe" of "President Joe Biden's").
      const next = /^[ \t]+(\p{Lu}[\p{L}\p{M}'’-]*)/u.exec(body.slice(trimmed.end));
      if (next && !/[.!?]$/.test(text)) trimmed = trimName(body, { start: trimmed.start, end: trimmed.end + next[0].length }, kind) ?? trimmed;
      text = body.slice(trimmed.start, trimmed.end);
    }
    if (ENDS_AS_ORGANIZATION.test(text) && kind !== "organization") kind = "organization";
    const named = classifyName(body, trimmed, kind, knownPlaces);
    if (!named) continue;
    if (named.kind === "person" && (countryTexts.has(body.slice(named.span.start, named.span.end)) || placeTexts.has(body.slice(named.span.start, named.span.end)))) continue;
    names.push({ ...named.span, text: body.slice(named.span.start, named.span.end), kind: named.kind });
  }

  // Organizations compromise misses: a run of capitals ending in "Programme", "Department", ….
  const runs = sentences.flatMap((sentence) => [...body.slice(sentence.start, sentence.end).matchAll(CAPITALISED_RUN)].map((match) => ({ start: sentence.start + match.index, text: match[0] })));
  for (const match of runs) {
    const span = trimName(body, { start: match.start, end: match.start + match.text.length }, "organization");
    if (!span) continue;
    const text = body.slice(span.start, span.end).replace(/^(?:(?:as|at|by|for|from|in|on|with|the)\s+)+/i, "");
    if (!ENDS_AS_ORGANIZATION.test(text) || text.split(/\s+/).length < 2) continue;
    const start = span.end - text.length;
    if (datelines.some((dateline) => overlaps(dateline, span))) continue;
    names.push({ start, end: span.end, text, kind: "organization" });
  }

  // Countries and organizations written as abbreviations, which compromise often misses: "U.S.", "U.N.", "UN".
  for (const match of body.matchAll(ABBREVIATIONS)) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (datelines.some((dateline) => overlaps(dateline, span))) continue;
    names.push({ ...span, text: match[0], kind: COUNTRIES.has(match[0]) ? "place" : "organization" });
  }

  // A family name alone ("Mutua said") once the full name has been read.
  const familyNames = new Set(names.filter((name) => name.kind === "person" && name.text.includes(" ")).map((name) => name.text.split(/\s+/).at(-1)!));
  if (familyNames.size > 0) {
    for (const match of body.matchAll(/\p{Lu}[\p{L}\p{M}'’-]+/gu)) {
      const span = trimName(body, { start: match.index, end: match.index + match[0].length }, "person");
      if (span && familyNames.has(body.slice(span.start, span.end))) names.push({ ...span, text: body.slice(span.start, span.end), kind: "person" });
    }
  }

  return withoutOverlaps(names);
}

const NAME_PRIORITY: Record<NameKind, number> = { organization: 0, person: 1, place: 2 };

/** The names in text order; of two that overlap, the longer (then organization, person, place) stays. */
function withoutOverlaps(names: Name[]): Name[] {
  const ordered = [...names].sort((a, b) => b.end - b.start - (a.end - a.start) || NAME_PRIORITY[a.kind] - NAME_PRIORITY[b.kind] || a.start - b.start);
  const kept: Name[] = [];
  for (const name of ordered) if (!kept.some((other) => overlaps(other, name))) kept.push(name);
  return kept.sort((a, b) => a.start - b.start);
}

/** Number words compromise leaves alone. */
const DOZENS: Record<string, number> = { "a dozen": 12, dozen: 12, "half a dozen": 6, "a couple of": 2, "a pair of": 2 };

/** The value of a number as written: "1,000", "two", "a dozen", "3.5", "twenty-five", "a million"; null when it is not one. */
export function numberValue(text: string): number | null {
  const plain = text.trim().toLowerCase();
  if (/^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^[+-]?\d+(?:\.\d+)?$/.test(plain)) return Number(plain.replace(/,/g, ""));
  const dozen = DOZENS[plain];
  if (dozen !== undefined) return dozen;
  const values = nlp(plain).numbers().get() as unknown;
  if (Array.isArray(values) && values.length === 1 && typeof values[0] === "number" && Number.isFinite(values[0])) return values[0];
  return null;
}

/** The full name a family name alone stands for ("Mutua" → "Alfred Mutua"), when exactly one person of `names` ends with it. */
export function fullName(names: Name[], text: string): string {
  if (text.includes(" ")) return text;
  const full = new Set(names.filter((name) => name.kind === "person" && name.text.endsWith(` ${text}`)).map((name) => name.text));
  return full.size === 1 ? [...full][0]! : text;
}
