import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import { loadQueue, submitReview, undo, type QueueEntry } from "@/components/review/review-client";
import { reviewSessionReducer, startReviewSession } from "@/lib/srs/review-session";
import type { Rating } from "@/lib/srs/scheduler";

/**
 * The session's state (lib/srs/review-session.ts) and what goes with each
 * step: a rating is sent (kept on the device first), an undo too, more cards
 * are asked for when the queue runs out, and once the learner has done
 * something the focus follows the card: to the ratings when the answer
 * shows, else to "Show answer" (attach `ratingsRef` and `showAnswerRef`).
 * With `assignmentId`, more cards come only from that assignment. Reviews
 * are the signed-in account's (`userId`): only it sends them.
 */
export function useReviewSession(userId: string, initialEntries: QueueEntry[], assignmentId?: string) {
  const [state, dispatch] = useReducer(reviewSessionReducer, initialEntries, startReviewSession);
  const [error, setError] = useState<string | null>(null);
  const showAnswerRef = useRef<HTMLButtonElement>(null);
  const ratingsRef = useRef<HTMLDivElement>(null);
  const hasInteracted = useRef(false);
  const { queue, rated, isRevealed } = state;
  const current = queue[0];

  useEffect(() => {
    if (!hasInteracted.current) return;
    if (isRevealed) ratingsRef.current?.focus({ preventScroll: true });
    else showAnswerRef.current?.focus({ preventScroll: true });
  }, [isRevealed, current]);

  const reveal = useCallback(() => {
    if (!current || isRevealed) return;
    hasInteracted.current = true;
    dispatch({ type: "reveal" });
  }, [current, isRevealed]);

  const rate = useCallback(
    (rating: Rating) => {
      if (!current || !isRevealed) return;
      hasInteracted.current = true;
      setError(null);
      const now = Date.now();
      submitReview({ reviewId: crypto.randomUUID(), userId, itemId: current.itemId, rating, reviewedAt: new Date(now).toISOString() }).catch((reason: unknown) =>
        setError(`Your last review was not saved. ${reason instanceof Error ? reason.message : ""}`.trim()),
      );
      dispatch({ type: "rate", rating, ratedAt: now });
      if (queue.length === 1) {
        loadQueue(userId, assignmentId)
          .catch((): QueueEntry[] => [])
          .then((entries) => dispatch({ type: "refill", entries }));
      }
    },
    [current, isRevealed, queue.length, assignmentId, userId],
  );

  const undoLast = useCallback(() => {
    if (rated.length === 0) return;
    hasInteracted.current = true;
    setError(null);
    undo(userId).catch(() => setError("The review could not be undone. Check your connection and try again."));
    dispatch({ type: "undo" });
  }, [rated.length, userId]);

  return { ...state, current, error, reveal, rate, undo: undoLast, showAnswerRef, ratingsRef };
}
