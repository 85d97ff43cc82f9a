"use client";

import Link from "next/link";
import { useEffect, useRef, type ReactNode, type RefObject } from "react";
import { BUTTON } from "@/components/ui/button";
import { useLeaveGuard } from "@/components/ui/use-leave-guard";
import { LEAVE_SHEET_QUESTION } from "@/lib/classes/roster";
import type { CreatedStudent } from "@/server/classes/create-students";
import { PrintButton } from "./print-button";

// On paper: no site header, no page heading, no buttons; the cards only.
const PRINT_CSS = "@media print { body > header, body > a[href='#main'] { display: none !important; } main { padding: 0 !important; max-width: none !important; } }";

type Props = {
  className: string;
  signInUrl: string;
  students: CreatedStudent[];
  headingRef?: RefObject<HTMLHeadingElement | null>;
  actions?: ReactNode;
};

/** One card per new student, to print and cut out: how to sign in the first time. */
export function SignInSheet({ className, signInUrl, students, headingRef, actions }: Props) {
  return (
    <section aria-labelledby="sign-in-sheet-heading" className="space-y-4">
      <style>{PRINT_CSS}</style>
      <h2 id="sign-in-sheet-heading" ref={headingRef} tabIndex={-1} className="text-xl font-semibold wrap-anywhere print:text-base">
        Sign-in sheet for {className}
      </h2>
      <div className="space-y-1 rounded border border-amber-400 bg-amber-50 p-3 text-amber-950 print:hidden">
        <p className="font-semibold">These passwords are shown only now.</p>
        <p>
          Print this sheet, or copy the passwords, before you leave this page: Factdeck stores them only in a form nobody can read back.
          If a student loses theirs, reset it from the class page.
        </p>
      </div>
      <div className="flex flex-wrap gap-2 print:hidden">
        <PrintButton>Print sign-in sheet</PrintButton>
        {actions}
      </div>
      <ul aria-label="Student sign-in cards" className="grid gap-3 sm:grid-cols-2 print:grid-cols-2 print:gap-2">
        {students.map((student) => (
          <li
            key={student.username}
            className="break-inside-avoid space-y-2 rounded border-2 border-dashed border-slate-400 bg-white p-4 print:rounded-none"
          >
            <h3 className="text-lg font-semibold wrap-anywhere">{student.name}</h3>
            <dl className="space-y-2">
              {[
                { term: "Class", value: className, className: "wrap-anywhere" },
                { term: "Sign in at", value: signInUrl, className: "break-all" },
                { term: "Username", value: student.username, className: "font-mono text-lg font-semibold break-all" },
                { term: "One-time password", value: student.oneTimePassword, className: "font-mono text-lg font-semibold" },
              ].map((row) => (
                <div key={row.term}>
                  <dt className="text-sm text-slate-600">{row.term}</dt>
                  <dd className={row.className}>{row.value}</dd>
                </div>
              ))}
            </dl>
            <p className="text-sm">You will choose your own password at first sign-in.</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The sheet just after its passwords were made: focus moves to it, and
 * leaving the page (a link, a reload, closing the tab) asks first, since the
 * passwords are not shown again.
 */
export function NewSignInSheet({ classId, className, signInUrl, students }: { classId: string; className: string; signInUrl: string; students: CreatedStudent[] }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useLeaveGuard(LEAVE_SHEET_QUESTION);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <SignInSheet
      className={className}
      signInUrl={signInUrl}
      students={students}
      headingRef={headingRef}
      actions={
        <Link href={`/classes/${classId}`} className={BUTTON.secondary}>
          Done: back to the class
        </Link>
      }
    />
  );
}
