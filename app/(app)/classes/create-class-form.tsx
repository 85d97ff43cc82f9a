"use client";

import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { CLASS_NAME_MAX } from "@/lib/classes/validation";
import { createClassAction } from "./actions";

export function CreateClassForm() {
  // On success the action moves on to the new class's page.
  const { error, fieldErrors, isPending, onSubmit } = useActionForm(createClassAction);

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Create a class" className="max-w-md space-y-4">
      <FormAlert message={error} />
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
