// What a learner's progress page shows, computed from their cards and review
// logs. Pure: the caller passes `now` and the learner's time zone, and days
// are calendar days in that zone ("YYYY-MM-DD"). The page has the database
// count the same between day boundaries (server/progress/day-counts.ts);
// tests/integration/progress-counts.test.ts holds the two equal.
import { addDays, dayKey, dayRange, daysBetween, weekStart } from "@/lib/time/calendar";
import { CARD_STATE } from "@/lib/srs/card";

/** Card states as the scheduler stores them (ts-fsrs State). */

/** A card counts as mastered once it is in review with at least this stability (days). */
export const MASTERED_STABILITY_DAYS = 21;

/** The lowest rating that passes a review: 2 Hard (1 Again is a lapse). */
export const PASSING_RATING = 2;

export type ProgressCard = { itemId: string; due: Date; state: number; stability: number };

/** A review log: `state` is the card's state before the review; undone reviews have `undoneAt`. */
export type ProgressLog = { reviewedAt: Date; rating: number; state: number; undoneAt?: Date | null };

export type DayCount = { date: string; count: number };

export type WeekRetention = { weekStart: string; reviews: number; passed: number; retention: number | null };

export type Streak = {
  /** Consecutive days with a review, ending today or yesterday; 0 when neither has one. */
  days: number;
  hasReviewedToday: boolean;
};

export type SetForMastery = { slug: string; title: string; itemIds: readonly string[] };

export type SetMastery = {
  slug: string;
  title: string;
  /** Active items in the set. */
  total: number;
  /** Items the learner has a card for. */
  started: number;
  /** Items whose card is in review with stability of at least 21 days. */
  mastered: number;
  /** mastered / total (0 for an empty set). */
  share: number;
};

function counted<T extends ProgressLog>(logs: readonly T[]): T[] {
  return logs.filter((log) => log.undoneAt == null);
}

/**
 * Cards falling due on each of the next `days` days, today first. Today also
 * counts cards already overdue. New cards are not scheduled reviews (daily
 * limits introduce them), so they are left out.
 */
export function forecast(cards: readonly Pick<ProgressCard, "due" | "state">[], now: Date, timeZone: string, days: number): DayCount[] {
  const today = dayKey(now, timeZone);
  const counts = new Array<number>(Math.max(0, days)).fill(0);
  for (const card of cards) {
    if (card.state === CARD_STATE.new) continue;
    const offset = Math.max(0, daysBetween(today, dayKey(card.due, timeZone)));
    if (offset < counts.length) counts[offset]! += 1;
  }
  return counts.map((count, index) => ({ date: addDays(today, index), count }));
}

/**
 * "Due today": the cards falling due by the end of today in `timeZone`,
 * overdue ones included and new ones not (the forecast's first day). The
 * home page and the progress page both show this number.
 */
export function dueToday(cards: readonly Pick<ProgressCard, "due" | "state">[], now: Date, timeZone: string): number {
  return forecast(cards, now, timeZone, 1)[0]!.count;
}

/**
 * True retention per week (weeks start on Monday): the share of reviews of
 * cards in review state that passed (rated Hard or better). Reviews of new,
 * learning and relearning cards and undone reviews do not count. Every week
 * from the first with such a review to the last is listed; a week without
 * any has `retention: null`.
 */
export function retentionByWeek(logs: readonly ProgressLog[], timeZone: string): WeekRetention[] {
  const weeks = new Map<string, { reviews: number; passed: number }>();
  for (const log of counted(logs)) {
    if (log.state !== CARD_STATE.review) continue;
    const week = weekStart(dayKey(log.reviewedAt, timeZone));
    const entry = weeks.get(week) ?? { reviews: 0, passed: 0 };
    entry.reviews += 1;
    if (log.rating >= PASSING_RATING) entry.passed += 1;
    weeks.set(week, entry);
  }
  if (weeks.size === 0) return [];
  const keys = [...weeks.keys()].sort();
  const first = keys[0]!;
  const count = daysBetween(first, keys[keys.length - 1]!) / 7 + 1;
  return Array.from({ length: count }, (_, index) => {
    const start = addDays(first, index * 7);
    const entry = weeks.get(start) ?? { reviews: 0, passed: 0 };
    return { weekStart: start, ...entry, retention: entry.reviews > 0 ? entry.passed / entry.reviews : null };
  });
}

/**
 * Each of the last `days` days, today last, with the entries whose instant
 * falls on it in the time zone (in the order given); entries on other days
 * are left out.
 */
export function entriesPerDay<T>(entries: readonly T[], instantOf: (entry: T) => Date, now: Date, timeZone: string, days: number): { date: string; entries: T[] }[] {
  const today = dayKey(now, timeZone);
  const range = dayRange(addDays(today, 1 - days), days);
  const byDay = new Map(range.map((date) => [date, [] as T[]]));
  for (const entry of entries) byDay.get(dayKey(instantOf(entry), timeZone))?.push(entry);
  return range.map((date) => ({ date, entries: byDay.get(date)! }));
}

/** Reviews on each of the last `days` days, today last. Undone reviews do not count. */
export function reviewsPerDay(logs: readonly ProgressLog[], now: Date, timeZone: string, days: number): DayCount[] {
  return entriesPerDay(counted(logs), (log) => log.reviewedAt, now, timeZone, days).map(({ date, entries }) => ({ date, count: entries.length }));
}

/**
 * Consecutive days with at least one review, ending today, or yesterday when
 * there is none yet today (the streak is still alive until the day ends).
 */
export function streak(logs: readonly ProgressLog[], now: Date, timeZone: string): Streak {
  const days = new Set(counted(logs).map((log) => dayKey(log.reviewedAt, timeZone)));
  const today = dayKey(now, timeZone);
  const hasReviewedToday = days.has(today);
  let day = hasReviewedToday ? today : addDays(today, -1);
  let length = 0;
  while (days.has(day)) {
    length += 1;
    day = addDays(day, -1);
  }
  return { days: length, hasReviewedToday };
}

/**
 * Per set: how many of its active items the learner has started (has a card
 * for) and mastered (card in review state with stability ≥ 21 days).
 */
export function mastery(sets: readonly SetForMastery[], cards: readonly Pick<ProgressCard, "itemId" | "state" | "stability">[]): SetMastery[] {
  const byItem = new Map(cards.map((card) => [card.itemId, card]));
  return sets.map(({ slug, title, itemIds }) => {
    let started = 0;
    let mastered = 0;
    for (const itemId of new Set(itemIds)) {
      const card = byItem.get(itemId);
      if (!card) continue;
      started += 1;
      if (card.state === CARD_STATE.review && card.stability >= MASTERED_STABILITY_DAYS) mastered += 1;
    }
    const total = new Set(itemIds).size;
    return { slug, title, total, started, mastered, share: total > 0 ? mastered / total : 0 };
  });
}

/**
 * The sets the learner studies, with their mastery: those they have a card
 * for every item of ("Study this set" makes one for each), leaving out a set
 * whose items all lie in another such set. A shared item alone does not make
 * a set studied: studying one topic must not list "Everything" and every
 * article set at 0 %.
 */
export function studiedSets(sets: readonly SetForMastery[], cards: readonly Pick<ProgressCard, "itemId" | "state" | "stability">[]): SetMastery[] {
  const itemsOf = new Map(sets.map((set) => [set.slug, new Set(set.itemIds)]));
  const studied = mastery(sets, cards).filter((set) => set.total > 0 && set.started === set.total);
  const isWithin = (inner: ReadonlySet<string>, outer: ReadonlySet<string>) => inner.size < outer.size && [...inner].every((itemId) => outer.has(itemId));
  return studied.filter((set) => !studied.some((other) => other.slug !== set.slug && isWithin(itemsOf.get(set.slug)!, itemsOf.get(other.slug)!)));
}
