import { z } from "zod";
import { currentUser } from "@/server/auth/session";
import { crossOriginRefusal, readJsonBody } from "@/server/http/request-guard";
import { undoLastReview } from "@/server/reviews/undo-review";

export const dynamic = "force-dynamic";

const bodySchema = z.object({ reviewId: z.string().min(1).max(100).optional() }).catch({});

/** POST { reviewId? }: undoes that flashcard review (or the learner's last one); `undone` is null when there was none. */
export async function POST(request: Request) {
  const forged = crossOriginRefusal(request);
  if (forged) return forged;
  const user = await currentUser();
  if (!user) return Response.json({ error: "Sign in to undo a review." }, { status: 401 });
  if (user.mustChangePassword) return Response.json({ error: "Choose your own password first." }, { status: 403 });
  const read = await readJsonBody(request);
  if ("response" in read) return read.response;
  const body = bodySchema.parse(read.value ?? {});
  const undone = await undoLastReview(user, new Date(), { reviewId: body.reviewId });
  return Response.json({ undone: undone ? { reviewId: undone.reviewId, itemId: undone.itemId, due: undone.due.toISOString() } : null });
}
