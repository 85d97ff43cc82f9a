import Link from "next/link";
import { hasFlashcards, hasQuiz, standingOf } from "@/lib/classes/assignment";
import { attemptsLabel, cardsLabel, labelOf, MODE_LABEL } from "@/lib/classes/assignment-labels";
import { describeDue } from "@/lib/classes/relative-due";
import { StandingBadge } from "@/components/assignments/standing-badge";
import { formatInstant } from "@/lib/time/zone";
import type { StudentAssignment } from "@/server/assignments/list-assignments";
import { PageSection } from "@/components/ui/page-section";

/**
 * What the student has to do, nearest due first (as the data layer sorts it:
 * overdue, then open, then not open yet), with finished work after the rest.
 */
export function DueSection({ assignments, now, hasClasses }: { assignments: StudentAssignment[]; now: Date; hasClasses: boolean }) {
  const ordered = [...assignments.filter((row) => !row.isDone), ...assignments.filter((row) => row.isDone)];
  return (
    <PageSection id="due" title="Due">
      {ordered.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">
          {hasClasses
            ? "Nothing is due. When your teacher assigns something, it shows up here."
            : "Nothing is due. Join a class to see your assignments here: ask your teacher for a join code."}
        </p>
      ) : (
        <ul className="space-y-3">
          {ordered.map((assignment) => (
            <DueItem key={assignment.id} assignment={assignment} now={now} />
          ))}
        </ul>
      )}
    </PageSection>
  );
}

function DueItem({ assignment, now }: { assignment: StudentAssignment; now: Date }) {
  const standing = standingOf(assignment.status, assignment.work);
  return (
    <li className={`rounded-lg border bg-white p-4 ${standing === "overdue" ? "border-red-300 border-l-4" : "border-slate-200"}`}>
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-sm text-slate-600">{assignment.className}</p>
          <h3 className="text-lg font-semibold wrap-anywhere">
            <Link href={`/assignments/${assignment.id}`} className="inline-flex min-h-tap items-center text-brand underline underline-offset-2 hover:text-brand-dark">
              {assignment.title}
            </Link>
          </h3>
        </div>
        <StandingBadge standing={standing} />
      </div>
      <p className="mt-1">
        Due <time dateTime={assignment.dueAt.toISOString()}>{formatInstant(assignment.dueAt, assignment.timeZone)}</time>{" "}
        <span className={standing === "overdue" ? "font-semibold text-red-800" : "text-slate-700"}>
          ({describeDue(assignment.dueAt, now, assignment.isDone)})
        </span>
      </p>
      {assignment.status === "upcoming" ? (
        <p className="text-slate-700">
          Opens <time dateTime={assignment.opensAt.toISOString()}>{formatInstant(assignment.opensAt, assignment.timeZone)}</time>
        </p>
      ) : null}
      <dl className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
        <div className="flex gap-1">
          <dt className="sr-only">Mode</dt>
          <dd>{labelOf(MODE_LABEL, assignment.mode)}</dd>
        </div>
        {hasQuiz(assignment.mode) ? (
          <div className="flex gap-1">
            <dt className="sr-only">Attempts</dt>
            <dd>{attemptsLabel(assignment.attemptsUsed, assignment.attemptsAllowed)}</dd>
          </div>
        ) : null}
        {hasFlashcards(assignment.mode) ? (
          <div className="flex gap-1">
            <dt className="sr-only">Flashcards</dt>
            <dd>{cardsLabel(assignment.work.cards)}</dd>
          </div>
        ) : null}
        <div className="flex gap-1">
          <dt className="sr-only">Progress</dt>
          <dd>{assignment.isDone ? "Done" : "Not done"}</dd>
        </div>
      </dl>
    </li>
  );
}
