"use client";

import { FormAlert } from "@/components/ui/form-alert";
import { TextArea } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { ALLOW_REPEATED_NAMES, ROSTER_MAX } from "@/lib/classes/roster";
import { createStudentsAction } from "../../actions";
import { NewSignInSheet } from "./sign-in-sheet";

type Props = { classId: string; className: string; signInUrl: string };

/** Pasted names in; once the accounts exist, the sign-in sheet with their one-time passwords (shown this once). */
export function AddStudentsForm({ classId, className, signInUrl }: Props) {
  const { result, error, isPending, onSubmit } = useActionForm(createStudentsAction);
  const created = result?.ok ? result.data : null;
  const errors = result && !result.ok ? result.fieldErrors?.roster : undefined;
  const repeatErrors = result && !result.ok ? result.fieldErrors?.[ALLOW_REPEATED_NAMES] : undefined;

  if (created) return <NewSignInSheet classId={classId} className={className} signInUrl={signInUrl} students={created} />;

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add students" className="space-y-4">
      <FormAlert message={errors?.length ? "No accounts were created. Fix the names below and try again." : repeatErrors ? null : error} />
      <input type="hidden" name="classId" value={classId} />
      <TextArea
        name="roster"
        label="Student names"
        hint={`One name per line, or paste from a spreadsheet (CSV): the first column is used. Up to ${ROSTER_MAX} names.`}
        rows={10}
        required
        autoComplete="off"
        spellCheck={false}
        placeholder={"Amina Otieno\nBrian Kiprop\nWanjiru Kamau"}
        errors={errors}
      />
      {repeatErrors ? (
        <div role="alert" className="space-y-2 rounded border border-amber-400 bg-amber-50 p-3 text-amber-950">
          <p id="repeated-names-message">{repeatErrors.join(" ")}</p>
          <label className="inline-flex min-h-tap items-center gap-3 font-medium">
            <input type="checkbox" name={ALLOW_REPEATED_NAMES} value="true" aria-describedby="repeated-names-message" className="h-5 w-5" />
            These are different students: create an account for each
          </label>
        </div>
      ) : null}
      <SubmitButton isPending={isPending} pendingLabel="Creating accounts…">
        Create student accounts
      </SubmitButton>
    </form>
  );
}
