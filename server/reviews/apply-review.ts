import "server-only";
import type { Prisma } from "@/generated/prisma/sqlite/client";
import { CARD_SELECT, cardFromJson, cardFromRow, cardToJson, cardToRow } from "@/lib/srs/card";
import { newCard, review, type Rating } from "@/lib/srs/scheduler";
import { StaleRowError } from "@/server/db/errors";
import { cardJsonFrom } from "@/server/items/json-columns";
import { readLearnerSettings, schedulerSettings } from "./settings";

/** Where a review was made: a flashcard session, or a quiz answer. */
export type ReviewOrigin = "flashcard" | "quiz";

export type ReviewInput = {
  /** Chosen by the device: the idempotency key. */
  reviewId: string;
  itemId: string;
  rating: Rating;
  /** When the learner reviewed, by the device's clock (bounded here). */
  reviewedAt: Date;
  origin: ReviewOrigin;
};

/**
 * "stored" and "duplicate" (this very review was stored before) are done;
 * "rejected" (no such item, not the learner's to review, an id of another
 * learner's) and "conflict" (the id is the learner's own, but of a different
 * review) are final too: sending the review again cannot change the answer.
 */
export type ReviewResult =
  | { reviewId: string; status: "stored" | "duplicate"; cardId: string; due: Date }
  | { reviewId: string; status: "rejected" | "conflict"; reason: string; due: null };

/** The answer to a review id reused for a different review. */
export const CONFLICT_REASON = "That review id was already used for a different review.";

/** How far back a device's clock is believed: older reviews count as made this long ago. */
export const MAX_REVIEW_AGE_MS = 30 * 86_400_000;

const cardSelect = { id: true, ...CARD_SELECT } as const;

/**
 * The moment the review counts at: the device's time, but never after `now`,
 * never more than MAX_REVIEW_AGE_MS before it, and never before the card's
 * last review (scheduling runs forward only).
 */
export function boundReviewedAt(reviewedAt: Date, now: Date, lastReview: Date | null): Date {
  let time = Number.isNaN(reviewedAt.getTime()) ? now.getTime() : reviewedAt.getTime();
  time = Math.min(time, now.getTime());
  time = Math.max(time, now.getTime() - MAX_REVIEW_AGE_MS);
  if (lastReview) time = Math.max(time, lastReview.getTime());
  return new Date(time);
}

const STORED_SELECT = { userId: true, cardId: true, itemId: true, rating: true, origin: true, reviewedAt: true, receivedAt: true, cardBefore: true } as const;

type StoredReview = { itemId: string; rating: number; origin: string; reviewedAt: Date; receivedAt: Date; cardBefore: Prisma.JsonValue };

/**
 * Whether `input` is the review stored under its id. The stored time is the
 * sent one bounded when it arrived, so the sent time is bounded again the
 * same way (with the arrival time and the card's last review as they were)
 * before it is compared: a retry of a review whose clock ran ahead still
 * matches.
 */
export function isSameReview(stored: StoredReview, input: ReviewInput): boolean {
  if (stored.itemId !== input.itemId || stored.rating !== input.rating || stored.origin !== input.origin) return false;
  const lastReview = cardFromJson(cardJsonFrom(stored.cardBefore)).lastReview;
  return boundReviewedAt(input.reviewedAt, stored.receivedAt, lastReview).getTime() === stored.reviewedAt.getTime();
}

/**
 * Applies one review of `userId`'s card for an item, inside the caller's
 * transaction: creates the card on its first review, schedules it, and
 * appends a ReviewLog with the card as it was before (for undo).
 *
 * Idempotent on `reviewId`: a review already stored is not applied again;
 * the same review sent again (same item, rating and time) gets the card's
 * current due date with status "duplicate", and the id sent with anything
 * else gets "conflict". A reviewId used by another learner, or an unknown
 * item, is rejected. Nothing is written in any of these cases.
 *
 * The quiz engine calls this from its own transaction when an answer is
 * saved (right = Good, wrong = Again, source "quiz"). The card is written
 * only if unchanged since it was read (StaleRowError otherwise, which
 * inTransaction runs again), so a caller's transaction need not be serializable.
 */
export async function applyReview(tx: Prisma.TransactionClient, userId: string, input: ReviewInput, now: Date): Promise<ReviewResult> {
  const existing = await tx.reviewLog.findUnique({ where: { id: input.reviewId }, select: STORED_SELECT });
  if (existing) {
    if (existing.userId !== userId) return { reviewId: input.reviewId, status: "rejected", reason: "That review id is already used.", due: null };
    if (!isSameReview(existing, input)) return { reviewId: input.reviewId, status: "conflict", reason: CONFLICT_REASON, due: null };
    const card = await tx.card.findUniqueOrThrow({ where: { id: existing.cardId }, select: { due: true } });
    return { reviewId: input.reviewId, status: "duplicate", cardId: existing.cardId, due: card.due };
  }

  const item = await tx.item.findUnique({ where: { id: input.itemId }, select: { id: true } });
  if (!item) return { reviewId: input.reviewId, status: "rejected", reason: "No such item.", due: null };

  const settings = schedulerSettings(await readLearnerSettings(tx, userId));
  const row = await tx.card.findUnique({ where: { userId_itemId: { userId, itemId: input.itemId } }, select: cardSelect });
  const before = row ? cardFromRow(row) : newCard(boundReviewedAt(input.reviewedAt, now, null));
  const reviewedAt = boundReviewedAt(input.reviewedAt, now, before.lastReview);
  const { card: after, log } = review(before, input.rating, reviewedAt, settings);

  let cardId: string;
  if (row) {
    // Written only if no other review changed the card since it was read
    // (every review changes `reps` or `lastReview`, an undo puts back an
    // older pair), so the transaction needs no serializable isolation.
    const { count } = await tx.card.updateMany({ where: { id: row.id, reps: row.reps, lastReview: row.lastReview }, data: cardToRow(after) });
    if (count === 0) throw new StaleRowError("The card");
    cardId = row.id;
  } else {
    // A racing first review of the same card loses on the unique (userId, itemId).
    cardId = (await tx.card.create({ data: { userId, itemId: input.itemId, createdAt: now, ...cardToRow(after) }, select: { id: true } })).id;
  }

  await tx.reviewLog.create({
    data: {
      id: input.reviewId,
      userId,
      cardId,
      itemId: input.itemId,
      rating: input.rating,
      origin: input.origin,
      reviewedAt,
      receivedAt: now,
      cardBefore: cardToJson(before),
      state: log.state,
      stability: log.stability,
      fsrsDifficulty: log.fsrsDifficulty,
      elapsedDays: log.elapsedDays,
      scheduledDays: log.scheduledDays,
    },
    select: { id: true },
  });
  return { reviewId: input.reviewId, status: "stored", cardId, due: after.due };
}
