"use client";

import { useState, useTransition } from "react";
import { studySetAction } from "./actions";

/** Adds every card of the set to the learner's flashcards and goes to review them. */
export function StudySetButton({ setSlug }: { setSlug: string }) {
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function study() {
    setError(null);
    startTransition(async () => {
      try {
        // On success the action moves on to /review.
        const result = await studySetAction({ setSlug });
        if (result && !result.ok) setError(result.error);
      } catch (reason) {
        // A redirect is thrown as a navigation, not an error: let it through.
        if (reason instanceof Error && "digest" in reason && String(reason.digest).startsWith("NEXT_REDIRECT")) throw reason;
        setError("Something went wrong. Nothing was saved; please try again.");
      }
    });
  }

  return (
    <div className="space-y-2">
      <button
        type="button"
        onClick={study}
        disabled={isPending}
        aria-disabled={isPending}
        className="inline-flex min-h-tap items-center rounded bg-brand px-4 font-medium text-white hover:bg-brand-dark disabled:opacity-70"
      >
        {isPending ? "Adding the cards…" : "Study this set"}
      </button>
      {error ? (
        <p role="alert" className="text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
