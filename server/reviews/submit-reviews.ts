import "server-only";
import type { SessionUser } from "@/server/auth/session";
import { inTransaction } from "@/server/db/transaction";
import { applyReview, type ReviewInput, type ReviewResult } from "./apply-review";
import { reviewableItemIds } from "./reviewable-items";

export type SubmittedReview = Omit<ReviewInput, "origin">;

/**
 * Stores a batch of the acting learner's flashcard reviews (a device's
 * offline queue, in the order it made them). Each review is its own
 * transaction, so one bad review does not lose the others; a review sent
 * twice, or two copies racing, is stored once. A review of an item the
 * learner may not review (reviewableItemIds) is rejected and writes nothing.
 */
export async function submitReviews(actor: SessionUser, reviews: readonly SubmittedReview[], now: Date): Promise<ReviewResult[]> {
  const reviewable = await reviewableItemIds(actor, reviews.map((review) => review.itemId));
  const results: ReviewResult[] = [];
  for (const submitted of reviews) {
    if (!reviewable.has(submitted.itemId)) {
      results.push({ reviewId: submitted.reviewId, status: "rejected", reason: "That card is not yours to review.", due: null });
      continue;
    }
    const input: ReviewInput = { ...submitted, origin: "flashcard" };
    // A racing copy of the same review (or of the same new card) loses on a
    // unique key or on the card's conditional write: running again finds what
    // the winner stored. Read committed is enough (applyReview).
    results.push(
      await inTransaction((tx) => applyReview(tx, actor.id, input, now), { retryOnDuplicates: true, isSerializable: false }),
    );
  }
  return results;
}
