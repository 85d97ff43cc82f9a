// How the review session talks to the server. The session calls only these
// three functions, so how reviews travel (straight to the server today; an
// offline queue on the device later) can change without touching the UI.
//
// Contract:
// - submitReview(r) records one review. It resolves once the review is safe
//   (sent, or kept for sending later) and rejects only if it was lost. The
//   same reviewId may be sent any number of times: the server stores it once.
// - undo() undoes the learner's last review, after any review still on its way.
// - loadQueue() returns the next cards to review, as the server scheduled them.
import type { QueueEntry } from "@/lib/srs/flashcard";
import type { Rating } from "@/lib/srs/scheduler";

export type { QueueEntry };

export type ReviewToSubmit = {
  /** crypto.randomUUID(), made once per review: the idempotency key. */
  reviewId: string;
  itemId: string;
  rating: Rating;
  /** ISO 8601, when the learner rated the card. */
  reviewedAt: string;
};

// Reviews and undos reach the server in the order they were made.
let pending: Promise<unknown> = Promise.resolve();

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

export function submitReview(review: ReviewToSubmit): Promise<void> {
  return inOrder(async () => {
    const response = await send("/api/reviews", { method: "POST", body: JSON.stringify({ reviews: [review] }) });
    const { results } = (await response.json()) as { results: { status: string }[] };
    if (results[0]?.status === "rejected") throw new Error("The server refused this review.");
  });
}

export function undo(): Promise<void> {
  return inOrder(async () => {
    await send("/api/reviews/undo", { method: "POST" });
  });
}

export function loadQueue(): Promise<QueueEntry[]> {
  return inOrder(async () => {
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const response = await send(`/api/reviews/queue?limit=50&timeZone=${encodeURIComponent(timeZone)}`);
    return ((await response.json()) as { entries: QueueEntry[] }).entries;
  });
}
