// The learner's day, for daily limits: it starts at local midnight.
import { TZDate } from "@date-fns/tz";

/** The instant the day containing `now` began in `timeZone` (UTC for an unknown zone). */
export function startOfDay(now: Date, timeZone = "UTC"): Date {
  let zone = timeZone;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
  } catch {
    zone = "UTC";
  }
  const local = new TZDate(now.getTime(), zone);
  return new Date(new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), 0, 0, 0, zone).getTime());
}
