"use client";

import { BUTTON } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { CLASS_NAME_MAX } from "@/lib/classes/validation";
import { renameClassAction } from "./actions";

export function RenameClassForm({ classId, name }: { classId: string; name: string }) {
  const { result, error, fieldErrors, isPending, onSubmit } = useActionForm(renameClassAction);

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Rename the class" className="max-w-md space-y-3">
      <FormAlert message={error} />
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
