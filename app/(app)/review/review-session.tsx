"use client";

import { buttonClass } from "@/components/ui/button";
import type { QueueEntry } from "@/components/review/review-client";
import { nextDue } from "@/lib/srs/review-session";
import { CardBack } from "./card-back";
import { AssignmentDone, EmptyState } from "./empty-state";
import { RatingButtons } from "./rating-buttons";
import { useReviewKeys } from "./use-review-keys";
import { useReviewSession } from "./use-review-session";
import { useSwipe } from "./use-swipe";

/**
 * One card at a time: the question, then (Space, or "Show answer") the
 * answer with why and the source; then a rating. Keys 1-4 rate, Z undoes;
 * on a phone, swipe left for Again and right for Good.
 */
export function ReviewSession({
  userId,
  initialEntries,
  initialNextDueAt,
  loadedAt,
  assignment,
}: {
  /** The signed-in account: the reviews are its own. */
  userId: string;
  initialEntries: QueueEntry[];
  initialNextDueAt: string | null;
  /** When the server made the queue (ISO). */
  loadedAt: string;
  /** Reviewing one assignment's cards only. */
  assignment?: { id: string; title: string };
}) {
  const { queue, rated, current, isRevealed, isLoading, announcement, error, isDeviceChecked, reveal, rate, undo, showAnswerRef, ratingsRef } = useReviewSession(
    userId,
    initialEntries,
    assignment?.id,
  );
  useReviewKeys({ isRevealed, reveal, rate, undo });
  const swipe = useSwipe({ isEnabled: isRevealed, onSwipe: (direction) => rate(direction === "left" ? 1 : 3) });

  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between gap-2">
        <p className="font-medium text-slate-700">{current ? `${queue.length} left` : "0 left"}</p>
        <button
          type="button"
          onClick={undo}
          disabled={rated.length === 0}
          aria-keyshortcuts="Z"
          className={buttonClass("secondary", "min-w-tap")}
        >
          Undo
        </button>
      </div>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {error ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {error}
        </p>
      ) : null}
      {current ? (
        <article
          aria-label="Flashcard"
          className="touch-pan-y space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
          style={swipe.style}
          {...swipe.handlers}
        >
          <section aria-labelledby="card-question">
            <h2 className="text-xs font-semibold uppercase tracking-wide text-slate-600">Question</h2>
            <p id="card-question" className="mt-1 text-lg font-medium break-words">
              {current.flashcard.question}
            </p>
          </section>
          {isRevealed ? (
            <>
              <CardBack flashcard={current.flashcard} />
              <RatingButtons ref={ratingsRef} buttons={current.buttons} onRate={rate} />
            </>
          ) : (
            // Disabled for the moment it takes to check the cards this device already rated.
            <button
              ref={showAnswerRef}
              type="button"
              onClick={reveal}
              disabled={!isDeviceChecked}
              aria-keyshortcuts="Space"
              className={buttonClass("primary", "w-full")}
            >
              Show answer
            </button>
          )}
        </article>
      ) : isLoading ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4">Looking for more cards…</p>
      ) : assignment ? (
        <AssignmentDone assignment={assignment} reviewed={rated.length} />
      ) : (
        <EmptyState {...nextDue(initialNextDueAt, rated, Date.parse(loadedAt))} reviewed={rated.length} />
      )}
    </div>
  );
}
