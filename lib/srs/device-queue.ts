// What the device's queue of reviews decides, without IndexedDB: whose
// reviews a signed-in account may send, what to forget once the server has
// answered, and what to tell the learner (components/review/offline-queue.ts
// keeps the rows).
import type { ReviewResultJson } from "./review-request";

/** A review kept on the device: made by the account `userId`, with the id the device gave it. */
export type QueuedReview = {
  reviewId: string;
  /** The account signed in when the review was made; only it may send the review. */
  userId: string;
  itemId: string;
  rating: 1 | 2 | 3 | 4;
  reviewedAt: string;
  /** Date.now() when it was queued: reviews are sent in the order they were made. */
  queuedAt: number;
};

export type QueueSplit = {
  /** The signed-in account's reviews, oldest first: the ones to send. */
  own: QueuedReview[];
  /** Reviews of other accounts on this device, kept for them. */
  othersCount: number;
};

/** The signed-in account's reviews, oldest first, and how many belong to other accounts. */
export function splitByOwner(rows: readonly QueuedReview[], userId: string): QueueSplit {
  const own = rows.filter((row) => row.userId === userId).sort((a, b) => a.queuedAt - b.queuedAt);
  return { own, othersCount: rows.length - own.length };
}

/**
 * The ids to forget after the server answered: every review it gave a
 * result for (each status is final), and how many of them were conflicts.
 */
export function answeredReviews(results: readonly ReviewResultJson[]): { forget: string[]; conflicts: number } {
  const forget = results.flatMap((result) => (result.reviewId === null ? [] : [result.reviewId]));
  return { forget, conflicts: results.filter((result) => result.status === "conflict").length };
}

function reviews(count: number): string {
  return count === 1 ? "1 review" : `${count} reviews`;
}

export type QueueNoticeCounts = {
  /** Reviews of other accounts waiting on this device. */
  othersCount: number;
  /** Reviews queued before reviews carried their account, dropped. */
  unownedDropped: number;
  /** Reviews the server answered "conflict", dropped. */
  conflictsDropped: number;
  /** Another tab holds the queue open with an older version of the app. */
  isBlocked: boolean;
};

/**
 * What the learner is told about the queue beyond "waiting to sync". Other
 * accounts are counted, never named: the phone may be shared by a class.
 */
export function queueNotices({ othersCount, unownedDropped, conflictsDropped, isBlocked }: QueueNoticeCounts): string[] {
  return [
    isBlocked ? "Factdeck is open in another tab with an older version. Close that tab so reviews can be saved on this device." : null,
    othersCount > 0 ? `${reviews(othersCount)} from another account on this device ${othersCount === 1 ? "is" : "are"} waiting for it to sign in.` : null,
    unownedDropped > 0 ? `${reviews(unownedDropped)} made before this update could not be sent: this device did not record whose ${unownedDropped === 1 ? "it was" : "they were"}.` : null,
    conflictsDropped > 0
      ? `${reviews(conflictsDropped)} could not be saved: the server already had a different review with the same id.`
      : null,
  ].filter((notice): notice is string => notice !== null);
}
