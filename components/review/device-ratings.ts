// The ratings this device made, per account, kept in localStorage with when
// each brings its card back (lib/srs/rated-on-device.ts decides what they
// leave out of a session). They outlive the queue: a review sent a minute
// ago is gone from the queue, but a copy of the review page kept offline
// still lists its card.
import { parseDeviceRatings, ratingsStillAhead, type DeviceRating } from "@/lib/srs/rated-on-device";

const keyOf = (userId: string) => `factdeck:rated:${userId}`;

/** The account's ratings on this device whose cards are not due again yet. */
export function deviceRatings(userId: string, now = Date.now()): DeviceRating[] {
  try {
    return ratingsStillAhead(parseDeviceRatings(JSON.parse(window.localStorage.getItem(keyOf(userId)) ?? "[]")), now);
  } catch {
    return [];
  }
}

function store(userId: string, ratings: DeviceRating[]) {
  try {
    if (ratings.length === 0) window.localStorage.removeItem(keyOf(userId));
    else window.localStorage.setItem(keyOf(userId), JSON.stringify(ratings));
  } catch {
    // Storage full or unavailable: the queue still keeps unsent reviews out of the session.
  }
}

/** Keeps a rating just made (its review is queued at the same time). */
export function rememberRating(userId: string, rating: DeviceRating) {
  store(userId, ratingsStillAhead([...deviceRatings(userId), rating], Date.now()));
}

/** The rating was undone: its card may come back. */
export function forgetRating(userId: string, reviewId: string) {
  store(userId, deviceRatings(userId).filter((rating) => rating.reviewId !== reviewId));
}
