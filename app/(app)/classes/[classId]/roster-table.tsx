"use client";

import { useEffect, useRef, useState } from "react";
import { ActionButton } from "@/components/ui/action-button";
import { LocalDate } from "@/components/time/local-date";
import { BADGE } from "@/components/ui/badge";
import { removeStudentAction } from "./actions";

export type RosterStudent = { id: string; name: string; username: string; joinedAt: string; mustChangePassword: boolean };

// On narrow screens the table's rows become stacked cards. The explicit roles
// keep it a table for screen readers even where CSS changes its display.
const CELL = "block py-1 sm:table-cell sm:px-3 sm:py-2 sm:align-middle";

/** Cell label for the stacked (narrow) layout; screen readers get the column header instead. */
function NarrowLabel({ children }: { children: string }) {
  return (
    <span aria-hidden="true" className="mr-2 text-sm font-medium text-slate-600 sm:hidden">
      {children}
    </span>
  );
}

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
        <table role="table" className="block w-full sm:table sm:rounded-lg sm:border sm:border-slate-200 sm:bg-white">
          <caption className="sr-only">Students in {className}</caption>
          <thead role="rowgroup" className="sr-only sm:not-sr-only sm:table-header-group">
            <tr role="row" className="text-left text-sm text-slate-600">
              <th role="columnheader" scope="col" className="sm:px-3 sm:py-2 sm:font-medium">
                Name
              </th>
              <th role="columnheader" scope="col" className="sm:px-3 sm:py-2 sm:font-medium">
                Username
              </th>
              <th role="columnheader" scope="col" className="sm:px-3 sm:py-2 sm:font-medium">
                Joined
              </th>
              <th role="columnheader" scope="col" className="sm:px-3 sm:py-2 sm:font-medium">
                Password
              </th>
              {isReadOnly ? null : (
                <th role="columnheader" scope="col" className="sm:px-3 sm:py-2">
                  <span className="sr-only">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody role="rowgroup" className="block space-y-3 sm:table-row-group sm:space-y-0">
            {students.map((student) => (
              <tr
                role="row"
                key={student.id}
                className="block rounded-lg border border-slate-200 bg-white p-3 sm:table-row sm:rounded-none sm:border-0 sm:border-t sm:p-0"
              >
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
                  <td role="cell" className={`${CELL} pt-2 sm:text-right`}>
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
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
