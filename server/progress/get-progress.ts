import "server-only";
import { addDays, dayKey, dayRange, daysBetween, weekStart } from "@/lib/time/calendar";
import { dayStart, timeZoneOrUtc } from "@/lib/time/zone";
import {
  studiedSets,
  type DayCount,
  type SetMastery,
  type Streak,
  type WeekRetention,
} from "@/lib/progress/progress";
import { practisableSetWhere } from "@/server/authoring/sets";
import type { SessionUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { CARD_STATE } from "@/lib/srs/card";
import { dueCounts, retentionCounts, reviewCounts, reviewedIn } from "./day-counts";

export const FORECAST_DAYS = 14;
export const REVIEW_HISTORY_DAYS = 30;
/** Weeks of true retention shown (the most recent ones). */
export const RETENTION_WEEKS = 12;

export type Progress = {
  /** The zone the days are counted in (UTC when the one asked for is unknown). */
  timeZone: string;
  today: string;
  /** Whether the learner ever made a review (undone ones excluded): false for a new learner. */
  hasReviewed: boolean;
  /** Cards due by the end of today, overdue ones included (lib/progress dueToday, as on the home page). */
  dueToday: number;
  forecast: DayCount[];
  reviewsPerDay: DayCount[];
  retention: WeekRetention[];
  streak: Streak;
  /** The sets the learner studies (studiedSets), in library order. */
  mastery: SetMastery[];
};

/**
 * The acting learner's own progress: their cards and their reviews (undone
 * ones never count), with days in their time zone. Nobody else's data is
 * read. The database counts per day and per week (day-counts.ts) between
 * boundaries computed here in the zone; the numbers are those of
 * lib/progress's functions over every card and log (tests/integration/progress-counts.test.ts).
 */
export async function getProgress(actor: SessionUser, now: Date, timeZone: string): Promise<Progress> {
  const zone = timeZoneOrUtc(timeZone);
  const today = dayKey(now, zone);
  const historyDays = dayRange(addDays(today, 1 - REVIEW_HISTORY_DAYS), REVIEW_HISTORY_DAYS);
  const [anyReview, forecastDays, perDay, retention, mastery] = await Promise.all([
    // Whether there is one, not how many: counting a heavy learner's 250,000 reviews took 30 to 80 ms.
    db().reviewLog.findFirst({ where: { userId: actor.id, undoneAt: null }, select: { id: true } }),
    forecastOf(actor.id, today, zone, FORECAST_DAYS),
    reviewCounts(actor.id, dayBounds(historyDays, zone)),
    recentRetention(actor.id, zone),
    studiedSetsOf(actor),
  ]);
  const reviewsPerDay = historyDays.map((date, index) => ({ date, count: perDay[index]! }));
  return {
    timeZone: zone,
    today,
    hasReviewed: anyReview !== null,
    dueToday: forecastDays[0]!.count,
    forecast: forecastDays,
    reviewsPerDay,
    retention,
    streak: await streakOf(actor.id, reviewsPerDay, zone),
    mastery,
  };
}

/** The instants the days start at, and the one after the last day: the ranges of day-counts.ts. */
function dayBounds(days: readonly string[], zone: string): Date[] {
  if (days.length === 0) return [];
  return [...days, addDays(days[days.length - 1]!, 1)].map((day) => dayStart(day, zone));
}

/** lib/progress forecast: scheduled cards due on each of the next `days` days, overdue ones today. */
async function forecastOf(userId: string, today: string, zone: string, days: number): Promise<DayCount[]> {
  const dates = dayRange(today, days);
  const counts = await dueCounts(userId, dayBounds(dates, zone));
  return dates.map((date, index) => ({ date, count: counts[index] ?? 0 }));
}

/** Days looked at a time (whether each has a review) when a streak runs past the days already counted. */
const STREAK_WINDOW_DAYS = 366;

/**
 * lib/progress streak: consecutive days with a review ending today (or
 * yesterday), from the last days' counts, and older days counted a window at
 * a time only while the streak runs on.
 */
async function streakOf(userId: string, lastDays: readonly DayCount[], zone: string): Promise<Streak> {
  const hasReviewedToday = (lastDays.at(-1)?.count ?? 0) > 0;
  let reviewed = (hasReviewedToday ? lastDays : lastDays.slice(0, -1)).map((day) => day.count > 0);
  let first = lastDays[0]?.date ?? "";
  let days = 0;
  for (;;) {
    let index = reviewed.length - 1;
    while (index >= 0 && reviewed[index]) index -= 1;
    days += reviewed.length - 1 - index;
    if (index >= 0) return { days, hasReviewedToday };
    const earlier = dayRange(addDays(first, -STREAK_WINDOW_DAYS), STREAK_WINDOW_DAYS);
    reviewed = await reviewedIn(userId, dayBounds(earlier, zone));
    first = earlier[0]!;
  }
}

/**
 * lib/progress retentionByWeek, its last RETENTION_WEEKS weeks: the weeks
 * from the first with a review of a card in review state (or the one
 * RETENTION_WEEKS - 1 before the last, if later) to the last with one.
 */
async function recentRetention(userId: string, zone: string): Promise<WeekRetention[]> {
  const where = { userId, undoneAt: null, state: CARD_STATE.review };
  const [first, last] = await Promise.all([
    db().reviewLog.findFirst({ where, orderBy: { reviewedAt: "asc" }, select: { reviewedAt: true } }),
    db().reviewLog.findFirst({ where, orderBy: { reviewedAt: "desc" }, select: { reviewedAt: true } }),
  ]);
  if (!first || !last) return [];
  const lastWeek = weekStart(dayKey(last.reviewedAt, zone));
  const firstWeek = weekStart(dayKey(first.reviewedAt, zone));
  const fromWeek = Math.max(daysBetween(lastWeek, firstWeek), -7 * (RETENTION_WEEKS - 1));
  const weeks = Array.from({ length: -fromWeek / 7 + 1 }, (_, index) => addDays(lastWeek, fromWeek + index * 7));
  const counts = await retentionCounts(userId, [...weeks, addDays(lastWeek, 7)].map((week) => dayStart(week, zone)));
  return weeks.map((week, index) => {
    const { reviews, passed } = counts[index]!;
    return { weekStart: week, reviews, passed, retention: reviews > 0 ? passed / reviews : null };
  });
}

/** lib/progress studiedSets over the sets the learner may practise, reading only their cards for those sets' items. */
async function studiedSetsOf(actor: SessionUser): Promise<SetMastery[]> {
  const sets = await db().itemSet.findMany({
    where: practisableSetWhere(actor),
    orderBy: [{ ownerId: { sort: "asc", nulls: "first" } }, { position: "asc" }],
    select: { slug: true, title: true, items: { where: { item: { retiredAt: null } }, select: { itemId: true } } },
  });
  const itemIds = [...new Set(sets.flatMap((set) => set.items.map((row) => row.itemId)))];
  const cards: { itemId: string; state: number; stability: number }[] = [];
  for (let start = 0; start < itemIds.length; start += ITEM_IDS_PER_QUERY) {
    const ids = itemIds.slice(start, start + ITEM_IDS_PER_QUERY);
    cards.push(...(await db().card.findMany({ where: { userId: actor.id, itemId: { in: ids } }, select: { itemId: true, state: true, stability: true } })));
  }
  return studiedSets(
    sets.map((set) => ({ slug: set.slug, title: set.title, itemIds: set.items.map((row) => row.itemId) })),
    cards,
  );
}

/** Item ids bound in one query (SQLite binds at most 32,766 parameters). */
const ITEM_IDS_PER_QUERY = 10_000;

/**
 * The acting learner's cards due today for the home page: the progress
 * page's dueToday (the first day of its forecast), from the same query.
 */
export async function countDueToday(actor: SessionUser, now: Date, timeZone: string): Promise<number> {
  const zone = timeZoneOrUtc(timeZone);
  return (await forecastOf(actor.id, dayKey(now, zone), zone, 1))[0]!.count;
}
