"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { UNEXPECTED_ERROR, type ActionResult } from "@/lib/actions/result";

type Options<T> = {
  /** Runs after the action succeeded, inside the same transition (sign in, go to the new page). */
  onSuccess?: (data: T, formData: FormData) => void | Promise<void>;
};

export type ActionForm<T> = {
  result: ActionResult<T> | null;
  /** The form-level message of a failed action, for <FormAlert>. */
  error: string | null;
  fieldErrors: Record<string, string[]> | undefined;
  isPending: boolean;
  /** For <form onSubmit>: sends the form's data to the action and keeps what was typed. */
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
};

/**
 * A form wired to a server action through React's useActionState: pending
 * state, the action's result with its field errors, and one message when the
 * action throws (the network or the server broke; nothing was saved). An
 * action that moves on (redirect) returns nothing and leaves no result.
 */
export function useActionForm<T = undefined>(action: (formData: FormData) => Promise<ActionResult<T> | undefined | void>, options: Options<T> = {}): ActionForm<T> {
  // React calls the function of the latest render, so `options` is always current.
  const [result, dispatch, isPending] = useActionState(async (_previous: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T> | null> => {
    let outcome: ActionResult<T> | undefined | void;
    try {
      outcome = await action(formData);
    } catch (reason) {
      if (isNavigation(reason)) throw reason;
      return { ok: false, error: UNEXPECTED_ERROR };
    }
    if (outcome?.ok) await options.onSuccess?.(outcome.data, formData);
    return outcome ?? null;
  }, null);
  return {
    result,
    error: result && !result.ok ? result.error : null,
    fieldErrors: result && !result.ok ? result.fieldErrors : undefined,
    isPending,
    onSubmit(event) {
      event.preventDefault();
      const formData = new FormData(event.currentTarget);
      startTransition(() => dispatch(formData));
    },
  };
}

/** A redirect or a not-found from the action reaches the client as a thrown navigation, not a failure: let it through. */
export function isNavigation(reason: unknown): boolean {
  return reason instanceof Error && "digest" in reason && /^NEXT_(REDIRECT|HTTP_ERROR_FALLBACK|NOT_FOUND)/.test(String(reason.digest));
}
