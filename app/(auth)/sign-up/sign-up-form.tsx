"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { USERNAME_MAX } from "@/lib/users/limits";
import { signUpAction } from "./actions";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const { error, fieldErrors, isPending, onSubmit } = useActionForm(signUpAction, {
    async onSuccess(created, formData) {
      const signedIn = await signIn("credentials", { login: created.username, password: String(formData.get("password")), redirect: false });
      if (signedIn?.ok) {
        router.push(callbackUrl);
        router.refresh();
      } else {
        router.push("/sign-in");
      }
    },
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Create an account">
      {/* A field’s own error (“That username is taken”) is shown under it: the alert only points there, so it is not said twice. */}
      <FormAlert message={fieldErrors ? "Check the highlighted fields." : error} />
      <TextField name="name" label="Your name" autoComplete="name" required errors={fieldErrors?.name} />
      <TextField
        name="username"
        label="Username"
        hint={`Letters, digits, dots, dashes and underscores; up to ${USERNAME_MAX} characters.`}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        errors={fieldErrors?.username}
      />
      <TextField
        name="email"
        type="email"
        label="Email (optional)"
        hint="Only used to sign in. Students can leave it empty."
        autoComplete="email"
        errors={fieldErrors?.email}
      />
      <NewPasswordField label="Password" errors={fieldErrors?.password} />
      <fieldset className="space-y-2">
        <legend className="font-medium">I am a</legend>
        <div className="flex gap-3">
          {(["student", "teacher"] as const).map((role) => (
            <label key={role} className="inline-flex min-h-tap items-center gap-2 rounded border border-slate-300 bg-white px-4">
              <input type="radio" name="role" value={role} defaultChecked={role === "student"} className="h-5 w-5" />
              {role === "student" ? "Student" : "Teacher"}
            </label>
          ))}
        </div>
        {fieldErrors?.role ? <p className="text-sm font-medium text-red-700">{fieldErrors.role.join(" ")}</p> : null}
      </fieldset>
      <SubmitButton isPending={isPending} pendingLabel="Creating your account…">
        Create account
      </SubmitButton>
    </form>
  );
}
