import { currentUser } from "@/server/auth/session";
import { undoLastReview } from "@/server/reviews/undo-review";

export const dynamic = "force-dynamic";

/** POST: undoes the signed-in learner's last review; `undone` is null when there was none. */
export async function POST() {
  const user = await currentUser();
  if (!user) return Response.json({ error: "Sign in to undo a review." }, { status: 401 });
  const undone = await undoLastReview(user, new Date());
  return Response.json({ undone: undone ? { reviewId: undone.reviewId, itemId: undone.itemId, due: undone.due.toISOString() } : null });
}
