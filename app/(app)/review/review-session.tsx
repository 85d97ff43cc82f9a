"use client";

import { formatByline, formatTitle } from "@/lib/content/format";
import Link from "next/link";
import { useCallback, useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from "react";
import { LocalTime } from "@/components/time/local-time";
import { loadQueue, submitReview, undo, type QueueEntry } from "@/components/review/review-client";
import type { IntervalButton } from "@/lib/srs/flashcard";
import type { Rating } from "@/lib/srs/scheduler";
import { buttonClass } from "@/components/ui/button";

/** How far (px) a swipe must travel to rate: left = Again, right = Good. */
const SWIPE_THRESHOLD = 80;

type Done = { entry: QueueEntry; due: string; ratedAt: number };

const BUTTON_STYLE: Record<Rating, string> = {
  1: "border-red-300 bg-red-50 text-red-900 hover:bg-red-100",
  2: "border-amber-300 bg-amber-50 text-amber-900 hover:bg-amber-100",
  3: "border-green-300 bg-green-50 text-green-900 hover:bg-green-100",
  4: "border-sky-300 bg-sky-50 text-sky-900 hover:bg-sky-100",
};

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

/**
 * One card at a time: the question, then (Space, or "Show answer") the
 * answer with why and the source; then a rating. Keys 1-4 rate, Z undoes;
 * on a phone, swipe left for Again and right for Good.
 */
export function ReviewSession({
  initialEntries,
  initialNextDueAt,
  loadedAt,
}: {
  initialEntries: QueueEntry[];
  initialNextDueAt: string | null;
  /** When the server made the queue (ISO). */
  loadedAt: string;
}) {
  const [queue, setQueue] = useState(initialEntries);
  const [done, setDone] = useState<Done[]>([]);
  const [isRevealed, setIsRevealed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isLoading, setIsLoading] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const [dragX, setDragX] = useState(0);
  const dragStart = useRef<{ x: number; y: number; id: number } | null>(null);
  const showAnswerRef = useRef<HTMLButtonElement>(null);
  const ratingsRef = useRef<HTMLDivElement>(null);
  const hasInteracted = useRef(false);

  const current = queue[0];

  useEffect(() => {
    if (!hasInteracted.current) return;
    if (isRevealed) ratingsRef.current?.focus({ preventScroll: true });
    else showAnswerRef.current?.focus({ preventScroll: true });
  }, [isRevealed, current]);

  const reveal = useCallback(() => {
    if (!current || isRevealed) return;
    hasInteracted.current = true;
    setIsRevealed(true);
    setAnnouncement(`Answer: ${current.flashcard.answer}. ${current.flashcard.explanation}`);
  }, [current, isRevealed]);

  const rate = useCallback(
    (rating: Rating) => {
      if (!current || !isRevealed) return;
      hasInteracted.current = true;
      const button = current.buttons.find((candidate) => candidate.rating === rating)!;
      setError(null);
      submitReview({ reviewId: crypto.randomUUID(), itemId: current.itemId, rating, reviewedAt: new Date().toISOString() }).catch((reason: unknown) =>
        setError(`Your last review was not saved. ${reason instanceof Error ? reason.message : ""}`.trim()),
      );
      setDone((previous) => [...previous, { entry: current, due: button.due, ratedAt: Date.now() }]);
      setQueue((previous) => previous.slice(1));
      if (queue.length === 1) {
        // The local queue ran out: cards in their learning steps may be due again already.
        setIsLoading(true);
        loadQueue()
          .then((entries) => setQueue((previous) => (previous.length === 0 ? entries : previous)))
          .catch(() => undefined)
          .finally(() => setIsLoading(false));
      }
      setIsRevealed(false);
      setDragX(0);
      setAnnouncement(`Rated ${button.label}. Back in ${button.interval}.`);
    },
    [current, isRevealed, queue.length],
  );

  const undoLast = useCallback(() => {
    const last = done.at(-1);
    if (!last) return;
    hasInteracted.current = true;
    setError(null);
    undo().catch(() => setError("The review could not be undone. Check your connection and try again."));
    setDone((previous) => previous.slice(0, -1));
    setQueue((previous) => [last.entry, ...previous.filter((entry) => entry.itemId !== last.entry.itemId)]);
    setIsRevealed(false);
    setAnnouncement("Last review undone.");
  }, [done]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const isOnButton = event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement;
      if ((event.key === " " || event.key === "Enter") && !isRevealed && !isOnButton) {
        event.preventDefault();
        reveal();
      } else if (["1", "2", "3", "4"].includes(event.key)) {
        rate(Number(event.key) as Rating);
      } else if (event.key === "z" || event.key === "Z") {
        undoLast();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [isRevealed, reveal, rate, undoLast]);

  function onPointerDown(event: ReactPointerEvent<HTMLDivElement>) {
    if (!isRevealed || (event.pointerType === "mouse" && event.button !== 0)) return;
    if (event.target instanceof HTMLElement && event.target.closest("button, a")) return;
    dragStart.current = { x: event.clientX, y: event.clientY, id: event.pointerId };
    event.currentTarget.setPointerCapture?.(event.pointerId);
  }

  function onPointerMove(event: ReactPointerEvent<HTMLDivElement>) {
    const start = dragStart.current;
    if (!start || start.id !== event.pointerId) return;
    const dx = event.clientX - start.x;
    if (Math.abs(dx) > Math.abs(event.clientY - start.y)) setDragX(dx);
  }

  function onPointerEnd(event: ReactPointerEvent<HTMLDivElement>) {
    const start = dragStart.current;
    dragStart.current = null;
    if (!start || start.id !== event.pointerId) return;
    const dx = event.clientX - start.x;
    const isHorizontal = Math.abs(dx) > 2 * Math.abs(event.clientY - start.y);
    if (isHorizontal && dx <= -SWIPE_THRESHOLD) rate(1);
    else if (isHorizontal && dx >= SWIPE_THRESHOLD) rate(3);
    else setDragX(0);
  }

  const undoButton = (
    <button
      type="button"
      onClick={undoLast}
      disabled={done.length === 0}
      aria-keyshortcuts="Z"
      className={buttonClass("secondary", "min-w-tap")}
    >
      Undo
    </button>
  );

  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between gap-2">
        <p className="font-medium text-slate-700">{current ? `${queue.length} left` : "0 left"}</p>
        {undoButton}
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
          style={dragX ? { transform: `translateX(${dragX}px) rotate(${dragX / 40}deg)` } : undefined}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerEnd}
          onPointerCancel={() => {
            dragStart.current = null;
            setDragX(0);
          }}
        >
          <section aria-labelledby="card-question">
            <h2 className="text-xs font-semibold uppercase tracking-wide text-slate-600">Question</h2>
            <p id="card-question" className="mt-1 text-lg font-medium break-words">
              {current.flashcard.question}
            </p>
          </section>
          {isRevealed ? (
            <CardBack entry={current} />
          ) : (
            <button
              ref={showAnswerRef}
              type="button"
              onClick={reveal}
              aria-keyshortcuts="Space"
              className={buttonClass("primary", "w-full")}
            >
              Show answer
            </button>
          )}
          {isRevealed ? (
            <div ref={ratingsRef} role="group" aria-label="How well did you remember?" tabIndex={-1} className="sticky bottom-0 space-y-2 bg-white py-2">
              <p className="text-sm text-slate-700">How well did you remember? Keys 1–4, or swipe left for Again and right for Good.</p>
              <div className="grid grid-cols-4 gap-2">
                {current.buttons.map((button) => (
                  <RatingButton key={button.rating} button={button} onRate={rate} />
                ))}
              </div>
            </div>
          ) : null}
        </article>
      ) : isLoading ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4">Looking for more cards…</p>
      ) : (
        <EmptyState {...nextDue(initialNextDueAt, done, Date.parse(loadedAt))} reviewed={done.length} />
      )}
    </div>
  );
}

function RatingButton({ button, onRate }: { button: IntervalButton; onRate: (rating: Rating) => void }) {
  return (
    <button
      type="button"
      onClick={() => onRate(button.rating)}
      aria-label={`${button.label}, ${button.interval}`}
      aria-keyshortcuts={String(button.rating)}
      className={`flex min-h-tap flex-col items-center justify-center rounded border px-1 py-2 font-medium ${BUTTON_STYLE[button.rating]}`}
    >
      <span>{button.label}</span>
      <span className="text-sm font-normal">{button.interval}</span>
    </button>
  );
}

function CardBack({ entry }: { entry: QueueEntry }) {
  const { flashcard } = entry;
  return (
    <section aria-labelledby="card-answer-heading" className="space-y-3 border-t border-slate-200 pt-4">
      <h2 id="card-answer-heading" className="text-xs font-semibold uppercase tracking-wide text-slate-600">
        Answer
      </h2>
      <p className="text-lg font-semibold break-words">{flashcard.answer}</p>
      {flashcard.explanation ? <p className="text-slate-800">{flashcard.explanation}</p> : null}
      {flashcard.sources.length > 0 ? (
        <div className="space-y-2">
          <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-600">{flashcard.sources.length > 1 ? "Sources" : "Source"}</h3>
          {flashcard.sources.map((source, index) => (
            <figure key={index} className="rounded border-l-4 border-slate-300 bg-slate-50 p-3">
              <blockquote className="break-words">“{source.quote}”</blockquote>
              <figcaption className="mt-1 text-sm text-slate-700">
                {formatByline(source)}: “{formatTitle({ title: source.title, titleIsSupplied: source.titleIsSupplied ?? false })}”
              </figcaption>
            </figure>
          ))}
        </div>
      ) : null}
    </section>
  );
}

/** The soonest card to come back, as of the last thing the learner did. */
function nextDue(initial: string | null, done: Done[], loadedAt: number): { nextDueAt: Date | null; asOf: number } {
  const asOf = Math.max(loadedAt, ...done.map((entry) => entry.ratedAt));
  const future = [initial, ...done.map((entry) => entry.due)]
    .filter((value): value is string => Boolean(value))
    .map((value) => Date.parse(value))
    .filter((time) => time > asOf);
  return { nextDueAt: future.length === 0 ? null : new Date(Math.min(...future)), asOf };
}

function EmptyState({ nextDueAt, asOf, reviewed }: { nextDueAt: Date | null; asOf: number; reviewed: number }) {
  const isSoon = nextDueAt !== null && nextDueAt.getTime() - asOf < 12 * 3_600_000;
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="text-xl font-semibold">No cards due</h2>
      {reviewed > 0 ? <p>You reviewed {reviewed === 1 ? "1 card" : `${reviewed} cards`}. Well done.</p> : null}
      <p>{isSoon ? "Come back later today." : "Come back tomorrow."}</p>
      {nextDueAt ? (
        <p className="text-slate-700">
          Next card due: <LocalTime iso={nextDueAt.toISOString()} />
        </p>
      ) : (
        <p className="text-slate-700">To add cards, open a set in the library and choose “Study this set”.</p>
      )}
      <p>
        <Link href="/home" className="inline-flex min-h-tap items-center text-brand underline">
          Back to home
        </Link>
      </p>
    </div>
  );
}
