// How the review session talks to the server. The session calls only these
// three functions, each for the signed-in account (`userId`, from the page);
// reviews travel through a queue on the device, so a session started online
// goes on offline and nothing is lost, counted twice or sent as another
// account's.
//
// Contract:
// - submitReview(r) records one review. It resolves once the review is safe
//   (sent, or kept for sending later) and rejects only if it was lost. The
//   same reviewId may be sent any number of times: the server stores it once.
// - undo() undoes the learner's last review, after any review still on its way.
// - loadQueue() returns the next cards to review, as the server scheduled them.
import type { QueueEntry } from "@/lib/srs/flashcard";
import { dropPendingReview, enqueueReview, flushReviews } from "./offline-queue";
import type { Rating } from "@/lib/srs/scheduler";

export type { QueueEntry };

export type ReviewToSubmit = {
  /** crypto.randomUUID(), made once per review: the idempotency key. */
  reviewId: string;
  /** The signed-in account that made it: only that account sends it. */
  userId: string;
  itemId: string;
  rating: Rating;
  /** ISO 8601, when the learner rated the card. */
  reviewedAt: string;
};

// Reviews go to a queue on the device first (components/review/offline-queue.ts)
// and from there to the server, now or when the connection returns; undos
// follow in order.
let pending: Promise<unknown> = Promise.resolve();
let lastReviewId: string | null = null;

function inOrder<T>(task: () => Promise<T>): Promise<T> {
  const next = pending.then(task, task);
  pending = next.catch(() => undefined);
  return next;
}

async function send(url: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(url, { ...init, headers: { "Content-Type": "application/json", ...init?.headers }, credentials: "same-origin" });
  if (!response.ok) throw new Error(response.status === 401 ? "Your session has ended. Sign in again." : `The server answered ${response.status}.`);
  return response;
}

/** Resolves once the review is kept on the device; it is sent at once if the device is online. */
export function submitReview(review: ReviewToSubmit): Promise<void> {
  return inOrder(async () => {
    await enqueueReview(review);
    lastReviewId = review.reviewId;
    void flushReviews(review.userId);
  });
}

/**
 * Undoes the last review. One still waiting on the device is simply dropped
 * (this works offline); one the server has is undone there.
 */
export function undo(userId: string): Promise<void> {
  return inOrder(async () => {
    const reviewId = lastReviewId;
    lastReviewId = null;
    if (reviewId && (await dropPendingReview(reviewId))) return;
    await flushReviews(userId);
    await send("/api/reviews/undo", { method: "POST", body: JSON.stringify(reviewId ? { reviewId } : {}) });
  });
}

/**
 * The next cards; with `assignmentId`, only that assignment's cards still to
 * review. Reviews on the device go first, so the server does not hand back
 * a card just rated (an assignment's queue is its cards not reviewed yet).
 */
export function loadQueue(userId: string, assignmentId?: string): Promise<QueueEntry[]> {
  return inOrder(async () => {
    // The server must have the reviews made on this device first, or it would hand back the cards just rated.
    // Offline, they stay queued and the fetch below fails as it would anyway.
    await flushReviews(userId).catch(() => undefined);
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const scope = assignmentId ? `&assignment=${encodeURIComponent(assignmentId)}` : "";
    const response = await send(`/api/reviews/queue?limit=50&timeZone=${encodeURIComponent(timeZone)}${scope}`);
    return ((await response.json()) as { entries: QueueEntry[] }).entries;
  });
}
