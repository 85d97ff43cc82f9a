"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const login = String(formData.get("login") ?? "").trim();
    const password = String(formData.get("password") ?? "");
    if (!login || !password) {
      setError("Enter your username (or email) and your password.");
      return;
    }
    startTransition(async () => {
      const result = await signIn("credentials", { login, password, redirect: false });
      if (result?.ok && !result.error) {
        router.push(callbackUrl);
        router.refresh();
        return;
      }
      // A rate-limited sign-in says when to try again; any other failure gets one
      // message, which does not tell which of the two was wrong.
      setError(result?.error?.startsWith("Too many tries") ? result.error : "That username or password is not right. Check them and try again.");
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Sign in">
      <FormAlert message={error} />
      <TextField name="login" label="Username or email" autoComplete="username" autoCapitalize="none" spellCheck={false} required />
      <TextField name="password" type="password" label="Password" autoComplete="current-password" required />
      <SubmitButton isPending={isPending} pendingLabel="Signing in…">
        Sign in
      </SubmitButton>
    </form>
  );
}
