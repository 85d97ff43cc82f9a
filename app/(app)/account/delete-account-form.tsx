"use client";

import { signOut } from "next-auth/react";
import { BUTTON } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { deleteAccountAction } from "./actions";

/** Where a deleted account's browser lands: the sign-in page, saying the account is gone. */
export const DELETED_ACCOUNT_LANDING = "/sign-in?deleted=1";

/** The account's deletion, confirmed by typing the username; then this device signs out (the server has already ended every session). */
export function DeleteAccountForm({ username }: { username: string }) {
  const { error, fieldErrors, isPending, onSubmit } = useActionForm(deleteAccountAction, {
    onSuccess: () => signOut({ callbackUrl: DELETED_ACCOUNT_LANDING }),
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Delete your account" className="max-w-md space-y-3">
      <FormAlert message={error} />
      <TextField
        name="confirmation"
        id="delete-account-confirmation"
        label="Type your username to confirm"
        hint={
          <>
            Your username is <strong className="font-mono">{username}</strong>.
          </>
        }
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        required
        errors={fieldErrors?.confirmation}
      />
      <button type="submit" aria-disabled={isPending} className={BUTTON.dangerSolid}>
        {isPending ? "Deleting…" : "Delete my account"}
      </button>
    </form>
  );
}
