// The day a teacher asks the class memory forecast for, as typed in the
// page's date field (or a link's ?day=): checked here so that the page and
// the review assignment's action give the same clear message for a bad one.
import { addDays, daysBetween, dayKey, longDayLabel } from "@/lib/time/calendar";
import { formatIsoDate } from "@/lib/time/iso-date";
import { timeZoneOrUtc } from "@/lib/time/zone";
import { defaultForecastDay, forecastInstant } from "./memory-forecast";

/** The forecast looks at most this many days ahead. */
export const FORECAST_MAX_DAYS_AHEAD = 365;

export type ForecastDay = { ok: true; day: string; at: Date } | { ok: false; error: string };

/**
 * The forecast's day: the default (a week from today in the time zone) when
 * nothing was typed, else a real YYYY-MM-DD day from today up to a year
 * ahead. With `isDueDay` (a review assignment falls due on it) the day must
 * be after today.
 */
export function checkForecastDay(input: string | null | undefined, now: Date, timeZone: string, { isDueDay = false } = {}): ForecastDay {
  const zone = timeZoneOrUtc(timeZone);
  const day = input?.trim() || defaultForecastDay(now, zone);
  const at = forecastInstant(day, zone);
  if (!at) return { ok: false, error: `“${day.slice(0, 40)}” is not a date. Pick a day, such as ${longDayLabel(defaultForecastDay(now, zone))}.` };
  const today = dayKey(now, zone);
  const ahead = daysBetween(today, day);
  if (ahead < 0) return { ok: false, error: "Pick today or a later day: the forecast looks ahead." };
  if (ahead > FORECAST_MAX_DAYS_AHEAD) return { ok: false, error: `Pick a day within a year, by ${formatIsoDate(addDays(today, FORECAST_MAX_DAYS_AHEAD))}.` };
  if (isDueDay && ahead === 0) return { ok: false, error: "A review assignment needs a day after today to fall due on." };
  return { ok: true, day, at };
}
