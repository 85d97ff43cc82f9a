import "server-only";
import { dayKey } from "@/lib/time/calendar";
import { timeZoneOrUtc } from "@/lib/time/zone";
import {
  dueToday,
  forecast,
  retentionByWeek,
  reviewsPerDay,
  streak,
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

export const FORECAST_DAYS = 14;
export const REVIEW_HISTORY_DAYS = 30;
/** Weeks of true retention shown (the most recent ones). */
export const RETENTION_WEEKS = 12;

export type Progress = {
  /** The zone the days are counted in (UTC when the one asked for is unknown). */
  timeZone: string;
  today: string;
  /** Reviews ever made (undone ones excluded): 0 means a new learner. */
  totalReviews: number;
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
 * ones never count), with days in their time zone. Nobody else's data is read.
 */
export async function getProgress(actor: SessionUser, now: Date, timeZone: string): Promise<Progress> {
  const zone = timeZoneOrUtc(timeZone);
  const [cards, logs, sets] = await Promise.all([
    db().card.findMany({ where: { userId: actor.id }, select: { itemId: true, due: true, state: true, stability: true } }),
    db().reviewLog.findMany({
      where: { userId: actor.id, undoneAt: null },
      select: { reviewedAt: true, rating: true, state: true },
      orderBy: { reviewedAt: "asc" },
    }),
    db().itemSet.findMany({
      where: practisableSetWhere(actor),
      orderBy: [{ ownerId: { sort: "asc", nulls: "first" } }, { position: "asc" }],
      select: { slug: true, title: true, items: { where: { item: { retiredAt: null } }, select: { itemId: true } } },
    }),
  ]);

  const days = forecast(cards, now, zone, FORECAST_DAYS);
  const setMastery = studiedSets(
    sets.map((set) => ({ slug: set.slug, title: set.title, itemIds: set.items.map((row) => row.itemId) })),
    cards,
  );
  return {
    timeZone: zone,
    today: dayKey(now, zone),
    totalReviews: logs.length,
    dueToday: dueToday(cards, now, zone),
    forecast: days,
    reviewsPerDay: reviewsPerDay(logs, now, zone, REVIEW_HISTORY_DAYS),
    retention: retentionByWeek(logs, zone).slice(-RETENTION_WEEKS),
    streak: streak(logs, now, zone),
    mastery: setMastery,
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The acting learner's cards due today (lib/progress dueToday) for the home
 * page: the same number the progress page shows, from the same function.
 */
export async function countDueToday(actor: SessionUser, now: Date, timeZone: string): Promise<number> {
  const zone = timeZoneOrUtc(timeZone);
  // Today ends less than two days from now in every zone: fetch no card due later.
  const cards = await db().card.findMany({
    where: { userId: actor.id, state: { not: CARD_STATE.new }, due: { lt: new Date(now.getTime() + 2 * DAY_MS) } },
    select: { due: true, state: true },
  });
  return dueToday(cards, now, zone);
}
