// Students who have fallen behind: a pile of overdue cards, or no activity
// for a week. Pure: the caller passes counts and instants, `now` and the
// teacher's time zone; days are calendar days in that zone.
import { plural } from "@/lib/progress/describe";
import { CARD_STATE, type SrsCard } from "@/lib/srs/card";
import { dayKey, dayLabel, daysBetween } from "@/lib/time/calendar";
import { startOfDay, timeZoneOrUtc } from "@/lib/time/zone";

/** A student with at least this many overdue cards has fallen behind. */
export const OVERDUE_CARDS_BEHIND = 20;
/** A student with no activity on this many calendar days in a row, up to today, has fallen behind. */
export const INACTIVE_DAYS_BEHIND = 7;

export type BehindInput = {
  studentId: string;
  joinedAt: Date;
  /** Their latest activity (activity.ts lastActiveAt: a flashcard review not undone, or a quiz answer); null if none. */
  lastActiveAt: Date | null;
  /** Their cards overdue at `now` (countOverdue, or a count of cards due before overdueCutoff). */
  overdueCards: number;
};

export type BehindStudent = {
  studentId: string;
  /** Why, one sentence each: "24 cards overdue.", "No activity for 9 days (last on Nov 11)." */
  reasons: string[];
  overdueCards: number;
  /** Whole calendar days since their last activity; null when they were never active. */
  daysInactive: number | null;
};

/**
 * Cards due before this instant are overdue: the start of today in the time
 * zone. A card that came due earlier today is due, not overdue yet.
 */
export function overdueCutoff(now: Date, timeZone: string): Date {
  return startOfDay(now, timeZoneOrUtc(timeZone));
}

/** Cards overdue at `now`: reviewed at least once (not new) and due before the start of today. */
export function countOverdue(cards: readonly Pick<SrsCard, "due" | "state">[], now: Date, timeZone: string): number {
  const cutoff = overdueCutoff(now, timeZone);
  return cards.filter((card) => card.state !== CARD_STATE.new && card.due < cutoff).length;
}

/**
 * The students who have fallen behind, in the order given, each with the
 * reasons: at least 20 overdue cards; or no activity for 7 calendar days
 * (last active 7 or more days before today), which also holds for a student
 * who joined 7 or more days ago and was never active. A student who joined
 * less than a week ago and has done nothing yet is not behind.
 */
export function studentsBehind(students: readonly BehindInput[], now: Date, timeZone: string): BehindStudent[] {
  const zone = timeZoneOrUtc(timeZone);
  const today = dayKey(now, zone);
  return students.flatMap(({ studentId, joinedAt, lastActiveAt, overdueCards }) => {
    const reasons: string[] = [];
    if (overdueCards >= OVERDUE_CARDS_BEHIND) reasons.push(`${plural(overdueCards, "card")} overdue.`);
    const since = lastActiveAt ?? joinedAt;
    const day = dayKey(since, zone);
    const days = daysBetween(day, today);
    if (days >= INACTIVE_DAYS_BEHIND) {
      reasons.push(lastActiveAt ? `No activity for ${plural(days, "day")} (last on ${dayLabel(day)}).` : `No activity since joining ${plural(days, "day")} ago (${dayLabel(day)}).`);
    }
    return reasons.length > 0 ? [{ studentId, reasons, overdueCards, daysInactive: lastActiveAt ? days : null }] : [];
  });
}
