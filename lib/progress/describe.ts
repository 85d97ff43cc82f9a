// One-sentence summaries of the progress charts, for their captions: what a
// sighted reader takes from the chart, in words a screen reader can say.
import { dayLabel } from "@/lib/time/calendar";
import type { DayCount, SetMastery, Streak, WeekRetention } from "./progress";

/** "1 review", "3 reviews" */
export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** 76% */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function busiest(days: readonly DayCount[]): DayCount | undefined {
  return days.reduce<DayCount | undefined>((best, day) => (day.count > (best?.count ?? 0) ? day : best), undefined);
}

/** "42 reviews in the last 30 days; most on Nov 20 (9)." */
export function describeReviewsPerDay(days: readonly DayCount[]): string {
  const total = days.reduce((sum, day) => sum + day.count, 0);
  const span = `the last ${plural(days.length, "day")}`;
  if (total === 0) return `No reviews in ${span}.`;
  const top = busiest(days)!;
  const active = days.filter((day) => day.count > 0).length;
  return `${plural(total, "review")} in ${span}, on ${plural(active, "day")}; most on ${dayLabel(top.date)} (${top.count}).`;
}

/** "5 cards due today; 31 in the next 14 days; most on Nov 22 (8)." */
export function describeForecast(days: readonly DayCount[]): string {
  const today = days[0]?.count ?? 0;
  const total = days.reduce((sum, day) => sum + day.count, 0);
  const span = `the next ${plural(days.length, "day")}`;
  if (total === 0) return `No cards due in ${span}.`;
  const top = busiest(days)!;
  if (top.date === days[0]?.date) return `${plural(today, "card")} due today, more than on any later day; ${total} in ${span}.`;
  return `${plural(today, "card")} due today; ${total} in ${span}; most on ${dayLabel(top.date)} (${top.count}).`;
}

/** "True retention 88% (120 of 136 reviews passed) over 6 weeks; week of Nov 17: 90%." */
export function describeRetention(weeks: readonly WeekRetention[]): string {
  const reviews = weeks.reduce((sum, week) => sum + week.reviews, 0);
  if (reviews === 0) return "No reviews of cards in review yet: retention shows once cards you have learned come back.";
  const passed = weeks.reduce((sum, week) => sum + week.passed, 0);
  const last = [...weeks].reverse().find((week) => week.retention !== null)!;
  return `True retention ${percent(passed / reviews)} (${passed} of ${plural(reviews, "review")} passed) over ${plural(weeks.length, "week")}; week of ${dayLabel(last.weekStart)}: ${percent(last.retention!)}.`;
}

/** What to do about the streak: "You reviewed today." */
export function describeStreak(value: Streak): string {
  if (value.days === 0) return "Review a card today to start one.";
  return value.hasReviewedToday ? "You reviewed today." : "Review today to keep it going.";
}

/** "3 of 15 items mastered, 9 started." */
export function describeMastery(set: SetMastery): string {
  return `${set.mastered} of ${plural(set.total, "item")} mastered, ${set.started} started.`;
}
