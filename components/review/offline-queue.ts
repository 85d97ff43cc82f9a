// Reviews waiting to reach the server, kept on the device (IndexedDB) so
// that none is lost offline or on a reload. Each review carries the id the
// device gave it; the server stores a review id once, so sending one twice
// (a retry after a lost response) never counts it twice.
//
// Each review also carries the account that made it. A phone can be shared:
// the account signed in when the queue is sent is not always the one that
// made the reviews, so only the signed-in account's reviews are sent, and
// the others wait on the device for their own account (decision 023).
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import { answeredReviews, queueNotices, splitByOwner, type QueuedReview } from "@/lib/srs/device-queue";
import type { ReviewResultJson } from "@/lib/srs/review-request";

export type PendingReview = Omit<QueuedReview, "queuedAt">;

interface QueueSchema extends DBSchema {
  pending: { key: string; value: QueuedReview };
}

/**
 * Version 2: every row names its account. Version 1 rows do not, so the
 * upgrade drops them (they cannot be attributed) and says how many. The
 * version change also keeps rows of the new shape away from a tab still
 * running the old code, which would send them under whoever is signed in.
 */
const QUEUE_VERSION = 2;
const CHANGED = "factdeck:pending-reviews";
let database: Promise<IDBPDatabase<QueueSchema>> | undefined;

/** What happened to the queue on this page, for the learner (lib/srs/device-queue.ts words it). */
const dropped = { unowned: 0, conflicts: 0 };
let isBlocked = false;

function db() {
  database ??= openDB<QueueSchema>("factdeck-reviews", QUEUE_VERSION, {
    async upgrade(upgrade, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) {
        upgrade.createObjectStore("pending", { keyPath: "reviewId" });
        return;
      }
      if (oldVersion < 2) {
        let cursor = await transaction.objectStore("pending").openCursor();
        while (cursor) {
          if (!cursor.value.userId) {
            await cursor.delete();
            dropped.unowned++;
          }
          cursor = await cursor.continue();
        }
      }
    },
    // An older tab keeps the version 1 queue open: the upgrade waits until it closes.
    blocked() {
      isBlocked = true;
      announceChange();
    },
    // A newer version wants to upgrade: let it, and open again on the next use.
    blocking() {
      void database?.then((open) => open.close());
      database = undefined;
    },
  }).then((open) => {
    if (isBlocked || dropped.unowned > 0) {
      isBlocked = false;
      announceChange();
    }
    return open;
  });
  return database;
}

function announceChange() {
  window.dispatchEvent(new Event(CHANGED));
}

/** Keeps a review on the device until its account sends it. */
export async function enqueueReview(review: PendingReview): Promise<void> {
  await (await db()).put("pending", { ...review, queuedAt: Date.now() });
  announceChange();
}

/** How many of `userId`'s reviews wait on this device, and the notices about the queue. */
export async function queueStatus(userId: string): Promise<{ count: number; notices: string[] }> {
  const { own, othersCount } = splitByOwner(await (await db()).getAll("pending"), userId);
  return {
    count: own.length,
    notices: queueNotices({ othersCount, unownedDropped: dropped.unowned, conflictsDropped: dropped.conflicts, isBlocked }),
  };
}

/** The cards of `userId`'s reviews waiting on this device: a session leaves them out (the server has not seen these reviews). */
export async function pendingItemIds(userId: string): Promise<string[]> {
  return splitByOwner(await (await db()).getAll("pending"), userId).own.map((review) => review.itemId);
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

let flushing: { userId: string; done: Promise<void> } | null = null;
/** A flush was asked for while a request was on its way: reviews queued since then are not in it. */
let isFlushWanted = false;

/**
 * Sends `userId`'s waiting reviews in one request, oldest first, and forgets
 * those the server answered for (stored, already stored, refused as invalid,
 * or in conflict with a different review of the same id). Other accounts'
 * reviews stay. A call while a request is on its way shares it, and one more
 * request then carries what was queued in the meantime; the promise settles
 * after both. Network failures, and a server that says the signed-in
 * account is not `userId`, leave the queue as it is.
 */
export function flushReviews(userId: string): Promise<void> {
  if (flushing) {
    if (flushing.userId !== userId) return flushing.done.then(() => flushReviews(userId));
    isFlushWanted = true;
    return flushing.done;
  }
  const done = (async () => {
    try {
      do {
        isFlushWanted = false;
        await exclusive(() => sendPendingReviews(userId));
      } while (isFlushWanted);
    } finally {
      flushing = null;
    }
  })();
  flushing = { userId, done };
  return done;
}

async function sendPendingReviews(userId: string): Promise<void> {
  try {
    const { own } = splitByOwner(await (await db()).getAll("pending"), userId);
    if (own.length === 0) return;
    const response = await fetch("/api/reviews", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ userId, reviews: own.map(({ queuedAt: _queuedAt, userId: _userId, ...review }) => review) }),
    });
    // 409: the only review sent conflicts; its result is in the body like any other.
    if (!response.ok && response.status !== 409) return;
    const { results } = (await response.json()) as { results: ReviewResultJson[] };
    const { forget, conflicts } = answeredReviews(results);
    const answered = (await db()).transaction("pending", "readwrite");
    await Promise.all(forget.map((reviewId) => answered.store.delete(reviewId)));
    await answered.done;
    dropped.conflicts += conflicts;
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
