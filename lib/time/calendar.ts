// Calendar days in a learner's time zone, as "YYYY-MM-DD" keys. Day
// arithmetic is done on the keys (as UTC dates), so a daylight-saving change
// never makes a day 23 or 25 hours long or skips one.

const keyFormats = new Map<string, Intl.DateTimeFormat>();

function keyFormat(timeZone: string): Intl.DateTimeFormat {
  let format = keyFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    keyFormats.set(timeZone, format);
  }
  return format;
}

/** The calendar day of an instant in the time zone: "2026-11-20". */
export function dayKey(instant: Date, timeZone: string): string {
  const parts = keyFormat(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

function keyToUtc(key: string): Date {
  const [year, month, day] = key.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

/** The day `days` after (or before, when negative) the day. */
export function addDays(key: string, days: number): string {
  const date = keyToUtc(key);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((keyToUtc(to).getTime() - keyToUtc(from).getTime()) / 86_400_000);
}

/** The Monday that starts the (ISO) week the day is in. */
export function weekStart(key: string): string {
  const weekday = keyToUtc(key).getUTCDay(); // 0 Sunday ... 6 Saturday
  return addDays(key, -((weekday + 6) % 7));
}

/** `count` consecutive days starting with `first`. */
export function dayRange(first: string, count: number): string[] {
  return Array.from({ length: Math.max(0, count) }, (_, index) => addDays(first, index));
}

const labelFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const longLabelFormat = new Intl.DateTimeFormat("en-US", { weekday: "short", month: "short", day: "numeric", timeZone: "UTC" });

/** "Nov 20" */
export function dayLabel(key: string): string {
  return labelFormat.format(keyToUtc(key));
}

/** "Thu, Nov 20" */
export function longDayLabel(key: string): string {
  return longLabelFormat.format(keyToUtc(key));
}
