// Numbers, amounts and dates written the way an answer writes them, and
// plausible wrong values near a key: perturbations of the key itself, never
// another fact's number or date.
import { isoPrecision, MONTHS, type DatePrecision } from "@/lib/time/iso-date";
import { numberInWords } from "../answer-match";

// ---------------------------------------------------------------------------
// Numbers

type NumberStyle = "plain" | "grouped" | "words";

export function groupThousands(value: number): string {
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

/**
 * Wrong numbers near `value`, nearest first: small counts by a few units,
 * larger ones by a factor rounded to a number a writer would use.
 */
export function perturbNumber(value: number): number[] {
  if (Number.isInteger(value) && value <= 20) return [value + 1, value - 1, value + 2, value - 2, value + 5, value * 2].filter((n) => n > 0 && n !== value);
  return [1.5, 0.5, 2, 0.75, 1.25, 3].map((factor) => roundNice(value * factor)).filter((n) => n > 0 && n !== value);
}

/** Rounded to a number a writer would use: 27 → 25, 106 → 100, 1,480 → 1,500. */
function roundNice(value: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const steps = value >= 10 ? [1, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 7.5, 8, 9, 10] : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  let best = magnitude;
  for (const step of steps) if (Math.abs(step * magnitude - value) < Math.abs(best - value)) best = step * magnitude;
  return Math.round(best);
}

/** Wrong numbers written like `text` (the key as written), or [] when its style is not one we can reproduce. */
export function wrongNumbers(text: string, value: number, truths: Set<number>): string[] {
  const style = numberStyle(text, value);
  if (!style) return [];
  return distinctDisplays(perturbNumber(value).filter((n) => !truths.has(n)).map((n) => formatNumber(n, style)), text);
}

// ---------------------------------------------------------------------------
// Money

type MoneyStyle = { symbol: string; scale: number; scaleWord: string };

const MONEY_SCALES: Record<string, number> = { "": 1, thousand: 1e3, million: 1e6, billion: 1e9 };

export function moneyStyle(text: string, amount: number): MoneyStyle | null {
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

/** Wrong amounts written like `text`: "$50 million" and "$150 million" for "$100 million". */
export function wrongAmounts(text: string, amount: number, truths: Set<number>): string[] {
  const style = moneyStyle(text, amount);
  if (!style) return [];
  return distinctDisplays(perturbNumber(amount).filter((n) => !truths.has(n)).map((n) => formatMoney(n, style)), text);
}

/**
 * How a learner may type an amount: "100 million", "$100 million", "100m",
 * "100000000" (for exporters whose short answers compare text).
 */
export function amountSpellings(text: string, amount: number): string[] {
  const style = moneyStyle(text, amount);
  const spellings = [text, groupThousands(amount), String(amount)];
  if (style && style.scaleWord) {
    const scaled = groupThousands(amount / style.scale);
    spellings.push(`${scaled} ${style.scaleWord}`, `${style.symbol}${scaled}${style.scaleWord[0]}`, `${scaled}${style.scaleWord[0]}`);
  }
  return [...new Set(spellings)];
}

// ---------------------------------------------------------------------------
// Dates

type DateStyle = "month-day-year" | "month-day" | "month-year" | "year";


const STYLE_PRECISION: Record<DateStyle, DatePrecision> = { "month-day-year": "day", "month-day": "day", "month-year": "month", year: "year" };
const PRECISION_LENGTH: Record<DatePrecision, number> = { day: 10, month: 7, year: 4 };

function formatDate(iso: string, style: DateStyle): string | null {
  if (iso.length < PRECISION_LENGTH[STYLE_PRECISION[style]]) return null;
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

/**
 * The date without its year ("September 19", "July"), as a text may name it
 * when the year goes without saying; null for a year alone.
 */
export function dateWithoutYear(iso: string): string | null {
  const precision = isoPrecision(iso);
  if (precision === "day") return formatDate(iso, "month-day");
  if (precision === "month") return MONTHS[Number(iso.slice(5, 7)) - 1] ?? null;
  return null;
}

/** How the answer writes its date, when one of the styles reproduces it exactly from the ISO date. */
export function dateStyle(text: string, iso: string): DateStyle | null {
  const styles: DateStyle[] = ["month-day-year", "month-day", "month-year", "year"];
  return styles.find((style) => formatDate(iso, style) === text) ?? null;
}

/** Whether the date as written gives its year ("September 19" does not). */
export function writesYear(text: string, iso: string): boolean {
  const style = dateStyle(text, iso);
  return style === null ? text.includes(iso.slice(0, 4)) : style !== "month-day";
}

/** Nearby dates of the key's precision, a week, a fortnight, a month or a year away. */
function perturbDate(iso: string, precision: DatePrecision): string[] {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7) || "1") - 1;
  const day = Number(iso.slice(8, 10) || "1");
  const shift = (years: number, months: number, days: number) => new Date(Date.UTC(year + years, month + months, day + days)).toISOString();
  if (precision === "day") return [shift(0, 0, 7), shift(0, 0, -7), shift(0, 1, 0), shift(0, -1, 0), shift(0, 0, 14), shift(1, 0, 0)].map((d) => d.slice(0, 10));
  if (precision === "month") return [shift(0, 1, 0), shift(0, -1, 0), shift(0, 2, 0), shift(0, -2, 0), shift(1, 0, 0), shift(-1, 0, 0)].map((d) => d.slice(0, 7));
  return [year + 1, year - 1, year + 2, year - 2].map(String);
}

/** Wrong dates written like `text` (the key as written). */
export function wrongDates(text: string, iso: string, truths: Set<string>): string[] {
  const style = dateStyle(text, iso);
  if (!style) return [];
  const precision = STYLE_PRECISION[style];
  const own = iso.slice(0, PRECISION_LENGTH[precision]);
  const truthDisplays = new Set([...truths].map((date) => formatDate(date, style)));
  return distinctDisplays(
    perturbDate(own, precision)
      .map((date) => formatDate(date, style))
      .filter((display) => !truthDisplays.has(display)),
    text,
  );
}

function distinctDisplays(displays: (string | null)[], answer: string): string[] {
  const seen = new Set([answer]);
  const result: string[] = [];
  for (const display of displays) {
    if (display === null || seen.has(display)) continue;
    seen.add(display);
    result.push(display);
  }
  return result;
}
