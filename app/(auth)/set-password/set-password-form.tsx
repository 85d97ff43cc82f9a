"use client";

import { signIn, signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import type { ActionResult } from "@/lib/actions/result";
import { PASSWORD_MIN } from "@/lib/users/validation";
import { setPassword } from "./actions";

export function SetPasswordForm({ username, callbackUrl }: { username: string; callbackUrl: string }) {
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<{ username: string }> | null>(null);
  const [isPending, startTransition] = useTransition();
  const fieldErrors = result && !result.ok ? result.fieldErrors : undefined;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(async () => {
      const saved = await setPassword(formData);
      setResult(saved);
      if (!saved.ok) return;
      // A fresh sign-in replaces the session that still says "must change password".
      const signedIn = await signIn("credentials", { login: saved.data.username, password: String(formData.get("password")), redirect: false });
      if (signedIn?.ok && !signedIn.error) {
        router.push(callbackUrl);
        router.refresh();
        return;
      }
      await signOut({ callbackUrl: `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` });
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Choose your password">
      <FormAlert message={result && !result.ok ? result.error : null} />
      {/* Lets password managers store the new password with the right username. */}
      <input type="text" name="username" value={username} autoComplete="username" readOnly hidden />
      <TextField
        name="password"
        type="password"
        label="New password"
        hint={`At least ${PASSWORD_MIN} characters.`}
        autoComplete="new-password"
        required
        errors={fieldErrors?.password}
      />
      <TextField name="confirm" type="password" label="Confirm password" autoComplete="new-password" required errors={fieldErrors?.confirm} />
      <SubmitButton isPending={isPending} pendingLabel="Saving…">
        Save password and continue
      </SubmitButton>
    </form>
  );
}
