import type { Metadata } from "next";
import Link from "next/link";
import { ResponsiveRow, ResponsiveTable, NarrowLabel, TABLE_CELL } from "@/components/ui/responsive-table";
import type { ReactNode } from "react";
import { ActionButton } from "@/components/ui/action-button";
import { BUTTON } from "@/components/ui/button";
import { BADGE } from "@/components/ui/badge";
import { assignmentStatus, hasFlashcards, hasQuiz, isWorkDone, isWorkStarted } from "@/lib/classes/assignment";
import { formatInstant } from "@/lib/time/zone";
import { listLibrary } from "@/server/library/list-library";
import { loadTeacherAssignment } from "../../../load";
import { setAssignmentWithdrawnAction } from "../actions";
import { cardsLabel, labelOf, MODE_LABEL, REVEAL_LABEL } from "@/lib/classes/assignment-labels";
import { STATUS_BADGE } from "../labels";
import { PageSection } from "@/components/ui/page-section";
import { ExportLinks } from "@/components/content/export-links";
import { StudentCell } from "./student-cell";
import { NoStudentsNotice } from "../../no-students-notice";

type Props = { params: Promise<{ classId: string; assignmentId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { classId, assignmentId } = await params;
  const { assignment } = await loadTeacherAssignment(classId, assignmentId, `/classes/${classId}/assignments/${assignmentId}`);
  return { title: assignment.title };
}

type Attempt = { id: string; studentId: string | null; startedAt: Date; finishedAt: Date | null; score: number };

const CELL = `${TABLE_CELL} sm:align-top`;

export default async function AssignmentPage({ params }: Props) {
  const { classId, assignmentId } = await params;
  const { assignment, isClassArchived } = await loadTeacherAssignment(
    classId,
    assignmentId,
    `/classes/${classId}/assignments/${assignmentId}`,
  );
  const { sets } = await listLibrary();
  const set = sets.find((candidate) => candidate.slug === assignment.setSlug);
  const zone = assignment.timeZone;
  const isWithdrawn = assignment.withdrawnAt !== null;
  const status = STATUS_BADGE[assignmentStatus(assignment, new Date())];

  const attemptsByStudent = new Map<string, Attempt[]>();
  for (const attempt of assignment.attempts) {
    if (attempt.studentId === null) continue;
    attemptsByStudent.set(attempt.studentId, [...(attemptsByStudent.get(attempt.studentId) ?? []), attempt]);
  }
  const students = assignment.class.members
    .map((member) => member.student)
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
  const memberIds = new Set(students.map((student) => student.id));
  const formerAttempts = assignment.attempts.filter((attempt) => attempt.studentId === null || !memberIds.has(attempt.studentId)).length;
  const workOf = (studentId: string) => assignment.work.get(studentId)!;
  const started = students.filter((student) => isWorkStarted(workOf(student.id)) || isWorkDone(workOf(student.id))).length;
  const finished = students.filter((student) => isWorkDone(workOf(student.id))).length;
  const withFlashcards = hasFlashcards(assignment.mode);
  const pool = assignment.itemIds.length;
  const isSubset = set ? pool < set.itemCount : false;

  const rules: Array<{ term: string; value: ReactNode }> = [
    {
      term: "Set",
      value: set ? (
        <Link href={`/library/sets/${encodeURIComponent(set.slug)}`} className="text-brand underline">
          {set.title}
        </Link>
      ) : (
        assignment.setSlug
      ),
    },
    { term: "Mode", value: labelOf(MODE_LABEL, assignment.mode) },
    { term: "Opens", value: <time dateTime={assignment.opensAt.toISOString()}>{formatInstant(assignment.opensAt, zone)}</time> },
    { term: "Due", value: <time dateTime={assignment.dueAt.toISOString()}>{formatInstant(assignment.dueAt, zone)}</time> },
    { term: "Time zone", value: zone.replaceAll("_", " ") },
    // A flashcards-only assignment has no quiz: its rules are its cards.
    ...(hasQuiz(assignment.mode)
      ? [
          {
            term: "Questions",
            value: `${assignment.questionCount} per attempt, from ${isSubset ? `${pool} chosen questions` : `all ${pool} questions of the set`}`,
          },
          { term: "Attempts allowed", value: assignment.attemptsAllowed },
          { term: "Right answers shown", value: labelOf(REVEAL_LABEL, assignment.revealAnswers) },
          { term: "Shuffled", value: assignment.shuffle ? "Yes: each student gets their own order" : "No: the set’s order" },
        ]
      : [{ term: "Flashcards", value: `${pool} ${pool === 1 ? "card" : "cards"}, each to review once from its opening` }]),
  ];

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p>
          <Link href={`/classes/${classId}`} className="text-sm text-brand underline">
            {assignment.class.name}
          </Link>
        </p>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <h1 className="text-2xl font-bold wrap-anywhere">{assignment.title}</h1>
          {isWithdrawn ? <span className={BADGE.neutral}>Withdrawn</span> : <span className={status.className}>{status.label}</span>}
        </div>
        <p className="text-slate-700">
          Due {formatInstant(assignment.dueAt, zone)} · {assignment.class.name}
        </p>
        {assignment.mode === "flashcards" ? null : (
          <p>
            <Link href={`/classes/${classId}/assignments/${assignment.id}/report`} className={BUTTON.secondary}>
              Report
            </Link>
          </p>
        )}
        {isWithdrawn ? (
          <p className="rounded border border-slate-300 bg-slate-100 p-3">
            Withdrawn: students no longer see this assignment. Their work is kept, and restoring it gives it back to them.
          </p>
        ) : null}
      </header>

      <PageSection id="rules" title="Rules">
        <dl className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white px-4">
          {rules.map((rule) => (
            <div key={rule.term} className="grid gap-x-6 py-2 sm:grid-cols-[12rem_1fr]">
              <dt className="font-medium text-slate-600">{rule.term}</dt>
              <dd>{rule.value}</dd>
            </div>
          ))}
        </dl>
        {isClassArchived ? (
          <p className="rounded border border-slate-300 bg-slate-100 p-3">
            The class is archived, so this assignment cannot be changed. Restore the class to edit or withdraw it.
          </p>
        ) : (
          <div className="flex flex-wrap items-start gap-2">
            <Link href={`/classes/${classId}/assignments/${assignment.id}/edit`} className={BUTTON.primary}>
              Edit assignment
            </Link>
            {isWithdrawn ? (
              <ActionButton
                action={setAssignmentWithdrawnAction}
                fields={{ classId, assignmentId: assignment.id, isWithdrawn: "false" }}
                pendingLabel="Restoring…"
              >
                Restore assignment
              </ActionButton>
            ) : (
              <ActionButton
                action={setAssignmentWithdrawnAction}
                fields={{ classId, assignmentId: assignment.id, isWithdrawn: "true" }}
                variant="danger"
                pendingLabel="Withdrawing…"
                confirm={{
                  question: `Withdraw ${assignment.title}? Students stop seeing it; the work they have done is kept.`,
                  confirmLabel: "Yes, withdraw it",
                }}
              >
                Withdraw assignment
              </ActionButton>
            )}
          </div>
        )}
      </PageSection>

      <PageSection id="progress" title="Students’ attempts">
        <p className="text-slate-700">
          {started} of {students.length} {students.length === 1 ? "student" : "students"} started · {finished} finished. Times are in{" "}
          {zone.replaceAll("_", " ")}.
        </p>
        {students.length === 0 ? (
          <NoStudentsNotice classId={classId} />
        ) : (
          <ResponsiveTable
            caption="Attempts by each student"
            columns={[{ label: "Student" }, { label: "Status" }, ...(withFlashcards ? [{ label: "Flashcards" }] : []), { label: "Attempts" }]}
          >
              {students.map((student) => {
                const attempts = attemptsByStudent.get(student.id) ?? [];
                const work = workOf(student.id);
                return (
                  <ResponsiveRow key={student.id}>
                    <StudentCell name={student.name} username={student.username} />
                    <td role="cell" className={CELL}>
                      <NarrowLabel>Status</NarrowLabel>
                      {isWorkDone(work) ? (
                        <span className={BADGE.success}>Finished</span>
                      ) : isWorkStarted(work) ? (
                        <span className={BADGE.info}>In progress</span>
                      ) : (
                        <span className={BADGE.neutral}>Not started</span>
                      )}
                    </td>
                    {withFlashcards ? (
                      <td role="cell" className={CELL}>
                        <NarrowLabel>Flashcards</NarrowLabel>
                        {cardsLabel(work.cards)}
                      </td>
                    ) : null}
                    <td role="cell" className={CELL}>
                      <span aria-hidden="true" className="block text-sm font-medium text-slate-600 sm:hidden">
                        Attempts
                      </span>
                      {attempts.length === 0 ? (
                        <span className="text-slate-600">None yet</span>
                      ) : (
                        <ol className="space-y-1 text-sm">
                          {attempts.map((attempt, index) => (
                            <li key={attempt.id}>
                              <span className="font-medium">Attempt {index + 1}:</span> started{" "}
                              <time dateTime={attempt.startedAt.toISOString()}>{formatInstant(attempt.startedAt, zone)}</time>
                              {attempt.finishedAt ? (
                                <>
                                  , finished{" "}
                                  <time dateTime={attempt.finishedAt.toISOString()}>{formatInstant(attempt.finishedAt, zone)}</time>
                                  {attempt.finishedAt > assignment.dueAt ? " (late)" : ""}: {attempt.score} right
                                </>
                              ) : (
                                <>, not finished ({attempt.score} right so far)</>
                              )}
                            </li>
                          ))}
                        </ol>
                      )}
                      <span className="mt-1 block text-sm text-slate-600">
                        {attempts.length} of {assignment.attemptsAllowed} used
                      </span>
                    </td>
                  </ResponsiveRow>
                );
              })}
            </ResponsiveTable>
        )}
        {formerAttempts > 0 ? (
          <p className="text-sm text-slate-700">
            {formerAttempts} {formerAttempts === 1 ? "attempt was" : "attempts were"} made by students no longer in the class.
          </p>
        ) : null}
      </PageSection>
      <PageSection id="export" title="Download the questions">
        <ExportLinks hrefOf={(format) => `/classes/${classId}/assignments/${assignment.id}/export/${format}`} />
      </PageSection>
    </div>
  );
}
