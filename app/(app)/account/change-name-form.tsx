"use client";

import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";
import { NAME_MAX } from "@/lib/users/limits";
import { changeNameAction } from "./actions";

/** The display name teachers and classmates see; the username, used to sign in, stays. */
export function ChangeNameForm({ name }: { name: string }) {
  const { result, error, fieldErrors, isPending, onSubmit } = useActionForm(changeNameAction);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Change your name" className="max-w-md space-y-3">
      <FormAlert message={error} />
      <TextField
        name="name"
        id="account-name"
        label="Your name"
        hint="What your teachers see. You still sign in with your username."
        defaultValue={name}
        maxLength={NAME_MAX}
        autoComplete="name"
        required
        errors={fieldErrors?.name}
      />
      <p role="status" className={result?.ok ? "text-sm font-medium text-green-800" : "sr-only"}>
        {result?.ok ? `Saved. Your name is now ${result.data.name}.` : ""}
      </p>
      <button type="submit" disabled={isPending} aria-disabled={isPending} className={buttonClass("secondary")}>
        {isPending ? "Saving…" : "Save name"}
      </button>
    </form>
  );
}
