"use client";

import { useState, useTransition, type FormEvent } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import type { ActionResult } from "@/lib/actions/result";
import { CLASS_NAME_MAX } from "@/lib/classes/validation";
import { createClassAction } from "./actions";

const FAILED = "Something went wrong. Nothing was saved; please try again.";

export function CreateClassForm() {
  const [result, setResult] = useState<ActionResult<{ id: string }> | null>(null);
  const [isPending, startTransition] = useTransition();
  const fieldErrors = result && !result.ok ? result.fieldErrors : undefined;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(async () => {
      try {
        // On success the action moves on to the new class's page.
        const created = await createClassAction(formData);
        if (created) setResult(created);
      } catch {
        setResult({ ok: false, error: FAILED });
      }
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Create a class" className="max-w-md space-y-4">
      <FormAlert message={result && !result.ok ? result.error : null} />
      <TextField
        name="name"
        label="Class name"
        hint={`For example “Form 3 History”. Up to ${CLASS_NAME_MAX} characters.`}
        autoComplete="off"
        required
        errors={fieldErrors?.name}
      />
      <SubmitButton isPending={isPending} pendingLabel="Creating the class…">
        Create class
      </SubmitButton>
    </form>
  );
}
