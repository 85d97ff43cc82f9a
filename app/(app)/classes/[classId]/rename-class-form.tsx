"use client";

import { useState, useTransition, type FormEvent } from "react";
import { BUTTON } from "@/components/classes/styles";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/text-field";
import type { ActionResult } from "@/lib/actions/result";
import { CLASS_NAME_MAX } from "@/lib/classes/validation";
import { renameClassAction } from "./actions";

const FAILED = "Something went wrong. Nothing was saved; please try again.";

export function RenameClassForm({ classId, name }: { classId: string; name: string }) {
  const [result, setResult] = useState<ActionResult | null>(null);
  const [isPending, startTransition] = useTransition();
  const fieldErrors = result && !result.ok ? result.fieldErrors : undefined;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    const formData = new FormData(event.currentTarget);
    startTransition(async () => {
      try {
        setResult(await renameClassAction(formData));
      } catch {
        setResult({ ok: false, error: FAILED });
      }
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Rename the class" className="max-w-md space-y-3">
      <FormAlert message={result && !result.ok ? result.error : null} />
      <input type="hidden" name="classId" value={classId} />
      <TextField
        name="name"
        id="rename-class-name"
        label="Class name"
        hint={`Up to ${CLASS_NAME_MAX} characters.`}
        defaultValue={name}
        autoComplete="off"
        required
        errors={fieldErrors?.name}
      />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" aria-disabled={isPending} className={BUTTON.primary}>
          {isPending ? "Saving…" : "Rename class"}
        </button>
        <p role="status" className="text-sm font-medium text-emerald-800">
          {result?.ok && !isPending ? "Class renamed." : ""}
        </p>
      </div>
    </form>
  );
}
