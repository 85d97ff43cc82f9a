"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { ActionButton } from "@/components/ui/action-button";
import { buttonClass } from "@/components/ui/button";
import { leaveClassAction } from "./actions";

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
        <Link href="/join" className={buttonClass("primary")}>
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
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="min-w-0">
          <h3 className="text-lg font-semibold wrap-anywhere">{row.name}</h3>
          <p className="text-slate-700">Teacher: {row.teacherName}</p>
        </div>
        <ActionButton
          action={leaveClassAction}
          fields={{ classId: row.id }}
          ariaLabel={`Leave ${row.name}`}
          pendingLabel="Leaving…"
          confirm={{
            question: `Leave ${row.name}? Its assignments will no longer show here. Your teacher keeps the work you have done.`,
            confirmLabel: "Yes, leave",
          }}
          onSuccess={onLeft}
        >
          Leave
        </ActionButton>
      </div>
    </li>
  );
}
