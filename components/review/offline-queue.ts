// Reviews waiting to reach the server, kept on the device (IndexedDB) so
// that none is lost offline or on a reload. Each review carries the id the
// device gave it; the server stores a review id once, so sending one twice
// (a retry after a lost response) never counts it twice.
import { openDB, type DBSchema, type IDBPDatabase } from "idb";

export type PendingReview = { reviewId: string; itemId: string; rating: 1 | 2 | 3 | 4; reviewedAt: string };

type ReviewResult = { reviewId: string; status: "stored" | "duplicate" | "rejected" };

interface QueueSchema extends DBSchema {
  pending: { key: string; value: PendingReview & { queuedAt: number } };
}

const CHANGED = "factdeck:pending-reviews";
let database: Promise<IDBPDatabase<QueueSchema>> | undefined;

function db() {
  database ??= openDB<QueueSchema>("factdeck-reviews", 1, {
    upgrade(upgrade) {
      upgrade.createObjectStore("pending", { keyPath: "reviewId" });
    },
  });
  return database;
}

function announceChange() {
  window.dispatchEvent(new Event(CHANGED));
}

/** Keeps a review on the device until the server has it. */
export async function enqueueReview(review: PendingReview): Promise<void> {
  await (await db()).put("pending", { ...review, queuedAt: Date.now() });
  announceChange();
}

export async function pendingReviews(): Promise<PendingReview[]> {
  const all = await (await db()).getAll("pending");
  return all.sort((a, b) => a.queuedAt - b.queuedAt).map(({ queuedAt: _queuedAt, ...review }) => review);
}

export async function pendingCount(): Promise<number> {
  return (await db()).count("pending");
}

// Sending and dropping take turns, so a review cannot be dropped on the
// device while a request carrying it is on its way to the server.
let turn: Promise<unknown> = Promise.resolve();
function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const next = turn.then(task, task);
  turn = next.catch(() => undefined);
  return next;
}

/**
 * Removes a review that has not reached the server (the learner undid it,
 * perhaps offline). False when the server already has it.
 */
export function dropPendingReview(reviewId: string): Promise<boolean> {
  return exclusive(async () => {
    const store = (await db()).transaction("pending", "readwrite").store;
    const existing = await store.get(reviewId);
    if (existing) await store.delete(reviewId);
    announceChange();
    return Boolean(existing);
  });
}

let flushing: Promise<void> | null = null;
/** A flush was asked for while a request was on its way: reviews queued since then are not in it. */
let isFlushWanted = false;

/**
 * Sends every waiting review in one request, oldest first, and forgets those
 * the server answered for (stored, already stored, or refused as invalid).
 * A call while a request is on its way shares it, and one more request then
 * carries what was queued in the meantime; the promise settles after both.
 * Network failures leave the queue as it is for the next try.
 */
export function flushReviews(): Promise<void> {
  if (flushing) {
    isFlushWanted = true;
    return flushing;
  }
  flushing = (async () => {
    try {
      do {
        isFlushWanted = false;
        await exclusive(sendPendingReviews);
      } while (isFlushWanted);
    } finally {
      flushing = null;
    }
  })();
  return flushing;
}

async function sendPendingReviews(): Promise<void> {
  try {
    const reviews = await pendingReviews();
    if (reviews.length === 0) return;
    const response = await fetch("/api/reviews", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ reviews }),
    });
    if (!response.ok) return;
    const { results } = (await response.json()) as { results: ReviewResult[] };
    const answered = (await db()).transaction("pending", "readwrite");
    await Promise.all(results.map((result) => answered.store.delete(result.reviewId)));
    await answered.done;
    announceChange();
  } catch {
    // Offline or the server is unreachable: try again later.
  }
}

/** Calls `listener` whenever the queue changes (on this page). */
export function onPendingChange(listener: () => void): () => void {
  window.addEventListener(CHANGED, listener);
  return () => window.removeEventListener(CHANGED, listener);
}
