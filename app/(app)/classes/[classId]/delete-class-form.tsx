"use client";

import { BUTTON } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { deleteClassAction } from "./actions";

/** The class's deletion, confirmed by typing its name; the action then goes to the list of classes. */
export function DeleteClassForm({ classId, name }: { classId: string; name: string }) {
  const { error, fieldErrors, isPending, onSubmit } = useActionForm(deleteClassAction);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Delete the class" className="max-w-md space-y-3">
      <FormAlert message={error} />
      <input type="hidden" name="classId" value={classId} />
      <TextField
        name="confirmation"
        id="delete-class-confirmation"
        label="Type the class’s name to confirm"
        hint={
          <>
            The class is named <strong className="wrap-anywhere">{name}</strong>.
          </>
        }
        autoComplete="off"
        required
        errors={fieldErrors?.confirmation}
      />
      <button type="submit" aria-disabled={isPending} className={BUTTON.dangerSolid}>
        {isPending ? "Deleting…" : "Delete this class"}
      </button>
    </form>
  );
}
