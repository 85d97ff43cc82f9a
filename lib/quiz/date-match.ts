// Reading a date a learner typed ("Sept 25, 2023", "25 September 2023",
// "2023-09-25", "9/25/2023", "July") and checking it against a date answer
// at the answer's precision. The one wrapper around chrono-node.
import * as chrono from "chrono-node";
import type { DateKey } from "./types";

/** What a learner's text says of a date: the parts it gives, each certain. */
export type TypedDate = { year: number | null; month: number | null; day: number | null };

/** Words that make a phrase relative to a date rather than a date: "the day after September 25", "tomorrow". */
const RELATIVE = /\b(?:after|before|ago|tomorrow|yesterday|today|tonight|next|last|later|earlier|since|until|from now|days?|weeks?|fortnight)\b/i;

/** Words that may stand around a date without changing it: "on 25 September", "in July 2023". */
const FILLER = /^(?:on|in|the|of|at|around|about|during|early|late|mid|,|\.|\s)*$/i;

/** The date the whole text gives, or null when it gives none or says more than a date. */
export function readTypedDate(input: string): TypedDate | null {
  const text = input.trim();
  const year = /^(?:in\s+)?(\d{4})\.?$/i.exec(text);
  if (year) return { year: Number(year[1]), month: null, day: null };
  const yearMonth = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  if (yearMonth) return { year: Number(yearMonth[1]), month: Number(yearMonth[2]), day: null };
  if (RELATIVE.test(text)) return null;
  // Reading the text as of a fixed date keeps parsing deterministic; only the certain parts are used.
  const results = chrono.parse(text, new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
  const [result] = results;
  if (results.length !== 1 || !result || result.end) return null;
  const rest = text.slice(0, result.index) + text.slice(result.index + result.text.length);
  if (!FILLER.test(rest)) return null;
  const { start } = result;
  if (!start.isCertain("month") && !start.isCertain("year")) return null;
  return {
    year: start.isCertain("year") ? (start.get("year") ?? null) : null,
    month: start.isCertain("month") ? (start.get("month") ?? null) : null,
    day: start.isCertain("day") ? (start.get("day") ?? null) : null,
  };
}

/**
 * Whether `input` is the answer's date: every part the key has down to its
 * precision is given and right (the year may be left out unless the key
 * requires it), and no part given contradicts the key.
 */
export function matchesDate(input: string, key: DateKey): boolean {
  const typed = readTypedDate(input);
  if (!typed) return false;
  const [year, month, day] = key.iso.split("-").map(Number);
  const parts: [number | null, number | undefined, boolean][] = [
    [typed.year, year, key.yearRequired || month === undefined],
    [typed.month, month, true],
    [typed.day, day, true],
  ];
  for (const [given, expected, required] of parts) {
    if (expected === undefined) continue;
    if (given === null) {
      if (required) return false;
      continue;
    }
    if (given !== expected) return false;
  }
  // A day given for a month answer, or a month for a year answer, must not be more than the key knows: it is ignored.
  return true;
}
