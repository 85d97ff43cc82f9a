"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/result";

type StartAction = (previous: ActionResult<unknown> | null, formData: FormData) => Promise<ActionResult<unknown>>;

/**
 * A button that starts (or continues) a quiz on the server and goes to it;
 * when the server refuses (no attempts left, not open yet), its message shows.
 */
export function StartQuizButton({ action, name, value, label }: { action: StartAction; name: string; value: string; label: string }) {
  const [state, formAction, isPending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name={name} value={value} />
      <FormAlert message={state && !state.ok ? state.error : null} />
      <SubmitButton isPending={isPending} pendingLabel="Opening the quiz…">
        {label}
      </SubmitButton>
    </form>
  );
}
