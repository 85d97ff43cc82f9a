import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { BUTTON } from "@/components/ui/button";
import { ATTEMPT_CHOICE_LABEL, type AttemptChoice } from "@/lib/reports/attempt-choice";
import { attemptChoiceFrom, cardsText, QUIZ_STATE_LABEL, scoreLabel, sortedName, type GradebookCell } from "@/lib/reports/gradebook";
import { plural } from "@/lib/progress/describe";
import { formatShortDate } from "@/lib/time/zone";
import { requestTimeZone } from "@/server/time-zone";
import { loadGradebook } from "../../load";
import { NoStudentsNotice } from "../no-students-notice";
import { AttemptChoiceLinks } from "./attempt-choice-links";

type Props = { params: Promise<{ classId: string }>; searchParams: Promise<{ choice?: string | string[] }> };

const returnTo = (classId: string) => `/classes/${classId}/gradebook`;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { classId } = await params;
  const { gradebook } = await loadGradebook(classId, attemptChoiceFrom((await searchParams).choice), returnTo(classId));
  return { title: `Gradebook · ${gradebook.className}` };
}

/** The sticky names column: opaque, so the scores scrolling under it do not show through. */
const NAME_CELL = "sticky left-0 z-10 border-r border-slate-200 bg-white px-3 py-2 text-left align-top";
const CELL = "px-3 py-2 align-top whitespace-nowrap";

/** A score links to the attempt it counts, as the teacher reads it; a deleted student's attempt has no answers left to read (decision 021). */
function Cell({ cell, attemptPath }: { cell: GradebookCell; attemptPath: ((attemptId: string) => string) | null }) {
  const { quiz, cards } = cell;
  return (
    <td className={CELL}>
      {quiz?.kind === "score" ? (
        <>
          {attemptPath ? (
            <Link href={attemptPath(quiz.attemptId)} className="block font-medium text-brand underline">
              {scoreLabel(quiz.score).text}
            </Link>
          ) : (
            <span className="block font-medium">{scoreLabel(quiz.score).text}</span>
          )}
          {scoreLabel(quiz.score).percentage ? <span className="block text-slate-700">{scoreLabel(quiz.score).percentage}</span> : null}
        </>
      ) : quiz ? (
        <span className="block text-slate-600">{QUIZ_STATE_LABEL[quiz.kind]}</span>
      ) : null}
      {cards ? <span className={quiz ? "block text-xs text-slate-600" : "block"}>{cardsText(cards)}</span> : null}
    </td>
  );
}

export default async function GradebookPage({ params, searchParams }: Props) {
  const { classId } = await params;
  const choice: AttemptChoice = attemptChoiceFrom((await searchParams).choice);
  const { gradebook } = await loadGradebook(classId, choice, returnTo(classId));
  const zone = await requestTimeZone();
  const { assignments, rows } = gradebook;
  const csvHref = `/classes/${classId}/gradebook/gradebook.csv?choice=${choice}`;
  const isEmpty = rows.length === 0 || assignments.length === 0;

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <BackLink href={`/classes/${classId}`}>{gradebook.className}</BackLink>
        <h1 className="text-2xl font-bold break-words">Gradebook</h1>
        <p className="text-slate-700">
          {plural(rows.length, "student")} · {plural(assignments.length, "assignment")}. Scores are each student’s{" "}
          <strong>{ATTEMPT_CHOICE_LABEL[choice].toLowerCase()}</strong> (finished attempts only); flashcards show the cards reviewed since the
          assignment opened.
        </p>
        {gradebook.withdrawnCount > 0 ? (
          <p className="text-sm text-slate-700">
            {plural(gradebook.withdrawnCount, "withdrawn assignment")} {gradebook.withdrawnCount === 1 ? "is" : "are"} not shown; the work done on
            them is kept.
          </p>
        ) : null}
      </header>

      <div className="flex flex-wrap items-end justify-between gap-3">
        <AttemptChoiceLinks classId={classId} choice={choice} />
        {isEmpty ? null : (
          <a href={csvHref} download className={BUTTON.secondary}>
            Download CSV
          </a>
        )}
      </div>

      {rows.length === 0 ? (
        <NoStudentsNotice classId={classId} />
      ) : assignments.length === 0 ? (
        <p>
          Nothing assigned yet.{" "}
          <Link href={`/classes/${classId}/assignments/new`} className="text-brand underline">
            Assign a set
          </Link>{" "}
          and the scores appear here.
        </p>
      ) : (
        <div className="space-y-2">
          <p className="text-sm text-slate-700">
            One column per assignment, earliest due first. Wide tables scroll sideways; the names stay in view.
          </p>
          <div role="region" aria-labelledby="gradebook-caption" tabIndex={0} className="max-w-full overflow-x-auto rounded-lg border border-slate-200 bg-white focus:outline-2 focus:outline-brand">
            <table className="wrap-break-word min-w-full border-collapse text-sm">
              {/* The caption names the table for screen readers; a visible one would scroll away with the table. */}
              <caption id="gradebook-caption" className="sr-only">
                Scores by student ({ATTEMPT_CHOICE_LABEL[choice].toLowerCase()}), one column per assignment, earliest due first
              </caption>
              <thead>
                <tr className="text-left text-slate-600">
                  <th scope="col" className={`${NAME_CELL} font-medium`}>
                    Student
                  </th>
                  {assignments.map((assignment) => (
                    <th key={assignment.id} scope="col" className="min-w-[7.5rem] px-3 py-2 align-bottom font-medium">
                      <Link href={`/classes/${classId}/assignments/${assignment.id}`} className="block text-brand underline">
                        {assignment.title}
                      </Link>
                      <span className="block text-xs font-normal whitespace-nowrap">
                        due <time dateTime={assignment.dueAt.toISOString()}>{formatShortDate(assignment.dueAt, zone)}</time>
                      </span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map(({ student, cells }) => (
                  <tr key={student.id} className="border-t border-slate-200">
                    <th scope="row" className={`${NAME_CELL} max-w-[10rem] font-normal`}>
                      {student.isDeleted ? (
                        <span className="block font-semibold text-slate-700 italic">{student.name}</span>
                      ) : (
                        <>
                          <Link href={`/classes/${classId}/students/${student.id}`} className="block font-semibold break-words text-brand underline">
                            {sortedName(student)}
                          </Link>
                          <span className="block font-mono text-xs break-all text-slate-600">{student.username}</span>
                        </>
                      )}
                    </th>
                    {cells.map((cell, index) => (
                      <Cell
                        key={assignments[index]!.id}
                        cell={cell}
                        attemptPath={student.isDeleted ? null : (attemptId) => `/classes/${classId}/assignments/${assignments[index]!.id}/attempts/${attemptId}`}
                      />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </div>
  );
}
