"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { ActionButton } from "@/components/ui/action-button";
import { LocalDate } from "@/components/time/local-date";
import { BADGE } from "@/components/ui/badge";
import { BUTTON } from "@/components/ui/button";
import { removeStudentAction } from "./actions";
import { ResponsiveRow, ResponsiveTable, NarrowLabel, TABLE_CELL } from "@/components/ui/responsive-table";

export type RosterStudent = { id: string; name: string; username: string; joinedAt: string; mustChangePassword: boolean; canResetPassword: boolean };

// On narrow screens the table's rows become stacked cards. The explicit roles
// keep it a table for screen readers even where CSS changes its display.
const CELL = `${TABLE_CELL} sm:align-middle`;

type Props = {
  classId: string;
  className: string;
  students: RosterStudent[];
  /** An archived class's roster can be read but not changed. */
  isReadOnly?: boolean;
};

export function RosterTable({ classId, className, students, isReadOnly = false }: Props) {
  const [status, setStatus] = useState("");
  const statusRef = useRef<HTMLParagraphElement>(null);

  // The removed student's row (and its focused button) goes away: keep keyboard focus in the roster.
  useEffect(() => {
    if (status) statusRef.current?.focus();
  }, [status]);

  function onRemoved(name: string) {
    setStatus(`${name} was removed from the class.`);
  }

  return (
    <div className="space-y-3">
      <p ref={statusRef} tabIndex={-1} role="status" className={status ? "rounded bg-emerald-50 p-3 text-emerald-900" : "sr-only"}>
        {status}
      </p>
      {students.length === 0 ? (
        <p>No students yet. Share the join code, or add students yourself.</p>
      ) : (
        <ResponsiveTable caption={`Students in ${className}`} columns={[{ label: "Name" }, { label: "Username" }, { label: "Joined" }, { label: "Password" }, ...(isReadOnly ? [] : [{ label: "Actions", isHidden: true }])]}>
            {students.map((student) => (
              <ResponsiveRow key={student.id}>
                <td role="cell" className={`${CELL} font-semibold`}>
                  {student.name}
                </td>
                <td role="cell" className={`${CELL} break-all sm:break-normal`}>
                  <NarrowLabel>Username</NarrowLabel>
                  <span className="font-mono">{student.username}</span>
                </td>
                <td role="cell" className={CELL}>
                  <NarrowLabel>Joined</NarrowLabel>
                  <LocalDate iso={student.joinedAt} />
                </td>
                <td role="cell" className={CELL}>
                  <NarrowLabel>Password</NarrowLabel>
                  {student.mustChangePassword ? <span className={BADGE.warning}>Must set password</span> : "Chosen"}
                </td>
                {isReadOnly ? null : (
                  <td role="cell" className={`${CELL} flex flex-wrap gap-2 pt-2 sm:justify-end`}>
                    {student.canResetPassword ? (
                      <Link href={`/classes/${classId}/students/${student.id}/password`} className={BUTTON.secondary}>
                        Reset password<span className="sr-only"> of {student.name}</span>
                      </Link>
                    ) : null}
                    <ActionButton
                      action={removeStudentAction}
                      fields={{ classId, studentId: student.id }}
                      variant="danger"
                      pendingLabel={`Removing ${student.name}…`}
                      confirm={{
                        question: `Remove ${student.name} from ${className}? Their account and their work are kept.`,
                        confirmLabel: `Yes, remove ${student.name}`,
                      }}
                      onSuccess={() => onRemoved(student.name)}
                    >
                      Remove<span className="sr-only"> {student.name}</span>
                    </ActionButton>
                  </td>
                )}
              </ResponsiveRow>
            ))}
          </ResponsiveTable>
      )}
    </div>
  );
}
