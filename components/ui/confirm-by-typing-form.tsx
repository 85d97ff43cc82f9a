"use client";

import type { ReactNode } from "react";
import { BUTTON } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/field";
import type { ActionForm } from "@/components/ui/use-action-form";

type Props<T> = {
  /** The form wired to the destructive action (useActionForm); its field is named `confirmation`. */
  form: ActionForm<T>;
  /** The form's accessible name ("Delete your account"). */
  label: string;
  /** The confirmation field's id, its label and the hint that shows what to type. */
  fieldId: string;
  fieldLabel: string;
  hint: ReactNode;
  /** The button's text, and while the action runs. */
  submitLabel: string;
  pendingLabel: string;
  /** Hidden fields the action needs besides the confirmation (the class's id). */
  children?: ReactNode;
  /** The word typed is compared as it is: no capitals or spelling fixed by the phone. */
  isExact?: boolean;
};

/** A destructive action confirmed by typing a name: one field, its error, and a danger button. */
export function ConfirmByTypingForm<T>({ form, label, fieldId, fieldLabel, hint, submitLabel, pendingLabel, children, isExact = false }: Props<T>) {
  return (
    <form onSubmit={form.onSubmit} noValidate aria-label={label} className="max-w-md space-y-3">
      <FormAlert message={form.error} />
      {children}
      <TextField
        name="confirmation"
        id={fieldId}
        label={fieldLabel}
        hint={hint}
        autoComplete="off"
        {...(isExact ? { autoCapitalize: "none", spellCheck: false } : {})}
        required
        errors={form.fieldErrors?.confirmation}
      />
      <button type="submit" aria-disabled={form.isPending} className={BUTTON.dangerSolid}>
        {form.isPending ? pendingLabel : submitLabel}
      </button>
    </form>
  );
}
