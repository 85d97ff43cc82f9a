"use client";

import { useState, useTransition } from "react";
import { buttonClass } from "@/components/ui/button";
import { isNavigation } from "@/components/ui/use-action-form";
import { UNEXPECTED_ERROR } from "@/lib/actions/result";
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
        if (isNavigation(reason)) throw reason;
        setError(UNEXPECTED_ERROR);
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
        className={buttonClass("primary")}
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
