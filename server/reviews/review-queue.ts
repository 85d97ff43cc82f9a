import "server-only";
import { NotFoundError } from "@/lib/actions/result";
import type { Item } from "@/lib/quiz/types";
import { startOfDay } from "@/lib/time/zone";
import { flashcardOf, intervalButtons, type QueueEntry } from "@/lib/srs/flashcard";
import { CARD_SELECT, CARD_STATE, cardFromRow, cardToRow } from "@/lib/srs/card";
import { newCard, previewIntervals } from "@/lib/srs/scheduler";
import { practisableSetWhere } from "@/server/authoring/sets";
import type { SessionUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { inTransaction } from "@/server/db/transaction";
import { readLearnerSettings, schedulerSettings } from "./settings";
import { itemFromPayload, itemIdsFrom } from "@/server/items/json-columns";
import { cardsLeft } from "@/server/assignments/card-work";

export type ReviewQueue = {
  entries: QueueEntry[];
  /** Cards the learner may still review today (due ones, plus new ones within the limits). */
  availableCount: number;
  /** When the next card falls due, if none is due now. */
  nextDueAt: Date | null;
};

export type QueueOptions = {
  limit?: number;
  timeZone?: string;
  /** Only this assignment's cards the learner has not reviewed since it opened (its flashcard part). */
  assignmentId?: string;
};

export const DEFAULT_QUEUE_LIMIT = 50;
export const MAX_QUEUE_LIMIT = 200;
/** New cards read at a time while filling the day's new allowance. */
const NEW_CARD_PAGE = 50;

const cardSelect = { itemId: true, ...CARD_SELECT } as const;

/** Item ids assigned to `userId` as flashcards: open, not withdrawn, in active classes they belong to; in assignment order. */
async function assignedItemIds(userId: string, now: Date): Promise<string[]> {
  const assignments = await db().assignment.findMany({
    where: {
      withdrawnAt: null,
      mode: { in: ["flashcards", "both"] },
      opensAt: { lte: now },
      class: { archivedAt: null, members: { some: { studentId: userId } } },
    },
    orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
    select: { itemIds: true },
  });
  return [...new Set(assignments.flatMap((assignment) => itemIdsFrom(assignment.itemIds)))];
}

async function activeItems(ids: string[]): Promise<Map<string, Item>> {
  if (ids.length === 0) return new Map();
  const rows = await db().item.findMany({ where: { id: { in: ids }, retiredAt: null }, select: { id: true, payload: true } });
  return new Map(rows.map((row) => [row.id, itemFromPayload(row.payload)]));
}

/**
 * What the acting learner reviews next: cards due now (most overdue first),
 * then new cards (assigned items first, then sets they chose to study), as
 * many as the day's limits allow: new cards up to newCardsPerDay minus those
 * already started today, and everything up to maxReviewsPerDay minus the
 * flashcard reviews done today. "Today" starts at midnight in `timeZone`.
 */
export async function getReviewQueue(actor: SessionUser, now: Date, options: QueueOptions = {}): Promise<ReviewQueue> {
  const limit = Math.min(MAX_QUEUE_LIMIT, Math.max(1, options.limit ?? DEFAULT_QUEUE_LIMIT));
  if (options.assignmentId) return assignmentQueue(actor, now, options.assignmentId, limit);
  const dayStart = startOfDay(now, options.timeZone);
  const [settings, reviewsToday, newToday, dueRows, assigned] = await Promise.all([
    readLearnerSettings(db(), actor.id),
    db().reviewLog.count({ where: { userId: actor.id, undoneAt: null, origin: "flashcard", reviewedAt: { gte: dayStart } } }),
    db().reviewLog.count({ where: { userId: actor.id, undoneAt: null, state: CARD_STATE.new, reviewedAt: { gte: dayStart } } }),
    db().card.findMany({
      where: { userId: actor.id, state: { not: CARD_STATE.new }, due: { lte: now } },
      orderBy: { due: "asc" },
      take: MAX_QUEUE_LIMIT * 2,
      select: cardSelect,
    }),
    assignedItemIds(actor.id, now),
  ]);
  const scheduling = schedulerSettings(settings);
  const reviewAllowance = Math.max(0, settings.maxReviewsPerDay - reviewsToday);
  const newAllowance = Math.max(0, settings.newCardsPerDay - newToday);

  const started = new Set(
    assigned.length === 0
      ? []
      : (await db().card.findMany({ where: { userId: actor.id, itemId: { in: assigned } }, select: { itemId: true } })).map((row) => row.itemId),
  );
  // Disjoint: assigned items without a card, and cards not reviewed yet (from a studied set, or an assigned item started elsewhere).
  const assignedCandidates = assigned.filter((itemId) => !started.has(itemId)).map((itemId) => ({ itemId, card: newCard(now) }));

  const items = await activeItems([...dueRows.map((row) => row.itemId), ...assignedCandidates.map((candidate) => candidate.itemId)]);
  const due = dueRows.filter((row) => items.has(row.itemId)).map((row) => ({ itemId: row.itemId, card: cardFromRow(row), isNew: false }));
  const fresh = assignedCandidates.filter((candidate) => items.has(candidate.itemId)).map((candidate) => ({ ...candidate, isNew: true }));
  // Cards not reviewed yet, oldest first, a page at a time until the day's new allowance is filled (a learner may have
  // tens of thousands of them; reading them all made the queue slow).
  for (let skip = 0; fresh.length < newAllowance; ) {
    const take = Math.max(NEW_CARD_PAGE, newAllowance - fresh.length);
    const page = await db().card.findMany({
      where: { userId: actor.id, state: CARD_STATE.new },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip,
      take,
      select: cardSelect,
    });
    const pageItems = await activeItems(page.map((row) => row.itemId));
    for (const row of page) {
      const item = pageItems.get(row.itemId);
      if (!item || fresh.length >= newAllowance) continue;
      items.set(row.itemId, item);
      fresh.push({ itemId: row.itemId, card: cardFromRow(row), isNew: true });
    }
    if (page.length < take) break;
    skip += take;
  }

  const available = [...due, ...fresh.slice(0, newAllowance)].slice(0, reviewAllowance);

  const entries = available.slice(0, limit).map(({ itemId, card, isNew }) => ({
    itemId,
    isNew,
    flashcard: flashcardOf(items.get(itemId)!),
    buttons: intervalButtons(previewIntervals(card, now, scheduling), now),
  }));

  let nextDueAt: Date | null = null;
  if (available.length === 0) {
    const next = await db().card.findFirst({
      where: { userId: actor.id, state: { not: CARD_STATE.new }, due: { gt: now } },
      orderBy: { due: "asc" },
      select: { due: true },
    });
    nextDueAt = next?.due ?? null;
  }
  return { entries, availableCount: available.length, nextDueAt };
}

/**
 * The flashcard part of an assignment of the acting learner's: its cards not
 * reviewed since it opened, due or not, in the assignment's order. The
 * learner's daily limits do not hold back work a teacher assigned.
 * NotFoundError unless it is open, not withdrawn, has flashcards, and the
 * learner is in its (active) class.
 */
async function assignmentQueue(actor: SessionUser, now: Date, assignmentId: string, limit: number): Promise<ReviewQueue> {
  const assignment = await db().assignment.findFirst({
    where: {
      id: assignmentId,
      withdrawnAt: null,
      mode: { in: ["flashcards", "both"] },
      opensAt: { lte: now },
      class: { archivedAt: null, members: { some: { studentId: actor.id } } },
    },
    select: { id: true, mode: true, opensAt: true, itemIds: true },
  });
  if (!assignment) throw new NotFoundError("That assignment");
  const left = await cardsLeft(actor.id, assignment);
  const [settings, cards, items] = await Promise.all([
    readLearnerSettings(db(), actor.id),
    db().card.findMany({ where: { userId: actor.id, itemId: { in: left } }, select: cardSelect }),
    activeItems(left),
  ]);
  const scheduling = schedulerSettings(settings);
  const cardOf = new Map(cards.map((row) => [row.itemId, cardFromRow(row)]));
  const available = left.filter((itemId) => items.has(itemId));
  const entries = available.slice(0, limit).map((itemId) => {
    const card = cardOf.get(itemId) ?? newCard(now);
    return {
      itemId,
      isNew: card.state === CARD_STATE.new,
      flashcard: flashcardOf(items.get(itemId)!),
      buttons: intervalButtons(previewIntervals(card, now, scheduling), now),
    };
  });
  return { entries, availableCount: available.length, nextDueAt: null };
}

/** How many cards the acting learner can review now (for the home page). */
export async function countCardsToReview(actor: SessionUser, now: Date, timeZone?: string): Promise<{ count: number; nextDueAt: Date | null }> {
  const queue = await getReviewQueue(actor, now, { limit: 1, timeZone });
  return { count: queue.availableCount, nextDueAt: queue.nextDueAt };
}

/**
 * Starts studying a set: a new card, due now, for each of its active items
 * the acting learner has no card for yet. Returns how many were added.
 */
export async function studySet(actor: SessionUser, setSlug: string, now: Date): Promise<{ added: number; total: number }> {
  const set = await db().itemSet.findFirst({
    where: { slug: setSlug, ...practisableSetWhere(actor) },
    select: { items: { where: { item: { retiredAt: null } }, orderBy: { position: "asc" }, select: { itemId: true } } },
  });
  if (!set) throw new NotFoundError("That set");
  const itemIds = set.items.map((row) => row.itemId);
  const fresh = newCard(now);
  // A second tab studying the same set races for the same cards: the loser runs again and adds none twice.
  return inTransaction(
    async (tx) => {
        const existing = new Set(
          (await tx.card.findMany({ where: { userId: actor.id, itemId: { in: itemIds } }, select: { itemId: true } })).map((row) => row.itemId),
        );
        const missing = itemIds.filter((itemId) => !existing.has(itemId));
        // createdAt keeps the set's order: the queue introduces new cards oldest first.
        await tx.card.createMany({
          data: missing.map((itemId, index) => ({
            userId: actor.id,
            itemId,
            createdAt: new Date(now.getTime() + index),
            ...cardToRow(fresh),
          })),
        });
        return { added: missing.length, total: itemIds.length };
    },
    { isSerializable: false, retryOnDuplicates: true },
  );
}
