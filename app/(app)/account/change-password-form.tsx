"use client";

import { useRef } from "react";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";
import { changePasswordAction } from "./actions";

/** A new password, proven with the current one; the passwords are cleared once it is saved. */
export function ChangePasswordForm({ username }: { username: string }) {
  const form = useRef<HTMLFormElement>(null);
  const { result, error, fieldErrors, isPending, onSubmit } = useActionForm(changePasswordAction, {
    onSuccess: () => form.current?.reset(),
  });
  const ended = result?.ok ? result.data.endedSessions : 0;
  return (
    <form ref={form} onSubmit={onSubmit} noValidate aria-label="Change your password" className="max-w-md space-y-3">
      <FormAlert message={error} />
      {/* Lets password managers store the new password with the right username. */}
      <input type="text" name="username" value={username} autoComplete="username" readOnly hidden />
      <TextField
        name="currentPassword"
        id="account-current-password"
        type="password"
        label="Current password"
        autoComplete="current-password"
        required
        errors={fieldErrors?.currentPassword}
      />
      <NewPasswordField label="New password" errors={fieldErrors?.password} />
      <TextField name="confirm" type="password" label="Confirm new password" autoComplete="new-password" required errors={fieldErrors?.confirm} />
      <p role="status" className={result?.ok ? "text-sm font-medium text-green-800" : "sr-only"}>
        {result?.ok
          ? `Password changed. ${ended === 0 ? "You were signed in on no other device." : `${ended === 1 ? "1 other device was" : `${ended} other devices were`} signed out.`}`
          : ""}
      </p>
      <button type="submit" disabled={isPending} aria-disabled={isPending} className={buttonClass("secondary")}>
        {isPending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
