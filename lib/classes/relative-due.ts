// How far away a due date is, in words ("due in 2 days", "overdue by 3
// hours"). `now` is passed in by the server, so every student sees the same.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

function count(value: number, unit: string): string {
  return `${value} ${unit}${value === 1 ? "" : "s"}`;
}

/** "3 hours", "2 days": a span rounded to the unit a person would use for it. */
export function describeSpan(ms: number): string {
  const span = Math.abs(ms);
  const minutes = Math.round(span / MINUTE);
  if (minutes < 1) return "less than a minute";
  if (minutes < 60) return count(minutes, "minute");
  const hours = Math.round(span / HOUR);
  if (hours < 48) return count(hours, "hour");
  const days = Math.round(span / DAY);
  if (days < 14) return count(days, "day");
  return count(Math.round(span / WEEK), "week");
}

/**
 * The due date relative to `now`: "due in 2 days" before it, "overdue by 3
 * hours" after it, or "was due 3 hours ago" when the work is already done.
 */
export function describeDue(dueAt: Date, now: Date, isFinished = false): string {
  const ms = dueAt.getTime() - now.getTime();
  if (ms >= 0) return `due in ${describeSpan(ms)}`;
  return isFinished ? `was due ${describeSpan(ms)} ago` : `overdue by ${describeSpan(ms)}`;
}
