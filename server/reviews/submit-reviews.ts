import "server-only";
import type { SessionUser } from "@/server/auth/session";
import { inTransaction } from "@/server/db/transaction";
import { applyReview, type ReviewInput, type ReviewResult } from "./apply-review";

export type SubmittedReview = Omit<ReviewInput, "origin">;

/**
 * Stores a batch of the acting learner's flashcard reviews (a device's
 * offline queue, in the order it made them). Each review is its own
 * transaction, so one bad review does not lose the others; a review sent
 * twice, or two copies racing, is stored once.
 */
export async function submitReviews(actor: SessionUser, reviews: readonly SubmittedReview[], now: Date): Promise<ReviewResult[]> {
  const results: ReviewResult[] = [];
  for (const submitted of reviews) {
    const input: ReviewInput = { ...submitted, origin: "flashcard" };
    // A racing copy of the same review (or of the same new card) loses on a
    // unique key or a write conflict: running again finds what the winner stored.
    results.push(
      await inTransaction((tx) => applyReview(tx, actor.id, input, now), { retryOnDuplicates: true }),
    );
  }
  return results;
}
