import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { ActionButton } from "@/components/ui/action-button";
import { BUTTON } from "@/components/ui/button";
import { BADGE } from "@/components/ui/badge";
import { assignmentStatus, hasQuiz } from "@/lib/classes/assignment";
import { formatInstant } from "@/lib/time/zone";
import { publicOrigin, joinUrl } from "@/server/classes/join-link";
import { loadTeacherClass } from "../load";
import { setClassArchivedAction } from "./actions";
import { labelOf, MODE_LABEL } from "@/lib/classes/assignment-labels";
import { STATUS_BADGE } from "./assignments/labels";
import { JoinCodeCard } from "./join-code-card";
import { RenameClassForm } from "./rename-class-form";
import { DeleteClassForm } from "./delete-class-form";
import { RosterTable } from "./roster-table";
import { PageSection } from "@/components/ui/page-section";

type Props = { params: Promise<{ classId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { classId } = await params;
  const { found } = await loadTeacherClass(classId, `/classes/${classId}`);
  return { title: found.name };
}

export default async function ClassPage({ params }: Props) {
  const { classId } = await params;
  const { found } = await loadTeacherClass(classId, `/classes/${classId}`);
  const origin = publicOrigin();
  const isArchived = found.archivedAt !== null;
  const now = new Date();
  const activeAssignments = found.assignments.filter((assignment) => assignment.withdrawnAt === null).length;

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <BackLink href="/classes">Classes</BackLink>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <h1 className="text-2xl font-bold wrap-anywhere">{found.name}</h1>
          {isArchived ? <span className={BADGE.neutral}>Archived</span> : null}
        </div>
        <p className="text-slate-700">
          {found.students.length} {found.students.length === 1 ? "student" : "students"} · {activeAssignments}{" "}
          {activeAssignments === 1 ? "assignment" : "assignments"}
        </p>
        <nav aria-label="Reports" className="flex flex-wrap gap-2">
          <Link href={`/classes/${found.id}/gradebook`} className={BUTTON.secondary}>
            Gradebook
          </Link>
          <Link href={`/classes/${found.id}/insights`} className={BUTTON.secondary}>
            What the class remembers
          </Link>
        </nav>
        {isArchived ? (
          <p className="rounded border border-slate-300 bg-slate-100 p-3">
            This class is archived: students no longer see it or its assignments, nobody can join it, and it cannot be changed.
            Nothing was deleted. You can restore it under Class settings.
          </p>
        ) : null}
      </header>

      <PageSection id="join-code" title="Join code">
        <JoinCodeCard
          classId={found.id}
          joinCode={found.joinCode}
          isEnabled={found.isJoinCodeEnabled}
          isArchived={isArchived}
          joinUrl={joinUrl(origin, found.joinCode)}
        />
      </PageSection>

      <PageSection id="students" title="Students" action={isArchived ? null : <ClassAction href={`/classes/${found.id}/students/new`} label="Add students" />}>
        <RosterTable
          classId={found.id}
          className={found.name}
          isReadOnly={isArchived}
          students={found.students.map((student) => ({ ...student, joinedAt: student.joinedAt.toISOString() }))}
        />
      </PageSection>

      <PageSection
        id="assignments"
        title="Assignments"
        action={isArchived ? null : <ClassAction href={`/classes/${found.id}/assignments/new`} label="Assign a set" isPrimary />}
      >
        {found.assignments.length === 0 ? (
          <p>{isArchived ? "Nothing was assigned to this class." : "Nothing assigned yet."}</p>
        ) : (
          <ul className="space-y-3">
            {found.assignments.map((assignment) => {
              const isWithdrawn = assignment.withdrawnAt !== null;
              const status = STATUS_BADGE[assignmentStatus(assignment, now)];
              return (
                <li
                  key={assignment.id}
                  className={`space-y-1 rounded-lg border border-slate-200 p-4 ${isWithdrawn ? "bg-slate-100" : "bg-white"}`}
                >
                  <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                    <Link
                      href={`/classes/${found.id}/assignments/${assignment.id}`}
                      className="inline-flex min-h-tap items-center text-lg font-semibold text-brand underline-offset-2 hover:underline"
                    >
                      {assignment.title}
                    </Link>
                    {isWithdrawn ? (
                      <span className={BADGE.neutral}>Withdrawn</span>
                    ) : (
                      <span className={status.className}>{status.label}</span>
                    )}
                  </div>
                  <p className="text-sm">
                    {labelOf(MODE_LABEL, assignment.mode)}
                    {hasQuiz(assignment.mode)
                      ? ` · ${assignment.questionCount} ${assignment.questionCount === 1 ? "question" : "questions"} · ${assignment.attemptsAllowed} ${
                          assignment.attemptsAllowed === 1 ? "attempt" : "attempts"
                        }`
                      : ` · ${assignment.cardCount} ${assignment.cardCount === 1 ? "card" : "cards"}`}
                  </p>
                  <p className="text-sm text-slate-700">
                    Opens {formatInstant(assignment.opensAt, assignment.timeZone)} · Due{" "}
                    {formatInstant(assignment.dueAt, assignment.timeZone)}
                  </p>
                  <p className="text-sm text-slate-700">
                    {assignment.studentsStarted} of {found.students.length} {found.students.length === 1 ? "student" : "students"}{" "}
                    started
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </PageSection>

      <PageSection id="settings" title="Class settings" className="space-y-4">
        <RenameClassForm classId={found.id} name={found.name} />
        <div className="max-w-md space-y-2">
          <h3 className="font-semibold">{isArchived ? "Restore the class" : "Archive the class"}</h3>
          <p className="text-sm text-slate-700">
            {isArchived
              ? "Students see the class and its assignments again, and the join code works again if it is on."
              : "At the end of a course: students stop seeing the class and its assignments, and nobody can join. Nothing is deleted, and you can restore it."}
          </p>
          {isArchived ? (
            <ActionButton action={setClassArchivedAction} fields={{ classId: found.id, isArchived: "false" }} pendingLabel="Restoring…">
              Restore class
            </ActionButton>
          ) : (
            <ActionButton
              action={setClassArchivedAction}
              fields={{ classId: found.id, isArchived: "true" }}
              variant="danger"
              pendingLabel="Archiving…"
              confirm={{ question: `Archive ${found.name}? Students will no longer see it.`, confirmLabel: "Yes, archive the class" }}
            >
              Archive class
            </ActionButton>
          )}
        </div>
      </PageSection>

      <section id="delete-class" aria-labelledby="delete-class-heading" className="max-w-2xl space-y-3 rounded-lg border border-red-300 bg-red-50/40 p-4">
        <h2 id="delete-class-heading" className="text-xl font-semibold text-red-800">
          Delete this class
        </h2>
        <p className="text-sm text-slate-700">
          This deletes the class, its roster, its {found.assignments.length === 1 ? "assignment" : `${found.assignments.length} assignments`} and every
          attempt and score on {found.assignments.length === 1 ? "it" : "them"}, for good.{" "}
          {found.students.length === 0 ? "" : found.students.length === 1 ? "Your student keeps their account and flashcards. " : `Your ${found.students.length} students keep their accounts and flashcards. `}
          To keep the results, download the gradebook first; to only hide the class, archive it instead.
        </p>
        <DeleteClassForm classId={found.id} name={found.name} />
      </section>
    </div>
  );
}

/** A link beside a section's heading to what changes the class. */
function ClassAction({ href, label, isPrimary = false }: { href: string; label: string; isPrimary?: boolean }) {
  return (
    <Link href={href} className={isPrimary ? BUTTON.primary : BUTTON.secondary}>
      {label}
    </Link>
  );
}
