import "server-only";
import type { AssignmentMode } from "@/lib/classes/assignment";
import { hasFlashcards } from "@/lib/classes/assignment";
import { db } from "@/server/db/client";
import { itemIdsFrom } from "@/server/items/json-columns";

// The flashcard part of assignments: an assigned card counts as reviewed once
// the student has reviewed it as a flashcard (not undone) since the
// assignment opened. Retired items are not asked for.

type AssignmentCards = { id: string; mode: AssignmentMode; opensAt: Date; itemIds: Parameters<typeof itemIdsFrom>[0] };

export type CardWork = { reviewed: number; total: number };

/** The active items of an assignment's pool, in its order. */
async function activeItemIds(assignments: AssignmentCards[]): Promise<Map<string, string[]>> {
  const pools = new Map(assignments.filter((assignment) => hasFlashcards(assignment.mode)).map((assignment) => [assignment.id, itemIdsFrom(assignment.itemIds)]));
  const all = [...new Set([...pools.values()].flat())];
  const active = new Set(
    all.length === 0
      ? []
      : (await db().item.findMany({ where: { id: { in: all }, retiredAt: null }, select: { id: true } })).map((item) => item.id),
  );
  return new Map([...pools].map(([id, itemIds]) => [id, itemIds.filter((itemId) => active.has(itemId))]));
}

/**
 * For each (student, assignment) with flashcards: how many of its active
 * cards the student has reviewed since it opened. Two queries, whatever the
 * number of students and assignments. Keyed `${studentId}:${assignmentId}`.
 */
export async function cardWorkOf(studentIds: string[], assignments: AssignmentCards[]): Promise<Map<string, CardWork>> {
  const pools = await activeItemIds(assignments);
  const allItems = [...new Set([...pools.values()].flat())];
  const work = new Map<string, CardWork>();
  if (studentIds.length === 0 || pools.size === 0) return work;
  const earliest = new Date(Math.min(...assignments.map((assignment) => assignment.opensAt.getTime())));
  const reviews =
    allItems.length === 0
      ? []
      : await db().reviewLog.findMany({
          where: { userId: { in: studentIds }, itemId: { in: allItems }, origin: "flashcard", undoneAt: null, reviewedAt: { gte: earliest } },
          select: { userId: true, itemId: true, reviewedAt: true },
        });
  // The earliest-opening assignment bounds the query; each assignment counts a card
  // reviewed when its latest review falls after its own opening.
  const lastReviewedAt = new Map<string, Date>();
  for (const review of reviews) {
    const key = `${review.userId}:${review.itemId}`;
    const last = lastReviewedAt.get(key);
    if (!last || review.reviewedAt > last) lastReviewedAt.set(key, review.reviewedAt);
  }
  for (const assignment of assignments) {
    const pool = pools.get(assignment.id);
    if (!pool) continue;
    for (const studentId of studentIds) {
      const reviewed = pool.filter((itemId) => (lastReviewedAt.get(`${studentId}:${itemId}`)?.getTime() ?? 0) >= assignment.opensAt.getTime()).length;
      work.set(`${studentId}:${assignment.id}`, { reviewed, total: pool.length });
    }
  }
  return work;
}

/** The assignment's active cards that `studentId` has not reviewed since it opened, in the pool's order. */
export async function cardsLeft(studentId: string, assignment: AssignmentCards): Promise<string[]> {
  const pool = (await activeItemIds([assignment])).get(assignment.id) ?? [];
  if (pool.length === 0) return [];
  const reviewed = new Set(
    (
      await db().reviewLog.findMany({
        where: { userId: studentId, itemId: { in: pool }, origin: "flashcard", undoneAt: null, reviewedAt: { gte: assignment.opensAt } },
        select: { itemId: true },
      })
    ).map((review) => review.itemId),
  );
  return pool.filter((itemId) => !reviewed.has(itemId));
}
