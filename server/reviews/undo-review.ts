import "server-only";
import { cardFromJson, cardToRow } from "@/lib/srs/card";
import type { SessionUser } from "@/server/auth/session";
import { inTransaction } from "@/server/db/transaction";
import { cardJsonFrom } from "@/server/items/json-columns";

export type UndoneReview = { reviewId: string; itemId: string; due: Date };

/**
 * Undoes the acting learner's last flashcard review that is not undone yet
 * (or, given `reviewId`, that review, if it is still the card's latest): the
 * card goes back exactly to the state the log kept, and the log stays,
 * marked with undoneAt (logs are append-only). Quiz answers are not undone
 * here. Null when there is nothing to undo.
 */
export async function undoLastReview(actor: SessionUser, now: Date, options: { reviewId?: string } = {}): Promise<UndoneReview | null> {
  return inTransaction(async (tx) => {
          const last = await tx.reviewLog.findFirst({
            where: { userId: actor.id, undoneAt: null, origin: "flashcard", ...(options.reviewId ? { id: options.reviewId } : {}) },
            orderBy: [{ receivedAt: "desc" }, { reviewedAt: "desc" }],
            select: { id: true, cardId: true, itemId: true, cardBefore: true, receivedAt: true },
          });
          if (!last) return null;
          // A later review of the same card (from another device) would be lost: refuse.
          const later = await tx.reviewLog.count({
            where: { cardId: last.cardId, undoneAt: null, id: { not: last.id }, receivedAt: { gt: last.receivedAt } },
          });
          if (later > 0) return null;
          const before = cardFromJson(cardJsonFrom(last.cardBefore));
          await tx.card.update({ where: { id: last.cardId, userId: actor.id }, data: cardToRow(before) });
          await tx.reviewLog.update({ where: { id: last.id }, data: { undoneAt: now } });
          return { reviewId: last.id, itemId: last.itemId, due: before.due };
  });
}
