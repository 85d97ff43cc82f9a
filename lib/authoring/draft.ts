// What a teacher's selection drafts: a fact (statement, kind, question,
// answer, evidence) for the teacher to revise. The selection may be a whole
// sentence or any span of the text; the evidence is always the sentence or
// sentences it falls in, verbatim.
import type { Answer, FactKind } from "@/lib/content/types";
import { formatIsoDate } from "@/lib/time/iso-date";
import { datelineLength, titlesStart } from "./names";
import { suggestSentences } from "./suggest";
import type { Candidate, CandidateKind, DraftError, FactDraft, SentenceSuggestion, Span } from "./types";

export const NOT_IN_TEXT = "The selection is not in the article's text.";
export const NO_ANSWER = "Select the words that answer the question.";
export const IN_DATELINE = "The selection is in the dateline: select words of the sentence after it.";

export type DraftOptions = { published: string | null; sentences?: SentenceSuggestion[] };

/** Which candidate of a whole sentence becomes its answer, first kind first. */
const ANSWER_PREFERENCE: CandidateKind[] = ["number", "date", "person", "money", "organization", "place", "percent"];

/** Whether a result is an error rather than a draft. */
export function isDraftError(result: FactDraft | DraftError): result is DraftError {
  return "error" in result;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The sentence without its dateline: "NAIROBI, Kenya (AP) — Kenya offered …" → "Kenya offered …". */
function cleanStart(sentence: SentenceSuggestion): number {
  return sentence.start + datelineLength(sentence.text);
}

/** The candidate a selection names: the selection is the candidate, give or take a preposition, a title, punctuation or (for a number) the words it counts. */
function matchCandidate(body: string, span: Span, candidates: Candidate[]): { candidate: Candidate; unit: string | null } | null {
  for (const candidate of candidates) {
    if (candidate.kind === "quote" || candidate.start < span.start || candidate.end > span.end) continue;
    const before = body.slice(span.start, candidate.start);
    const after = body.slice(candidate.end, span.end);
    if (before !== "" && !/^(?:(?:on|in|at|by|the|The)\s+)$/.test(before) && titlesStart(body, candidate.start) > span.start) continue;
    if (/^[\s.,;:!?’'”"]*(?:['’]s)?$/.test(after)) return { candidate, unit: null };
    if (candidate.kind === "number" && /^\s+[\p{L}\s-]+$/u.test(after)) return { candidate, unit: after.trim() };
  }
  return null;
}

/** The unit a number is joined to by a hyphen ("45-kilometre" → "kilometre"), else null. */
function hyphenUnit(body: string, candidate: Candidate): string | null {
  if (candidate.kind !== "number") return null;
  return /^-(\p{L}+)/u.exec(body.slice(candidate.end, candidate.end + 40))?.[1] ?? null;
}

function answerOf(candidate: Candidate, unit: string | null): Answer | null {
  const value = candidate.text;
  switch (candidate.kind) {
    case "person":
    case "organization":
    case "place":
      return { type: candidate.kind, value, aliases: [] };
    case "number":
      return { type: "number", value, number: candidate.value ?? 0, unit: unit ?? candidate.unit ?? "", aliases: [] };
    case "percent":
      return { type: "number", value, number: candidate.value ?? 0, unit: "percent", aliases: [] };
    case "money":
      return { type: "money", value, amount: candidate.value ?? 0, currency: candidate.currency ?? "", aliases: [] };
    case "date":
      if (!candidate.date) return null;
      // A relative date is written out, as the statement writes it; the article's words are another spelling.
      return isRelativeDate(candidate) ? { type: "date", value: formatIsoDate(candidate.date), date: candidate.date, aliases: [value] } : { type: "date", value, date: candidate.date, aliases: [] };
    default:
      return null;
  }
}

/** The words that ask for the answer, and the span of the sentence they replace. */
function whPhrase(body: string, span: Span, answer: Answer): { phrase: string; replaced: Span } {
  const before = body.slice(Math.max(0, span.start - 6), span.start);
  const preposition = (pattern: RegExp) => {
    const found = pattern.exec(before);
    return found ? span.start - found[0].length : span.start;
  };
  switch (answer.type) {
    case "person":
      return { phrase: "who", replaced: { start: titlesStart(body, span.start), end: span.end } };
    case "organization":
      return { phrase: "which organization", replaced: { start: preposition(/\b(?:the|The)\s+$/), end: span.end } };
    case "place":
      return { phrase: "where", replaced: { start: preposition(/\b(?:in|at|to)\s+$/), end: span.end } };
    case "number":
      return { phrase: answer.unit === "percent" ? "what percentage" : "how many", replaced: span };
    case "money":
      return { phrase: "how much", replaced: span };
    case "date":
      return { phrase: "when", replaced: { start: preposition(/\b(?:on|in|at)\s+$/), end: span.end } };
    default:
      return { phrase: "what", replaced: span };
  }
}

/** A resolved date the article writes without its year ("Wednesday", "last October"). */
function isRelativeDate(candidate: Candidate): candidate is Candidate & { date: string } {
  return candidate.kind === "date" && !!candidate.date && !/\b\d{4}\b/.test(candidate.text);
}

/**
 * A part of the body with its relative dates written out ("on Wednesday" →
 * "on July 7, 2021", "last year" → "in 2022"): a fact is read away from its
 * article, where "Wednesday" means nothing.
 */
function withAbsoluteDates(body: string, from: number, to: number, candidates: readonly Candidate[]): string {
  let text = "";
  let at = from;
  for (const candidate of candidates) {
    if (!isRelativeDate(candidate) || candidate.start < at || candidate.end > to) continue;
    const before = body.slice(Math.max(from, candidate.start - 4), candidate.start);
    const hasPreposition = /\b(?:on|in|by|at|since|until|from)\s+$/i.test(before);
    const preposition = hasPreposition ? "" : candidate.date.length === 10 ? "on " : "in ";
    text += body.slice(at, candidate.start) + preposition + formatIsoDate(candidate.date);
    at = candidate.end;
  }
  return text + body.slice(at, to);
}

/** A sentence's opening word in lower case when it is a common word ("The line cost …" → "the line cost …"), never a name. */
function lowerOpening(text: string): string {
  return text.replace(/^(The|A|An|This|That|These|Those|It|Its|Their|Our|Some|Most|All)\b/, (word) => word.toLowerCase());
}

/** Attribution moved to the front, where a question asks it: "X happened, Y said?" → "According to Y, X happened?". */
function attributedFirst(question: string): string {
  const who = /^(.+?),\s+who\s+(said|says|told reporters|announced|added)\?$/.exec(question);
  if (who) return `Who ${who[2]} ${who[1]}?`;
  const said = /^(.+?),\s+((?:[\p{Lu}][\p{L}.’'-]*\s+){0,6}[\p{Lu}][\p{L}.’'-]*)\s+(?:said|says|told reporters|announced|added)\?$/u.exec(question);
  if (said) return `According to ${said[2]}, ${lowerOpening(said[1]!)}?`;
  const according = /^(.+?),?\s+according to ([^,]+)\?$/.exec(question);
  if (according && !/^(?:how|what|who|which|when|where)\b/i.test(according[2]!)) return `According to ${according[2]}, ${lowerOpening(according[1]!)}?`;
  return question;
}

/** The sentence as a question: the answer replaced in place by its wh-phrase, the dateline left out, relative dates written out, attribution first. */
function questionOf(body: string, sentence: SentenceSuggestion, answerSpan: Span, answer: Answer): string {
  const start = cleanStart(sentence);
  const { phrase, replaced } = whPhrase(body, answerSpan, answer);
  const from = Math.max(replaced.start, start);
  const head = withAbsoluteDates(body, start, from, sentence.candidates);
  const wh = head === "" ? phrase.charAt(0).toUpperCase() + phrase.slice(1) : phrase;
  return attributedFirst(questionMark(`${head}${wh}${withAbsoluteDates(body, replaced.end, sentence.end, sentence.candidates)}`));
}

function questionMark(text: string): string {
  // A closing abbreviation keeps its period: "according to the U.N.?".
  if (/(?:^|[\s(])(?:\p{L}\.){2,}$/u.test(text)) return `${text}?`;
  return `${text.replace(/\s*[.!?;:,]*([”"’]?)\s*$/, "$1")}?`;
}

/** The kind and voice of the selected sentences: an opinion stays an opinion. */
function kindOf(sentences: SentenceSuggestion[]): { kind: FactKind; voice: string | null } {
  const chosen = sentences.find((sentence) => sentence.kind === "opinion") ?? sentences.find((sentence) => sentence.kind !== "fact") ?? sentences[0]!;
  return { kind: chosen.kind, voice: chosen.voice };
}

/**
 * The fact a selection drafts. A selection within a sentence is the answer,
 * typed by the candidate it names (a number, a date, a person …, or text);
 * a whole sentence (or a selection across sentences) takes its best
 * candidate as the answer. An error, as a sentence for the teacher, when the
 * selection is not in the text or names nothing to ask.
 */
export function draftFact(body: string, selection: Span, options: DraftOptions): FactDraft | DraftError {
  const { start, end } = selection;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > body.length || start >= end) return { error: NOT_IN_TEXT };
  const raw = body.slice(start, end);
  const trimmed = raw.trim();
  if (trimmed === "") return { error: NOT_IN_TEXT };
  const span = { start: start + raw.indexOf(trimmed), end: start + raw.indexOf(trimmed) + trimmed.length };

  const sentences = options.sentences ?? suggestSentences(body, { published: options.published });
  const touched = sentences.filter((sentence) => overlaps(sentence, span));
  if (touched.length === 0) return { error: NOT_IN_TEXT };
  const first = touched[0]!;
  const last = touched.at(-1)!;
  const evidence = { start: first.start, end: last.end, quote: body.slice(first.start, last.end) };
  const statement = touched.map((sentence) => withAbsoluteDates(body, cleanStart(sentence), sentence.end, sentence.candidates)).join(" ");
  const { kind, voice: named } = kindOf(touched);
  // "according to the ministry": the voice is "the ministry", as the statement names it, so explanations read "a claim by the ministry".
  const voice = named && /^\p{Ll}/u.test(named) && statement.includes(`the ${named}`) ? `the ${named}` : named;

  const trailing = /[\s.!?”"’]*$/.exec(first.text)![0].length;
  const isWhole = touched.length > 1 || (span.start <= cleanStart(first) && span.end >= first.end - trailing);
  if (!isWhole) {
    if (span.end <= cleanStart(first)) return { error: IN_DATELINE };
    const matched = matchCandidate(body, span, first.candidates);
    const answer = (matched && answerOf(matched.candidate, matched.unit ?? hyphenUnit(body, matched.candidate))) ?? { type: "text" as const, value: body.slice(span.start, span.end).replace(/[.,;:!?]+$/, ""), aliases: [] };
    const answerSpan = matched && answer.type !== "text" ? matched.candidate : span;
    return { statement, kind, voice, question: questionOf(body, first, answerSpan, answer), answer, evidence };
  }

  for (const wanted of ANSWER_PREFERENCE) {
    for (const sentence of touched) {
      for (const candidate of sentence.candidates) {
        if (candidate.kind !== wanted) continue;
        // "a 45-kilometre railway" asks badly in place ("a how many-kilometre railway"): another candidate is the answer.
        if (hyphenUnit(body, candidate)) continue;
        const answer = answerOf(candidate, null);
        if (answer) return { statement, kind, voice, question: questionOf(body, sentence, candidate, answer), answer, evidence };
      }
    }
  }
  return { error: NO_ANSWER };
}
