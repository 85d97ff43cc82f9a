// One student's page for their teacher, without the data: the facts of the
// class's assignments they remember least, and their recent activity in a
// sentence. Decision 015.
import { plural } from "@/lib/progress/describe";
import type { MemoryState } from "@/lib/srs/scheduler";
import { formatShortDate } from "@/lib/time/zone";
import type { ActivityEvent } from "./activity";
import { factRecall, isReviewed } from "./memory-forecast";

/** How many of the weakest facts the page lists. */
export const WEAKEST_FACTS_SHOWN = 10;

/** A fact of the class's assigned items, with the student's cards of every item that asks it. */
export type StudentFactCards = { factId: string; cards: readonly MemoryState[] };

export type FactRecall = { factId: string; recall: number };

export type WeakestFacts = {
  /** Studied facts, lowest predicted recall first (ties keep the order given), at most `limit`. */
  weakest: FactRecall[];
  /** Facts with at least one reviewed card. */
  studied: number;
  /** Facts without one: not listed, since FSRS has nothing to predict from. */
  notStudied: number;
};

/**
 * The facts the student is least likely to recall at `at`: for each fact
 * they have studied, factRecall over their cards of it (their best-remembered
 * question of the fact, on their own forgetting curve), lowest first.
 */
export function weakestFacts(facts: readonly StudentFactCards[], at: Date, parameters?: readonly number[] | null, limit = WEAKEST_FACTS_SHOWN): WeakestFacts {
  const studied = facts.filter((fact) => fact.cards.some(isReviewed));
  const recalls = studied.map((fact) => ({ factId: fact.factId, recall: factRecall(fact.cards, at, parameters) })).sort((a, b) => a.recall - b.recall);
  return { weakest: recalls.slice(0, limit), studied: studied.length, notStudied: facts.length - studied.length };
}

/** "12 reviews and 8 quiz answers in the last 30 days; last active Mar 10, 2026." (`lastActive`: the latest of the events.) */
export function describeStudentActivity(events: readonly ActivityEvent[], days: number, lastActive: Date | null, timeZone: string): string {
  const span = `in the last ${plural(days, "day")}`;
  if (events.length === 0 || !lastActive) return `No reviews or quiz answers ${span}.`;
  const reviews = events.filter((event) => event.kind === "review").length;
  return `${plural(reviews, "review")} and ${plural(events.length - reviews, "quiz answer")} ${span}; last active ${formatShortDate(lastActive, timeZone)}.`;
}
