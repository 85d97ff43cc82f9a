import { NotFoundError } from "@/lib/actions/result";
import { currentUser } from "@/server/auth/session";
import { DEFAULT_QUEUE_LIMIT, getReviewQueue, MAX_QUEUE_LIMIT } from "@/server/reviews/review-queue";

export const dynamic = "force-dynamic";

/**
 * GET ?limit=N&timeZone=Area/City[&assignment=ID]: the next cards to review
 * (only that assignment's, when given), with what each shows and its four
 * buttons' intervals, for the device to hold offline.
 */
export async function GET(request: Request) {
  const user = await currentUser();
  if (!user) return Response.json({ error: "Sign in to review." }, { status: 401 });
  if (user.mustChangePassword) return Response.json({ error: "Choose your own password first." }, { status: 403 });
  const params = new URL(request.url).searchParams;
  const requested = Number.parseInt(params.get("limit") ?? "", 10);
  const limit = Number.isFinite(requested) ? Math.min(MAX_QUEUE_LIMIT, Math.max(1, requested)) : DEFAULT_QUEUE_LIMIT;
  const timeZone = params.get("timeZone")?.slice(0, 64) || undefined;
  const assignmentId = params.get("assignment")?.slice(0, 64) || undefined;
  let queue;
  try {
    queue = await getReviewQueue(user, new Date(), { limit, timeZone, assignmentId });
  } catch (error) {
    if (error instanceof NotFoundError) return Response.json({ error: "That assignment is not open to you." }, { status: 404 });
    throw error;
  }
  return Response.json({ entries: queue.entries, availableCount: queue.availableCount, nextDueAt: queue.nextDueAt?.toISOString() ?? null });
}
