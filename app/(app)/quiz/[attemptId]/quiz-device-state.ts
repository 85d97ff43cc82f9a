// What the quiz player keeps in this tab (sessionStorage) so that a reload
// comes back to the same screen: the feedback of the question just answered
// while it is open, and an answer chosen but not yet sent. Answers that were
// sent live on the server; this holds only what the server cannot know
// (decision 025). Storage may be unavailable (private modes, quota): then the
// player works as before, without it.

type Kept = { openFeedbackItemId: string | null; draft: { itemId: string; draft: unknown } | null };

const EMPTY: Kept = { openFeedbackItemId: null, draft: null };

const keyOf = (attemptId: string) => `factdeck:quiz:${attemptId}`;

/** What this tab kept for the attempt; the draft is checked by the caller (restoreDraft) before use. */
export function readKept(attemptId: string): Kept {
  try {
    const raw = window.sessionStorage.getItem(keyOf(attemptId));
    if (!raw) return EMPTY;
    const parsed = JSON.parse(raw) as Partial<Kept> | null;
    const draft = parsed?.draft;
    return {
      openFeedbackItemId: typeof parsed?.openFeedbackItemId === "string" ? parsed.openFeedbackItemId : null,
      draft: draft && typeof draft === "object" && typeof draft.itemId === "string" ? { itemId: draft.itemId, draft: draft.draft } : null,
    };
  } catch {
    return EMPTY;
  }
}

function write(attemptId: string, change: Partial<Kept>) {
  try {
    const next = { ...readKept(attemptId), ...change };
    if (next.openFeedbackItemId === null && next.draft === null) window.sessionStorage.removeItem(keyOf(attemptId));
    else window.sessionStorage.setItem(keyOf(attemptId), JSON.stringify(next));
  } catch {
    // Nothing kept: a reload starts from what the server has.
  }
}

/** The feedback of this question is open (null: the learner moved on). */
export function keepOpenFeedback(attemptId: string, itemId: string | null) {
  write(attemptId, { openFeedbackItemId: itemId });
}

/** The answer being entered for a question, not yet sent (null: sent, or nothing entered). */
export function keepDraft(attemptId: string, itemId: string, draft: unknown) {
  write(attemptId, { draft: draft === null ? null : { itemId, draft } });
}

/** The attempt is finished: nothing of it needs keeping. */
export function forgetKept(attemptId: string) {
  try {
    window.sessionStorage.removeItem(keyOf(attemptId));
  } catch {
    // Nothing was kept.
  }
}
