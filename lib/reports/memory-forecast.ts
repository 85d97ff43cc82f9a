// The class memory forecast: for each fact, the share of the class FSRS
// predicts still recalls it on a date the teacher picks. Pure: the caller
// passes the students, the facts with their items, the cards and the
// instant; retrievability comes from ts-fsrs through lib/srs/scheduler.ts.
import { percent, plural } from "@/lib/progress/describe";
import { CARD_STATE } from "@/lib/srs/card";
import { retrievability, type MemoryState } from "@/lib/srs/scheduler";
import { addDays, dayKey, longDayLabel } from "@/lib/time/calendar";
import { isIsoDate, isoPrecision } from "@/lib/time/iso-date";
import { localToInstant, timeZoneOrUtc } from "@/lib/time/zone";

/** A fact is "below" when the share of the class predicted to recall it is under this. */
export const DEFAULT_FORECAST_THRESHOLD = 0.7;
/** The forecast looks this many days ahead unless the teacher picks a date. */
export const DEFAULT_FORECAST_DAYS_AHEAD = 7;

/** A fact in scope and every item that asks it (an item of several facts is listed under each). */
export type ForecastFact = { factId: string; itemIds: readonly string[] };

/** A student of the class; `parameters` are their personal FSRS weights, when optimized. */
export type ForecastStudent = { studentId: string; parameters?: readonly number[] | null };

/** One card of one student, as the Card columns give it. */
export type ForecastCard = MemoryState & { userId: string; itemId: string };

export type FactForecast = {
  factId: string;
  /** The mean, over every student of the class, of each one's recall of the fact: 0-1. */
  share: number;
  /** Students with at least one reviewed card of the fact. */
  studied: number;
  /** Students in the class. */
  students: number;
};

export type ForecastInput = {
  students: readonly ForecastStudent[];
  facts: readonly ForecastFact[];
  /** The cards of those students; cards of other users or items are ignored. */
  cards: readonly ForecastCard[];
  /** The instant to forecast for (forecastInstant of the teacher's day). */
  at: Date;
};

/** The card has been reviewed at least once (a new card has no memory to forecast). */
export function isReviewed(card: MemoryState): boolean {
  return card.state !== CARD_STATE.new && card.lastReview !== null;
}

/**
 * One student's recall of one fact at `at`: the highest retrievability among
 * their cards of the fact's items (knowing any question of the fact counts as
 * knowing it), 0 when they have no reviewed card of it.
 */
export function factRecall(cards: readonly MemoryState[], at: Date, parameters?: readonly number[] | null): number {
  return cards.reduce((best, card) => Math.max(best, retrievability(card, at, { parameters })), 0);
}

/**
 * For each fact, the share of the class predicted to recall it at `at`: the
 * mean of factRecall over all the students (a student without a card of the
 * fact adds 0), lowest first; facts with the same share keep their order.
 * An empty class gives every fact a share of 0.
 */
export function forecastRecall({ students, facts, cards, at }: ForecastInput): FactForecast[] {
  const cardsByStudent = new Map<string, Map<string, MemoryState[]>>(students.map((student) => [student.studentId, new Map()]));
  for (const card of cards) {
    const byItem = cardsByStudent.get(card.userId);
    if (!byItem) continue;
    const list = byItem.get(card.itemId);
    if (list) list.push(card);
    else byItem.set(card.itemId, [card]);
  }
  const forecasts = facts.map(({ factId, itemIds }) => {
    const items = [...new Set(itemIds)];
    let total = 0;
    let studied = 0;
    for (const { studentId, parameters } of students) {
      const byItem = cardsByStudent.get(studentId)!;
      const factCards = items.flatMap((itemId) => byItem.get(itemId) ?? []);
      const recall = factRecall(factCards, at, parameters);
      total += recall;
      if (factCards.some(isReviewed)) studied += 1;
    }
    return { factId, share: students.length > 0 ? total / students.length : 0, studied, students: students.length };
  });
  return forecasts.sort((a, b) => a.share - b.share);
}

/**
 * The facts below the threshold, lowest first. A share is compared as the
 * page shows it, rounded to a whole percent, so a fact shown at 70% is never
 * listed as below 70%.
 */
export function factsBelow(forecasts: readonly FactForecast[], threshold = DEFAULT_FORECAST_THRESHOLD): FactForecast[] {
  const limit = Math.round(threshold * 100);
  return forecasts.filter((fact) => Math.round(fact.share * 100) < limit).sort((a, b) => a.share - b.share);
}

/** The day a week from today in the time zone ("2026-11-27"), the forecast's default. */
export function defaultForecastDay(now: Date, timeZone: string): string {
  return addDays(dayKey(now, timeZoneOrUtc(timeZone)), DEFAULT_FORECAST_DAYS_AHEAD);
}

/** The instant the forecast of a day is for: the start of that day in the time zone; null for anything but a YYYY-MM-DD date. */
export function forecastInstant(day: string, timeZone: string): Date | null {
  if (!isIsoDate(day) || isoPrecision(day) !== "day") return null;
  return localToInstant(`${day}T00:00`, timeZoneOrUtc(timeZone));
}

/** The method in one sentence, for the page. */
export function forecastExplanation(day: string): string {
  return `For each fact, the share of the class predicted to still recall it at the start of ${longDayLabel(day)}, from each student's review history (FSRS) and their best-remembered question of it; students who have not studied it count as not recalling it.`;
}

/** "8 of 40 facts will be below 70% by Fri, Nov 27." */
export function describeFactsBelow(below: number, total: number, day: string, threshold = DEFAULT_FORECAST_THRESHOLD): string {
  const by = `below ${percent(threshold)} by ${longDayLabel(day)}`;
  if (total === 0) return "No facts to forecast.";
  if (below === 0) return `No fact will be ${by}.`;
  return `${below} of ${plural(total, "fact")} will be ${by}.`;
}
