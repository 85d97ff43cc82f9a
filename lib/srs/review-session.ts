// A flashcard session on the device: the cards still to review, the ones
// rated so far, whether the answer is showing, and what to announce to a
// screen reader. Pure: the session's hook sends the reviews and fetches more
// cards, and reports back with these actions.
import type { QueueEntry } from "./flashcard";
import type { Rating } from "./scheduler";

/** A card rated in this session: when it comes back, and when it was rated (ms). */
export type RatedCard = { entry: QueueEntry; due: string; ratedAt: number };

export type ReviewSessionState = {
  /** The cards to review, the current one first. */
  queue: QueueEntry[];
  /** The cards rated so far, oldest first; undo takes back the last. */
  rated: RatedCard[];
  isRevealed: boolean;
  /** The queue ran out and more cards were asked for. */
  isLoading: boolean;
  /** The last thing that happened, in words, for the live region. */
  announcement: string;
};

export type ReviewSessionAction =
  | { type: "reveal" }
  | { type: "rate"; rating: Rating; ratedAt: number }
  | { type: "undo" }
  /** The cards the server has due now, after the queue ran out. */
  | { type: "refill"; entries: QueueEntry[] }
  /** Cards this device rated since the queue was made (lib/srs/rated-on-device.ts): they leave the queue. */
  | { type: "exclude"; itemIds: ReadonlySet<string> };

export function startReviewSession(entries: QueueEntry[]): ReviewSessionState {
  return { queue: entries, rated: [], isRevealed: false, isLoading: false, announcement: "" };
}

/** The next state; an action that does not apply (rate before reveal, undo with nothing rated) leaves the state as it is. */
export function reviewSessionReducer(state: ReviewSessionState, action: ReviewSessionAction): ReviewSessionState {
  const current = state.queue[0];
  switch (action.type) {
    case "reveal":
      if (!current || state.isRevealed) return state;
      return { ...state, isRevealed: true, announcement: `Answer: ${current.flashcard.answer}. ${current.flashcard.explanation}` };
    case "rate": {
      const button = current?.buttons.find((candidate) => candidate.rating === action.rating);
      if (!current || !button || !state.isRevealed) return state;
      const queue = state.queue.slice(1);
      return {
        queue,
        rated: [...state.rated, { entry: current, due: button.due, ratedAt: action.ratedAt }],
        isRevealed: false,
        // The local queue ran out: cards in their learning steps may be due again already.
        isLoading: state.isLoading || queue.length === 0,
        announcement: `Rated ${button.label}. Back in ${button.interval}.`,
      };
    }
    case "undo": {
      const last = state.rated.at(-1);
      if (!last) return state;
      return {
        ...state,
        queue: [last.entry, ...state.queue.filter((entry) => entry.itemId !== last.entry.itemId)],
        rated: state.rated.slice(0, -1),
        isRevealed: false,
        announcement: "Last review undone.",
      };
    }
    case "exclude": {
      const queue = state.queue.filter((entry) => !action.itemIds.has(entry.itemId));
      if (queue.length === state.queue.length) return state;
      const isCurrentGone = queue[0] !== current;
      return { ...state, queue, isRevealed: isCurrentGone ? false : state.isRevealed, isLoading: state.isLoading || queue.length === 0 };
    }
    case "refill":
      // Cards put back by an undo meanwhile are kept; the new ones would repeat them.
      return { ...state, queue: state.queue.length === 0 ? action.entries : state.queue, isLoading: false };
  }
}

/**
 * When the learner can come back: the soonest card due after the last thing
 * they did (the queue loaded at `loadedAt`, ms, or their last rating), and
 * whether that is within 12 hours.
 */
export function nextDue(initialNextDueAt: string | null, rated: RatedCard[], loadedAt: number): { nextDueAt: Date | null; isSoon: boolean } {
  const asOf = Math.max(loadedAt, ...rated.map((card) => card.ratedAt));
  const future = [initialNextDueAt, ...rated.map((card) => card.due)]
    .filter((value): value is string => Boolean(value))
    .map((value) => Date.parse(value))
    .filter((time) => time > asOf);
  const nextDueAt = future.length === 0 ? null : new Date(Math.min(...future));
  return { nextDueAt, isSoon: nextDueAt !== null && nextDueAt.getTime() - asOf < 12 * 3_600_000 };
}
