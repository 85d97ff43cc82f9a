"use client";

import Link from "next/link";
import { useEffect, useRef, useState, useTransition } from "react";
import { leaveClassFromHome } from "./actions";

type ClassRow = { id: string; name: string; teacherName: string };

/** The student's classes, each with a Leave button that asks first. */
export function ClassesSection({ classes }: { classes: ClassRow[] }) {
  const [message, setMessage] = useState<string | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  // The class that was left disappears from the list: put focus on what happened instead.
  useEffect(() => {
    if (message) statusRef.current?.focus();
  }, [message]);

  return (
    <section aria-labelledby="classes-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="classes-heading" className="text-xl font-semibold">
          Classes
        </h2>
        <Link href="/join" className="inline-flex min-h-tap items-center rounded bg-brand px-4 font-medium text-white hover:bg-brand-dark">
          Join a class
        </Link>
      </div>
      <p ref={statusRef} role="status" tabIndex={-1} className={message ? "rounded border border-slate-300 bg-white p-3" : "sr-only"}>
        {message ?? ""}
      </p>
      {classes.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">
          You are not in a class yet. Ask your teacher for a join code, then choose “Join a class”.
        </p>
      ) : (
        <ul className="space-y-3">
          {classes.map((row) => (
            <ClassItem key={row.id} row={row} onLeft={() => setMessage(`You left ${row.name}.`)} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ClassItem({ row, onLeft }: { row: ClassRow; onLeft: () => void }) {
  const [isConfirming, setIsConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const leaveRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const hasAsked = useRef(false);

  // Asking moves focus to Cancel (the safe choice); cancelling returns it to Leave.
  useEffect(() => {
    if (isConfirming) cancelRef.current?.focus();
    else if (hasAsked.current) leaveRef.current?.focus();
    hasAsked.current ||= isConfirming;
  }, [isConfirming]);

  function leave() {
    setError(null);
    startTransition(async () => {
      const result = await leaveClassFromHome({ classId: row.id });
      if (result.ok) onLeft();
      else setError(result.error);
    });
  }

  const questionId = `leave-${row.id}-question`;
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="min-w-0">
          <h3 className="text-lg font-semibold break-words">{row.name}</h3>
          <p className="text-slate-700">Teacher: {row.teacherName}</p>
        </div>
        {isConfirming ? null : (
          <button
            ref={leaveRef}
            type="button"
            onClick={() => setIsConfirming(true)}
            aria-label={`Leave ${row.name}`}
            className="inline-flex min-h-tap min-w-tap items-center justify-center rounded border border-slate-400 bg-white px-4 font-medium hover:bg-slate-100"
          >
            Leave
          </button>
        )}
      </div>
      {isConfirming ? (
        <div role="group" aria-labelledby={questionId} className="mt-3 space-y-3 rounded border border-amber-300 bg-amber-50 p-3">
          <p id={questionId}>
            <strong>Leave {row.name}?</strong> Its assignments will no longer show here. Your teacher keeps the work you have done.
          </p>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              onClick={leave}
              disabled={isPending}
              aria-disabled={isPending}
              className="inline-flex min-h-tap items-center rounded bg-red-700 px-4 font-medium text-white hover:bg-red-800 disabled:opacity-70"
            >
              {isPending ? "Leaving…" : "Yes, leave"}
            </button>
            <button
              ref={cancelRef}
              type="button"
              onClick={() => setIsConfirming(false)}
              disabled={isPending}
              className="inline-flex min-h-tap items-center rounded border border-slate-400 bg-white px-4 font-medium hover:bg-slate-100"
            >
              Cancel
            </button>
          </div>
          {error ? (
            <p role="alert" className="text-red-800">
              {error}
            </p>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
