"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { BUTTON } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { TextArea } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { ROSTER_MAX } from "@/lib/classes/roster";
import { createStudentsAction } from "../../actions";
import { SignInSheet } from "./sign-in-sheet";

type Props = { classId: string; className: string; signInUrl: string };

/** Pasted names in; once the accounts exist, the sign-in sheet with their one-time passwords (shown this once). */
export function AddStudentsForm({ classId, className, signInUrl }: Props) {
  const { result, error, isPending, onSubmit } = useActionForm(createStudentsAction);
  const sheetHeadingRef = useRef<HTMLHeadingElement>(null);
  const created = result?.ok ? result.data : null;
  const errors = result && !result.ok ? result.fieldErrors?.roster : undefined;

  useEffect(() => {
    if (!created) return;
    sheetHeadingRef.current?.focus();
    // The passwords cannot be shown again: ask before the tab is closed or reloaded.
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [created]);


  if (created) {
    return (
      <SignInSheet
        className={className}
        signInUrl={signInUrl}
        students={created}
        headingRef={sheetHeadingRef}
        actions={
          <Link href={`/classes/${classId}`} className={BUTTON.secondary}>
            Done: back to the class
          </Link>
        }
      />
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add students" className="space-y-4">
      <FormAlert message={errors?.length ? "No accounts were created. Fix the names below and try again." : error} />
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
      <SubmitButton isPending={isPending} pendingLabel="Creating accounts…">
        Create student accounts
      </SubmitButton>
    </form>
  );
}
