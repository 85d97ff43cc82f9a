"use client";

import { signIn, signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { setPasswordAction } from "./actions";

export function SetPasswordForm({ username, callbackUrl }: { username: string; callbackUrl: string }) {
  const router = useRouter();
  const { error, fieldErrors, isPending, onSubmit } = useActionForm(setPasswordAction, {
    async onSuccess(saved, formData) {
      // A fresh sign-in replaces the session that still says "must change password".
      const signedIn = await signIn("credentials", { login: saved.username, password: String(formData.get("password")), redirect: false });
      if (signedIn?.ok && !signedIn.error) {
        router.push(callbackUrl);
        router.refresh();
        return;
      }
      await signOut({ callbackUrl: `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` });
    },
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Choose your password">
      <FormAlert message={error} />
      {/* Lets password managers store the new password with the right username. */}
      <input type="text" name="username" value={username} autoComplete="username" readOnly hidden />
      <NewPasswordField label="New password" errors={fieldErrors?.password} />
      <TextField name="confirm" type="password" label="Confirm password" autoComplete="new-password" required errors={fieldErrors?.confirm} />
      <SubmitButton isPending={isPending} pendingLabel="Saving…">
        Save password and continue
      </SubmitButton>
    </form>
  );
}
