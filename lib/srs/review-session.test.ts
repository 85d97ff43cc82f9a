import { describe, expect, it } from "vitest";
import type { QueueEntry } from "./flashcard";
import { nextDue, reviewSessionReducer, startReviewSession, type ReviewSessionAction, type ReviewSessionState } from "./review-session";
import type { Rating } from "./scheduler";

const LOADED_AT = Date.parse("2026-03-10T09:00:00.000Z");
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function entry(itemId: string): QueueEntry {
  const due = (minutes: number) => new Date(LOADED_AT + minutes * MINUTE).toISOString();
  return {
    itemId,
    isNew: false,
    flashcard: { question: `Question ${itemId}?`, answer: `Answer ${itemId}`, explanation: `Because ${itemId}.`, sources: [] },
    buttons: [
      { rating: 1, label: "Again", interval: "1 min", due: due(1) },
      { rating: 2, label: "Hard", interval: "6 min", due: due(6) },
      { rating: 3, label: "Good", interval: "10 min", due: due(10) },
      { rating: 4, label: "Easy", interval: "3 days", due: due(3 * 24 * 60) },
    ],
  };
}

const A = entry("a");
const B = entry("b");
const C = entry("c");

function run(state: ReviewSessionState, ...actions: ReviewSessionAction[]): ReviewSessionState {
  return actions.reduce(reviewSessionReducer, state);
}

const reveal: ReviewSessionAction = { type: "reveal" };
const undo: ReviewSessionAction = { type: "undo" };
function rate(rating: Rating, ratedAt = LOADED_AT + MINUTE): ReviewSessionAction {
  return { type: "rate", rating, ratedAt };
}
function refill(...entries: QueueEntry[]): ReviewSessionAction {
  return { type: "refill", entries };
}

describe("startReviewSession", () => {
  it("shows the first card's question, with nothing rated or announced", () => {
    expect(startReviewSession([A, B])).toEqual({ queue: [A, B], rated: [], isRevealed: false, isLoading: false, announcement: "" });
  });
});

describe("reveal", () => {
  it("shows the answer and announces it with the explanation", () => {
    const state = run(startReviewSession([A, B]), reveal);
    expect(state.isRevealed).toBe(true);
    expect(state.queue).toEqual([A, B]);
    expect(state.announcement).toBe("Answer: Answer a. Because a.");
  });

  it("does nothing a second time, or with no card to show", () => {
    const revealed = run(startReviewSession([A]), reveal);
    expect(reviewSessionReducer(revealed, reveal)).toBe(revealed);
    const empty = startReviewSession([]);
    expect(reviewSessionReducer(empty, reveal)).toBe(empty);
  });
});

describe("rate", () => {
  it("moves on to the next card's question, keeps when the rated card is due, and announces the rating", () => {
    const state = run(startReviewSession([A, B]), reveal, rate(3, LOADED_AT + 2 * MINUTE));
    expect(state.queue).toEqual([B]);
    expect(state.rated).toEqual([{ entry: A, due: A.buttons[2]!.due, ratedAt: LOADED_AT + 2 * MINUTE }]);
    expect(state.isRevealed).toBe(false);
    expect(state.isLoading).toBe(false);
    expect(state.announcement).toBe("Rated Good. Back in 10 min.");
  });

  it("uses the button of the rating given", () => {
    expect(run(startReviewSession([A]), reveal, rate(1)).announcement).toBe("Rated Again. Back in 1 min.");
    expect(run(startReviewSession([A]), reveal, rate(4)).rated[0]!.due).toBe(A.buttons[3]!.due);
  });

  it("does nothing before the answer is shown", () => {
    const state = startReviewSession([A, B]);
    expect(reviewSessionReducer(state, rate(3))).toBe(state);
  });

  it("does nothing with no card, or with a rating the card has no button for", () => {
    const empty = startReviewSession([]);
    expect(reviewSessionReducer(empty, rate(3))).toBe(empty);
    const revealed = run(startReviewSession([{ ...A, buttons: A.buttons.slice(0, 2) }]), reveal);
    expect(reviewSessionReducer(revealed, rate(3))).toBe(revealed);
  });

  it("asks for more cards once the last one is rated", () => {
    const state = run(startReviewSession([A, B]), reveal, rate(3), reveal, rate(3));
    expect(state.queue).toEqual([]);
    expect(state.rated.map((card) => card.entry)).toEqual([A, B]);
    expect(state.isLoading).toBe(true);
  });
});

describe("undo", () => {
  it("puts the last rated card back in front, question side up", () => {
    const state = run(startReviewSession([A, B, C]), reveal, rate(3), reveal, rate(1), reveal, undo);
    expect(state.queue).toEqual([B, C]);
    expect(state.rated.map((card) => card.entry)).toEqual([A]);
    expect(state.isRevealed).toBe(false);
    expect(state.announcement).toBe("Last review undone.");
  });

  it("goes back one rating at a time", () => {
    const state = run(startReviewSession([A, B]), reveal, rate(3), reveal, rate(3), undo, undo);
    expect(state.queue).toEqual([A, B]);
    expect(state.rated).toEqual([]);
  });

  it("does nothing with nothing to undo", () => {
    const fresh = startReviewSession([A]);
    expect(reviewSessionReducer(fresh, undo)).toBe(fresh);
    const undone = run(fresh, reveal, rate(3), undo);
    expect(reviewSessionReducer(undone, undo)).toBe(undone);
  });

  it("does not show the undone card twice when the server had queued it again", () => {
    const state = run(startReviewSession([A]), reveal, rate(1), refill(A, B), undo);
    expect(state.queue).toEqual([A, B]);
  });
});

describe("refill", () => {
  it("fills the empty queue with the server's cards and stops loading", () => {
    const state = run(startReviewSession([A]), reveal, rate(3), refill(B, C));
    expect(state.queue).toEqual([B, C]);
    expect(state.isLoading).toBe(false);
    expect(state.rated.map((card) => card.entry)).toEqual([A]);
  });

  it("keeps a card put back by an undo while loading, without adding the server's cards after it", () => {
    const state = run(startReviewSession([A]), reveal, rate(3), undo, refill(A, B));
    expect(state.queue).toEqual([A]);
    expect(state.isLoading).toBe(false);
  });

  it("with no cards (the server had none, or could not be reached) leaves the session done", () => {
    const state = run(startReviewSession([A]), reveal, rate(3), refill());
    expect(state.queue).toEqual([]);
    expect(state.isLoading).toBe(false);
    expect(state.announcement).toBe("Rated Good. Back in 10 min.");
  });
});

describe("nextDue", () => {
  it("is the server's next due card when nothing was rated", () => {
    const due = new Date(LOADED_AT + 2 * HOUR).toISOString();
    expect(nextDue(due, [], LOADED_AT)).toEqual({ nextDueAt: new Date(due), isSoon: true });
  });

  it("is the soonest of the server's card and the cards rated, after the last rating", () => {
    const rated = run(startReviewSession([A, B]), reveal, rate(4, LOADED_AT + MINUTE), reveal, rate(3, LOADED_AT + 3 * MINUTE)).rated;
    expect(nextDue(new Date(LOADED_AT + 20 * HOUR).toISOString(), rated, LOADED_AT)).toEqual({ nextDueAt: new Date(B.buttons[2]!.due), isSoon: true });
  });

  it("skips cards already due again by the last rating", () => {
    // A is back after 1 minute, but B was rated 5 minutes in.
    const rated = run(startReviewSession([A, B]), reveal, rate(1, LOADED_AT), reveal, rate(4, LOADED_AT + 5 * MINUTE)).rated;
    expect(nextDue(null, rated, LOADED_AT)).toEqual({ nextDueAt: new Date(B.buttons[3]!.due), isSoon: false });
  });

  it("counts 12 hours or more as not soon", () => {
    expect(nextDue(new Date(LOADED_AT + 12 * HOUR - 1).toISOString(), [], LOADED_AT).isSoon).toBe(true);
    expect(nextDue(new Date(LOADED_AT + 12 * HOUR).toISOString(), [], LOADED_AT).isSoon).toBe(false);
  });

  it("is null when no card is due later", () => {
    expect(nextDue(null, [], LOADED_AT)).toEqual({ nextDueAt: null, isSoon: false });
    expect(nextDue(new Date(LOADED_AT - HOUR).toISOString(), [], LOADED_AT)).toEqual({ nextDueAt: null, isSoon: false });
  });
});

describe("exclude", () => {
  const exclude = (...itemIds: string[]): ReviewSessionAction => ({ type: "exclude", itemIds: new Set(itemIds) });

  it("takes the cards this device already rated out of the queue, question side up if the current one went", () => {
    const state = run(startReviewSession([A, B, C]), reveal, exclude("a", "c"));
    expect(state.queue).toEqual([B]);
    expect(state.isRevealed).toBe(false);
    expect(state.isLoading).toBe(false);
  });

  it("leaves the shown answer alone when the current card stays", () => {
    const state = run(startReviewSession([A, B]), reveal, exclude("b"));
    expect(state.queue).toEqual([A]);
    expect(state.isRevealed).toBe(true);
  });

  it("asks for more cards when every card was rated already, and changes nothing when none was", () => {
    expect(run(startReviewSession([A]), exclude("a"))).toMatchObject({ queue: [], isLoading: true });
    const start = startReviewSession([A, B]);
    expect(run(start, exclude("z"))).toBe(start);
  });
});
