import { reviewBatchSchema, submittedReviewSchema, type ReviewResultJson } from "@/lib/srs/review-request";
import { currentUser } from "@/server/auth/session";
import { crossOriginRefusal, readJsonBody } from "@/server/http/request-guard";
import { CONFLICT_REASON } from "@/server/reviews/apply-review";
import { maybeOptimize } from "@/server/reviews/optimize";
import { submitReviews, type SubmittedReview } from "@/server/reviews/submit-reviews";

export const dynamic = "force-dynamic";

/**
 * POST { userId?, reviews: [{ reviewId, itemId, rating, reviewedAt }] }:
 * stores a device's reviews, each once. Answers one result per review, in
 * order: "stored", "duplicate" (already stored: safe to forget), "rejected"
 * (malformed or refused: retrying will not help) or "conflict" (the review
 * id was used for a different review). A request of one review that
 * conflicts is answered 409 with that result; in a larger batch the others
 * still count, so it is 200 with a result per review (decision 023).
 * Reviews queued for another account (`userId`) are refused whole: 403.
 */
export async function POST(request: Request) {
  const forged = crossOriginRefusal(request);
  if (forged) return forged;
  const user = await currentUser();
  if (!user) return Response.json({ error: "Sign in to save reviews." }, { status: 401 });
  if (user.mustChangePassword) return Response.json({ error: "Choose your own password first." }, { status: 403 });
  const body = await readJsonBody(request);
  if ("response" in body) return body.response;
  const batch = reviewBatchSchema.safeParse(body.value);
  if (!batch.success) return Response.json({ error: "Send { reviews: [...] } with 1 to 500 reviews." }, { status: 400 });
  if (batch.data.userId !== undefined && batch.data.userId !== user.id) {
    return Response.json({ error: "These reviews belong to another account: sign in as it to send them." }, { status: 403 });
  }

  const now = new Date();
  const parsed = batch.data.reviews.map((raw) => submittedReviewSchema.safeParse(raw));
  const valid: SubmittedReview[] = parsed.flatMap((result) => (result.success ? [result.data] : []));
  const stored = (await submitReviews(user, valid, now)).values();

  const results: ReviewResultJson[] = parsed.map((result, index) => {
    if (!result.success) {
      const raw = batch.data.reviews[index] as { reviewId?: unknown } | null;
      return { reviewId: typeof raw?.reviewId === "string" ? raw.reviewId : null, status: "rejected", due: null };
    }
    const outcome = stored.next().value!;
    return { reviewId: outcome.reviewId, status: outcome.status, due: outcome.due?.toISOString() ?? null };
  });

  const storedCount = results.filter((result) => result.status === "stored").length;
  if (storedCount > 0) {
    // Fitting personal parameters takes a moment: the device does not wait for it.
    void maybeOptimize(user.id, new Date(), storedCount).catch((error: unknown) => console.error("Optimizing FSRS parameters failed", error));
  }
  if (results.length === 1 && results[0]!.status === "conflict") return Response.json({ error: CONFLICT_REASON, results }, { status: 409 });
  return Response.json({ results });
}
