// The shape of the review API (POST /api/reviews): what a device sends.
import { z } from "zod";

export const MAX_REVIEWS_PER_REQUEST = 500;

export const submittedReviewSchema = z.object({
  /** Chosen by the device (crypto.randomUUID()): sending it again is harmless. */
  reviewId: z.uuid(),
  itemId: z.string().min(1).max(64),
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  /** ISO 8601 with an offset or Z; the server bounds it. */
  reviewedAt: z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
});

export const reviewBatchSchema = z.object({
  /**
   * The account whose reviews these are, as the device's queue recorded it.
   * The server refuses the whole batch (403) when it is not the signed-in
   * account; left out, the reviews are the signed-in account's.
   */
  userId: z.string().min(1).max(64).optional(),
  reviews: z.array(z.unknown()).min(1).max(MAX_REVIEWS_PER_REQUEST),
});

export type SubmittedReviewJson = z.input<typeof submittedReviewSchema>;

/**
 * One answer per review: "stored" or "duplicate" (the server has it),
 * "rejected" (malformed or not the learner's to review) or "conflict" (the
 * review id was used for a different review). All four are final: the device
 * forgets the review.
 */
export type ReviewResultJson = { reviewId: string | null; status: "stored" | "duplicate" | "rejected" | "conflict"; due: string | null };

/** The body of a 409: the only review of the request was a conflict. */
export type ReviewConflictJson = { error: string; results: ReviewResultJson[] };
