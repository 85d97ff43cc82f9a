"use client";

import { useEffect, useId, useRef, useState, useTransition, type ReactNode } from "react";
import { UNEXPECTED_ERROR, type ActionResult } from "@/lib/actions/result";
import { BUTTON, type ButtonVariant } from "./button";
import { isNavigation } from "./use-action-form";

type Props = {
  /** A server action taking the `fields` as form data. */
  action: (formData: FormData) => Promise<ActionResult<unknown>>;
  fields: Record<string, string>;
  /** The button's content, and its accessible name unless `ariaLabel` gives one. */
  children: ReactNode;
  /** A fuller name for screen readers ("Leave Form 3 History" for a button that says "Leave"). */
  ariaLabel?: string;
  pendingLabel: string;
  variant?: ButtonVariant;
  /** Ask first: the question, and the name of the button that goes ahead. */
  confirm?: { question: string; confirmLabel: string };
  /** Called after the action succeeded; it then decides where focus goes (this component may be gone after the refresh). */
  onSuccess?: () => void;
};

/** One button that runs one server action, with an optional confirm step and its error shown beside it. */
export function ActionButton({ action, fields, children, ariaLabel, pendingLabel, variant = "secondary", confirm, onSuccess }: Props) {
  const [isConfirming, setIsConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const triggerRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  const errorId = useId();
  // Where keyboard focus goes once the confirm step opens or closes.
  const focusNext = useRef<"cancel" | "trigger" | null>(null);

  useEffect(() => {
    if (focusNext.current === "cancel") cancelRef.current?.focus();
    if (focusNext.current === "trigger") triggerRef.current?.focus();
    focusNext.current = null;
  }, [isConfirming]);

  function run() {
    if (isPending) return;
    const formData = new FormData();
    for (const [key, value] of Object.entries(fields)) formData.set(key, value);
    setError(null);
    startTransition(async () => {
      let result: ActionResult<unknown> | undefined;
      try {
        result = await action(formData);
      } catch (reason) {
        // An action that moves on (a redirect) is a navigation, not a failure.
        if (isNavigation(reason)) throw reason;
        setError(UNEXPECTED_ERROR);
        return;
      }
      if (!result) return;
      if (!result.ok) {
        setError(result.error);
        return;
      }
      if (confirm) {
        // The confirm buttons go away: put focus back where the user started,
        // unless the caller moves it (the button itself may be going away).
        if (!onSuccess) focusNext.current = "trigger";
        setIsConfirming(false);
      }
      onSuccess?.();
    });
  }

  function startConfirming() {
    if (isPending) return;
    setError(null);
    // Focus the safe choice once the question is on screen.
    focusNext.current = "cancel";
    setIsConfirming(true);
  }

  function cancel() {
    focusNext.current = "trigger";
    setIsConfirming(false);
  }

  const errorMessage = error ? (
    <p id={errorId} role="alert" className="text-sm font-medium text-red-700">
      {error}
    </p>
  ) : null;

  if (confirm && isConfirming) {
    return (
      <div role="group" aria-labelledby={questionId} className="space-y-2 rounded border border-red-300 bg-red-50 p-3">
        <p id={questionId} className="font-medium text-red-900">
          {confirm.question}
        </p>
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            onClick={run}
            aria-disabled={isPending}
            aria-describedby={error ? errorId : undefined}
            className={variant === "primary" ? BUTTON.primary : BUTTON.dangerSolid}
          >
            {isPending ? pendingLabel : confirm.confirmLabel}
          </button>
          <button ref={cancelRef} type="button" onClick={isPending ? undefined : cancel} aria-disabled={isPending} className={BUTTON.secondary}>
            Cancel
          </button>
        </div>
        {errorMessage}
      </div>
    );
  }

  return (
    <div className="space-y-1">
      <button
        ref={triggerRef}
        type="button"
        onClick={confirm ? startConfirming : run}
        aria-label={ariaLabel}
        aria-disabled={isPending}
        aria-describedby={error ? errorId : undefined}
        className={BUTTON[variant]}
      >
        {isPending ? pendingLabel : children}
      </button>
      {errorMessage}
    </div>
  );
}
