// Which cards a review session must leave out because this device already
// rated them. The review page can start from a copy the service worker kept
// (offline, a reload): that copy lists the cards as they were when it was
// made, so a card rated since would come back, and rating it again would
// store a second review of it. A card is left out while a review of it waits
// on the device (the server has not seen it), and, once sent, until the time
// that rating brings it back (what the page's copy cannot know).
import type { QueueEntry } from "./flashcard";

/** A rating made on this device: its review id, the card, and when that rating brings the card back (ISO). */
export type DeviceRating = { reviewId: string; itemId: string; due: string };

/** How many ratings a device keeps per account: a long session's worth; the oldest go first. */
export const DEVICE_RATINGS_MAX = 500;

/** The ratings still worth keeping at `now` (ms): those whose card is not due again yet, newest last, at most DEVICE_RATINGS_MAX. */
export function ratingsStillAhead(ratings: readonly DeviceRating[], now: number): DeviceRating[] {
  return ratings.filter((rating) => Date.parse(rating.due) > now).slice(-DEVICE_RATINGS_MAX);
}

/** The item ids to leave out of a session: queued (not yet sent) reviews, and ratings whose card is not due again at `now` (ms). */
export function ratedItemIds(pendingItemIds: readonly string[], ratings: readonly DeviceRating[], now: number): Set<string> {
  return new Set([...pendingItemIds, ...ratingsStillAhead(ratings, now).map((rating) => rating.itemId)]);
}

/** `entries` without the cards in `rated`, in their order. */
export function withoutRated(entries: readonly QueueEntry[], rated: ReadonlySet<string>): QueueEntry[] {
  return entries.filter((entry) => !rated.has(entry.itemId));
}

/** Reads a device's kept ratings (JSON of unknown shape), dropping anything that is not one. */
export function parseDeviceRatings(stored: unknown): DeviceRating[] {
  if (!Array.isArray(stored)) return [];
  return stored.filter(
    (value): value is DeviceRating =>
      typeof value === "object" &&
      value !== null &&
      typeof (value as DeviceRating).reviewId === "string" &&
      typeof (value as DeviceRating).itemId === "string" &&
      typeof (value as DeviceRating).due === "string" &&
      !Number.isNaN(Date.parse((value as DeviceRating).due)),
  );
}
