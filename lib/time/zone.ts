// Time zones: the one place that knows @date-fns/tz. Instants are Date
// objects; a zone is an IANA name ("Africa/Nairobi"); an unknown zone reads
// as UTC where a fallback is needed.
import { TZDate } from "@date-fns/tz";
import { dayKey } from "./calendar";

/** The cookie the learner's device stores its time zone in, for the server to count their days. */
export const TIME_ZONE_COOKIE = "tz";

/** Whether the runtime knows the zone. */
export function isTimeZone(value: string): boolean {
  if (value.length === 0) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The time zone if the runtime knows it (in its canonical spelling), else UTC. */
export function timeZoneOrUtc(value: string | null | undefined): string {
  if (!value || !isTimeZone(value)) return "UTC";
  return new Intl.DateTimeFormat("en-US", { timeZone: value }).resolvedOptions().timeZone;
}

/** The instant the day containing `now` began in `timeZone` (UTC for an unknown zone). */
export function startOfDay(now: Date, timeZone = "UTC"): Date {
  const zone = isTimeZone(timeZone) ? timeZone : "UTC";
  const local = new TZDate(now.getTime(), zone);
  return new Date(new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), 0, 0, 0, zone).getTime());
}

/**
 * The first instant of the calendar day `key` ("2026-11-20") in `timeZone`:
 * the instant from which dayKey reads `key`. Usually local midnight; later
 * where a daylight-saving change skips midnight. Days as ranges of instants
 * [dayStart(day), dayStart(next day)), for a database to count in.
 */
export function dayStart(key: string, timeZone: string): Date {
  const [year, month, day] = key.split("-").map(Number) as [number, number, number];
  const guess = new TZDate(year, month - 1, day, 0, 0, 0, timeZone).getTime();
  if (dayKey(new Date(guess), timeZone) === key && dayKey(new Date(guess - 1), timeZone) < key) return new Date(guess);
  // Midnight does not exist that day (or the zone library placed it oddly): search for the day's first millisecond.
  let low = Date.UTC(year, month - 1, day) - 15 * 3_600_000; // before the day began in every zone
  let high = Date.UTC(year, month - 1, day) + 15 * 3_600_000; // after it began in every zone
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (dayKey(new Date(middle), timeZone) < key) low = middle;
    else high = middle;
  }
  return new Date(high);
}

export const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** "2026-11-27T09:00" in "Africa/Nairobi" → the instant; null if not a valid date-time. */
export function localToInstant(local: string, timeZone: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(local);
  if (!match || !isTimeZone(timeZone)) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const date = new TZDate(year, month - 1, day, hour, minute, timeZone);
  // Reject dates that rolled over (31 February) so what is stored is what was typed.
  if (date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return new Date(date.getTime());
}

/** The instant as "2026-11-27T09:00" in the time zone, for a datetime-local input. */
export function instantToLocal(instant: Date, timeZone: string): string {
  const date = new TZDate(instant.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "2026-11-27T09:00" → "2026-11-28T09:00": the same wall-clock time the next calendar day. */
export function nextDayLocal(local: string): string {
  const [date = "", time = ""] = local.split("T");
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return `${next.toISOString().slice(0, 10)}T${time}`;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function cached(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", options);
    formats.set(key, format);
  }
  return format;
}

/** "Thu, Nov 27, 9:00 AM EAT": a due date as people read it, in the given zone. */
export function formatInstant(instant: Date, timeZone: string): string {
  const zone = timeZoneOrUtc(timeZone);
  return cached(`instant:${zone}`, { weekday: "short", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZone: zone, timeZoneName: "short" }).format(instant);
}

/** "Mar 10, 2026, 9:00 AM", with " UTC" when the zone is UTC (the device's zone is not known yet). */
export function formatDateTime(instant: Date, timeZone: string): string {
  const zone = timeZoneOrUtc(timeZone);
  const text = cached(`date-time:${zone}`, { dateStyle: "medium", timeStyle: "short", timeZone: zone }).format(instant);
  return zone === "UTC" ? `${text} UTC` : text;
}

/** "Nov 27, 2026": the calendar day of an instant in the zone. */
export function formatShortDate(instant: Date, timeZone: string): string {
  const zone = timeZoneOrUtc(timeZone);
  return cached(`short-date:${zone}`, { year: "numeric", month: "short", day: "numeric", timeZone: zone }).format(instant);
}

/** "November 27, 2026": the calendar day of an instant in the zone, written out. */
export function formatLongDate(instant: Date, timeZone: string): string {
  const zone = timeZoneOrUtc(timeZone);
  return cached(`long-date:${zone}`, { year: "numeric", month: "long", day: "numeric", timeZone: zone }).format(instant);
}
