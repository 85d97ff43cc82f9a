import "server-only";
import type { SessionUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import type { ReviewOrigin } from "@/server/reviews/apply-review";

export type StoredReview = { id: string; itemId: string; origin: ReviewOrigin; rating: number; undoneAt: Date | null };

/**
 * Every review the acting learner's devices have stored, undone ones
 * included, in the order the server received them. No page shows this list;
 * the end-to-end tests read it to check what the server holds on either
 * database.
 */
export async function listOwnReviews(actor: SessionUser): Promise<StoredReview[]> {
  return db().reviewLog.findMany({
    where: { userId: actor.id },
    select: { id: true, itemId: true, origin: true, rating: true, undoneAt: true },
    orderBy: [{ receivedAt: "asc" }, { reviewedAt: "asc" }],
  });
}
