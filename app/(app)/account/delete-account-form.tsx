"use client";

import { signOut } from "next-auth/react";
import { ConfirmByTypingForm } from "@/components/ui/confirm-by-typing-form";
import { useActionForm } from "@/components/ui/use-action-form";
import { deleteAccountAction } from "./actions";

/** Where a deleted account's browser lands: the sign-in page, saying the account is gone. */
export const DELETED_ACCOUNT_LANDING = "/sign-in?deleted=1";

/** The account's deletion, confirmed by typing the username; then this device signs out (the server has already ended every session). */
export function DeleteAccountForm({ username }: { username: string }) {
  const form = useActionForm(deleteAccountAction, {
    onSuccess: () => signOut({ callbackUrl: DELETED_ACCOUNT_LANDING }),
  });
  return (
    <ConfirmByTypingForm
      form={form}
      label="Delete your account"
      fieldId="delete-account-confirmation"
      fieldLabel="Type your username to confirm"
      hint={
        <>
          Your username is <strong className="font-mono">{username}</strong>.
        </>
      }
      submitLabel="Delete my account"
      pendingLabel="Deleting…"
      isExact
    />
  );
}
