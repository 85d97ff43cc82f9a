"use client";

import Link from "next/link";
import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { BUTTON } from "@/components/classes/styles";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/result";
import { ROSTER_MAX } from "@/lib/classes/roster";
import type { CreatedStudent } from "@/server/classes/create-students";
import { createStudentsAction } from "../../actions";
import { SignInSheet } from "./sign-in-sheet";

const FAILED = "Something went wrong. No accounts were created; please try again.";

type Props = { classId: string; className: string; signInUrl: string };

/** Pasted names in; once the accounts exist, the sign-in sheet with their one-time passwords (shown this once). */
export function AddStudentsForm({ classId, className, signInUrl }: Props) {
  const [result, setResult] = useState<ActionResult<CreatedStudent[]> | null>(null);
  const [isPending, startTransition] = useTransition();
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

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(async () => {
      try {
        setResult(await createStudentsAction(formData));
      } catch {
        setResult({ ok: false, error: FAILED });
      }
    });
  }

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

  const hintId = "field-roster-hint";
  const errorId = errors?.length ? "field-roster-error" : undefined;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add students" className="space-y-4">
      <FormAlert message={errors?.length ? "No accounts were created. Fix the names below and try again." : result && !result.ok ? result.error : null} />
      <input type="hidden" name="classId" value={classId} />
      <div className="space-y-1">
        <label htmlFor="field-roster" className="block font-medium">
          Student names
        </label>
        <p id={hintId} className="text-sm text-slate-600">
          One name per line, or paste from a spreadsheet (CSV): the first column is used. Up to {ROSTER_MAX} names.
        </p>
        <textarea
          id="field-roster"
          name="roster"
          rows={10}
          required
          autoComplete="off"
          spellCheck={false}
          aria-invalid={errorId ? true : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(" ")}
          placeholder={"Amina Otieno\nBrian Kiprop\nWanjiru Kamau"}
          className="block w-full rounded border border-slate-400 bg-white p-3 text-base aria-invalid:border-red-700"
        />
        {errorId ? (
          <p id={errorId} className="text-sm font-medium text-red-700">
            {errors!.join(" ")}
          </p>
        ) : null}
      </div>
      <SubmitButton isPending={isPending} pendingLabel="Creating accounts…">
        Create student accounts
      </SubmitButton>
    </form>
  );
}
