import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import { deviceRatings, forgetRating, rememberRating } from "@/components/review/device-ratings";
import { pendingItemIds } from "@/components/review/offline-queue";
import { loadQueue, submitReview, undo, type QueueEntry } from "@/components/review/review-client";
import { ratedItemIds, withoutRated } from "@/lib/srs/rated-on-device";
import { reviewSessionReducer, startReviewSession } from "@/lib/srs/review-session";
import type { Rating } from "@/lib/srs/scheduler";

/** How long the session waits for the device's queue before going on without it (an older tab can hold it). */
const DEVICE_CHECK_MS = 2_000;

/** The cards this device rated that the server (or the page's kept copy) may not know of yet. */
async function ratedOnDevice(userId: string): Promise<Set<string>> {
  const queued = await Promise.race([
    pendingItemIds(userId).catch((): string[] => []),
    new Promise<string[]>((resolve) => window.setTimeout(() => resolve([]), DEVICE_CHECK_MS)),
  ]);
  return ratedItemIds(queued, deviceRatings(userId), Date.now());
}

/**
 * The session's state (lib/srs/review-session.ts) and what goes with each
 * step: a rating is sent (kept on the device first), an undo too, more cards
 * are asked for when the queue runs out, and once the learner has done
 * something the focus follows the card: to the ratings when the answer
 * shows, else to "Show answer" (attach `ratingsRef` and `showAnswerRef`).
 * With `assignmentId`, more cards come only from that assignment. Reviews
 * are the signed-in account's (`userId`): only it sends them.
 *
 * The page may be a copy the service worker kept (offline, a reload): before
 * the first card can be turned, the cards this device already rated leave
 * the queue, so none is rated twice (lib/srs/rated-on-device.ts). A card is
 * rated once per showing: a second tap, key or swipe on it does nothing.
 */
export function useReviewSession(userId: string, initialEntries: QueueEntry[], assignmentId?: string) {
  const [state, dispatch] = useReducer(reviewSessionReducer, initialEntries, startReviewSession);
  const [error, setError] = useState<string | null>(null);
  const [isDeviceChecked, setIsDeviceChecked] = useState(false);
  const showAnswerRef = useRef<HTMLButtonElement>(null);
  const ratingsRef = useRef<HTMLDivElement>(null);
  const hasInteracted = useRef(false);
  /** The queue entry just rated: rating the same showing again would store a second review. */
  const lastRatedEntry = useRef<QueueEntry | null>(null);
  /** The review ids of this session's ratings, oldest first, for undo. */
  const reviewIds = useRef<string[]>([]);
  const { queue, rated, isRevealed } = state;
  const current = queue[0];

  const refill = useCallback(() => {
    loadQueue(userId, assignmentId)
      .catch((): QueueEntry[] => [])
      .then(async (entries) => dispatch({ type: "refill", entries: withoutRated(entries, await ratedOnDevice(userId)) }));
  }, [userId, assignmentId]);

  useEffect(() => {
    let isActive = true;
    void ratedOnDevice(userId).then((itemIds) => {
      if (!isActive) return;
      const isAllRated = initialEntries.length > 0 && initialEntries.every((entry) => itemIds.has(entry.itemId));
      dispatch({ type: "exclude", itemIds });
      setIsDeviceChecked(true);
      if (isAllRated) refill();
    });
    return () => {
      isActive = false;
    };
  }, [userId, initialEntries, refill]);

  useEffect(() => {
    if (!hasInteracted.current) return;
    if (isRevealed) ratingsRef.current?.focus({ preventScroll: true });
    else showAnswerRef.current?.focus({ preventScroll: true });
  }, [isRevealed, current]);

  const reveal = useCallback(() => {
    if (!current || isRevealed || !isDeviceChecked) return;
    hasInteracted.current = true;
    dispatch({ type: "reveal" });
  }, [current, isRevealed, isDeviceChecked]);

  const rate = useCallback(
    (rating: Rating) => {
      if (!current || !isRevealed || lastRatedEntry.current === current) return;
      const button = current.buttons.find((candidate) => candidate.rating === rating);
      if (!button) return;
      lastRatedEntry.current = current;
      hasInteracted.current = true;
      setError(null);
      const now = Date.now();
      const reviewId = crypto.randomUUID();
      reviewIds.current.push(reviewId);
      rememberRating(userId, { reviewId, itemId: current.itemId, due: button.due });
      submitReview({ reviewId, userId, itemId: current.itemId, rating, reviewedAt: new Date(now).toISOString() }).catch((reason: unknown) =>
        setError(`Your last review was not saved. ${reason instanceof Error ? reason.message : ""}`.trim()),
      );
      dispatch({ type: "rate", rating, ratedAt: now });
      if (queue.length === 1) refill();
    },
    [current, isRevealed, queue.length, refill, userId],
  );

  const undoLast = useCallback(() => {
    if (rated.length === 0) return;
    hasInteracted.current = true;
    lastRatedEntry.current = null;
    setError(null);
    const reviewId = reviewIds.current.pop();
    if (reviewId) forgetRating(userId, reviewId);
    undo(userId).catch(() => setError("The review could not be undone. Check your connection and try again."));
    dispatch({ type: "undo" });
  }, [rated.length, userId]);

  return { ...state, current, error, isDeviceChecked, reveal, rate, undo: undoLast, showAnswerRef, ratingsRef };
}
