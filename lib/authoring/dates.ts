// Dates a sentence names, resolved against the article's publication date
// with chrono-node: "on Wednesday" in an article of Thursday 2021-07-08 is
// 2021-07-07 (news looks back, so forwardDate is off). The authoring step's
// one wrapper around chrono-node.
import * as chrono from "chrono-node";
import type { Span } from "./types";

/** A date named in a text, offsets into that text; `date` is YYYY-MM-DD, YYYY-MM or YYYY at the precision the text gives, or null. */
export type DateMention = Span & { text: string; date: string | null };

/** Two fixed reference dates: a date that reads the same against both does not depend on the publication date. */
const REFERENCES = [new Date(Date.UTC(2001, 2, 14, 12)), new Date(Date.UTC(2013, 9, 3, 12))] as const;

/** Words that make a lower-case phrase a date ("yesterday", "two weeks ago") rather than a verb ("may", "march"). */
const DATE_WORD = /\d|\b(?:today|tonight|yesterday|tomorrow|ago|last|next|this|week|weeks|month|months|year|years|day|days)\b/i;

/** Prepositions chrono reads as part of a date, kept out of the span: "on Wednesday" is "Wednesday". */
const PREPOSITION = /^(?:on|in|at|by|since|until|during|from)\s+/i;

/** "YYYY-MM-DD": the only publication date relative dates are resolved against. */
export function isIsoDay(value: string | null): value is string {
  return value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T12:00:00Z`));
}

function iso(result: chrono.ParsedResult): string | null {
  const { start } = result;
  const pad = (value: number | null) => String(value ?? 0).padStart(2, "0");
  const year = String(start.get("year")).padStart(4, "0");
  if (start.isCertain("day") || start.isCertain("weekday")) {
    // "last week" is a day only by chrono's arithmetic: it names no day.
    if (/\bweeks?\b/i.test(result.text) && !start.isCertain("weekday")) return null;
    return `${year}-${pad(start.get("month"))}-${pad(start.get("day"))}`;
  }
  if (start.isCertain("month")) return `${year}-${pad(start.get("month"))}`;
  if (start.isCertain("year")) return year;
  return null;
}

/**
 * "since last October" in an article of September: chrono reads "October" of
 * the publication year, a month after it. A month or day after "last" that
 * the text gives no year is the last one before the article.
 */
function isLastOfYearlessDate(text: string, result: chrono.ParsedResult): boolean {
  if (result.start.isCertain("year")) return false;
  return /\blast\s+$/i.test(text.slice(0, result.index)) || /^last\s/i.test(result.text.replace(PREPOSITION, ""));
}

function parse(text: string, instant: Date): chrono.ParsedResult[] {
  return chrono.parse(text, { instant, timezone: 0 }, { forwardDate: false }).filter((result) => {
    const { start } = result;
    // "for three months" is a duration, not a date.
    if (/^for\b/i.test(result.text)) return false;
    if (!["year", "month", "day", "weekday"].some((part) => start.isCertain(part as chrono.Component))) return false;
    return result.text !== result.text.toLowerCase() || DATE_WORD.test(result.text);
  });
}

/**
 * The dates `text` names, in order. Relative dates ("on Wednesday", "last
 * year") resolve against `published` when it is a day (YYYY-MM-DD); without
 * it, a date the text does not fix by itself has `date: null`.
 */
export function readDates(text: string, published: string | null): DateMention[] {
  const resolved = isIsoDay(published);
  const results = parse(text, resolved ? new Date(`${published}T12:00:00Z`) : REFERENCES[0]);
  const others = resolved ? null : new Map(parse(text, REFERENCES[1]).map((result) => [result.index, iso(result)]));
  return results.map((result) => {
    const lead = PREPOSITION.exec(result.text)?.[0].length ?? 0;
    const start = result.index + lead;
    const value = text.slice(start, result.index + result.text.length).replace(/[\s,]+$/, "");
    let date = iso(result);
    if (others && others.get(result.index) !== date) date = null;
    if (resolved && date !== null && isLastOfYearlessDate(text, result) && date.slice(0, 7) > published.slice(0, 7)) date = String(Number(date.slice(0, 4)) - 1).padStart(4, "0") + date.slice(4);
    return { start, end: start + value.length, text: value, date };
  });
}
