import "server-only";
import { practisableSetWhere } from "@/server/authoring/sets";
import type { SessionUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { itemIdsFrom } from "@/server/items/json-columns";

/**
 * Which of `itemIds` the acting learner may review as flashcards: the
 * shipped content (public), an item they already have a card of, an item of
 * a set they may practise, or of an assignment of a class they are in. A
 * teacher's own items reach no one else any other way, so a review of one
 * (a device's queue sent under the wrong account, a forged request) is
 * refused instead of giving that learner a card of it.
 */
export async function reviewableItemIds(actor: SessionUser, itemIds: readonly string[]): Promise<Set<string>> {
  const wanted = [...new Set(itemIds)];
  if (wanted.length === 0) return new Set();
  // Nearly every review is of shipped content: one query settles those.
  const shipped = await db().item.findMany({ where: { id: { in: wanted }, ownerId: null }, select: { id: true } });
  const allowed = new Set(shipped.map((row) => row.id));
  const rest = wanted.filter((itemId) => !allowed.has(itemId));
  if (rest.length === 0) return allowed;
  const [cards, inSets] = await Promise.all([
    db().card.findMany({ where: { userId: actor.id, itemId: { in: rest } }, select: { itemId: true } }),
    db().setItem.findMany({ where: { itemId: { in: rest }, set: practisableSetWhere(actor) }, select: { itemId: true } }),
  ]);
  for (const row of [...cards.map((card) => card.itemId), ...inSets.map((setItem) => setItem.itemId)]) allowed.add(row);
  if (wanted.every((itemId) => allowed.has(itemId))) return allowed;
  // Assignments keep their items as a JSON list: read them only when something is still unexplained.
  const assignments = await db().assignment.findMany({ where: { class: { members: { some: { studentId: actor.id } } } }, select: { itemIds: true } });
  const assigned = new Set(assignments.flatMap((assignment) => itemIdsFrom(assignment.itemIds)));
  for (const itemId of wanted) if (assigned.has(itemId)) allowed.add(itemId);
  return allowed;
}
