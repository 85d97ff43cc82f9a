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

export const reviewBatchSchema = z.object({ reviews: z.array(z.unknown()).min(1).max(MAX_REVIEWS_PER_REQUEST) });

export type SubmittedReviewJson = z.input<typeof submittedReviewSchema>;

export type ReviewResultJson = { reviewId: string | null; status: "stored" | "duplicate" | "rejected"; due: string | null };
