"use client";

import { useRouter } from "next/navigation";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { joinClassAction } from "./actions";

const ERROR_ID = "join-error";

/**
 * The join-code form (on /join, and pre-filled on /join/CODE from a QR code).
 * On success the home page names the class; a wrong code's message is shown
 * here and marks the field.
 */
export function JoinForm({ defaultCode = "" }: { defaultCode?: string }) {
  const router = useRouter();
  const form = useActionForm(joinClassAction, {
    onSuccess(joined) {
      const params = new URLSearchParams({ joined: joined.classId });
      if (joined.isAlreadyMember) params.set("already", "1");
      router.push(`/home?${params}`);
    },
  });
  const { isPending, onSubmit } = form;
  const codeErrors = form.fieldErrors?.code;
  // The field's own message ("Enter the join code…") says more than the form's summary.
  const error = form.error === null ? null : (codeErrors?.[0] ?? form.error);
  const isCodeInvalid = Boolean(codeErrors?.length);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Join a class">
      <TextField
        name="code"
        label="Join code"
        hint="8 letters and digits, from your teacher. Spaces and dashes do not matter."
        defaultValue={defaultCode}
        inputMode="text"
        autoCapitalize="characters"
        autoComplete="off"
        autoCorrect="off"
        spellCheck={false}
        maxLength={32}
        required
        className="block min-h-tap w-full rounded border border-slate-400 bg-white px-3 font-mono text-lg tracking-widest uppercase aria-invalid:border-2 aria-invalid:border-red-700"
        aria-invalid={isCodeInvalid || undefined}
        aria-describedby={`field-code-hint${error ? ` ${ERROR_ID}` : ""}`}
      />
      <div id={ERROR_ID} role="alert" aria-live="assertive" className={error ? "rounded border border-red-300 bg-red-50 p-3 text-red-800" : "sr-only"}>
        {error ?? ""}
      </div>
      <SubmitButton isPending={isPending} pendingLabel="Joining…">
        Join class
      </SubmitButton>
    </form>
  );
}
