"use client";

import { useRef } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { shareSetAction } from "../../actions";

export function ShareForm({ setSlug }: { setSlug: string }) {
  const formRef = useRef<HTMLFormElement>(null);
  const { result, error, fieldErrors, isPending, onSubmit } = useActionForm(shareSetAction, { onSuccess: () => formRef.current?.reset() });
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label="Share the set" className="max-w-md space-y-3">
      <FormAlert message={fieldErrors ? null : error} />
      {result?.ok ? (
        <p role="status" className="text-emerald-800">
          Shared with {result.data.name}.
        </p>
      ) : null}
      <input type="hidden" name="setSlug" value={setSlug} />
      <TextField name="username" label="Their username" autoComplete="off" autoCapitalize="none" spellCheck={false} errors={fieldErrors?.username} />
      <SubmitButton isPending={isPending} pendingLabel="Sharing…">
        Share
      </SubmitButton>
    </form>
  );
}
