import type { Metadata } from "next";
import Link from "next/link";
import { StandingBadge } from "@/components/assignments/standing-badge";
import { BackLink } from "@/components/ui/back-link";
import { BUTTON } from "@/components/ui/button";
import { PageSection } from "@/components/ui/page-section";
import { NarrowLabel, ResponsiveRow, ResponsiveTable, TABLE_CELL } from "@/components/ui/responsive-table";
import { attemptsLabel } from "@/lib/classes/assignment-labels";
import { percent, plural } from "@/lib/progress/describe";
import { ATTEMPT_CHOICE_LABEL, ATTEMPT_CHOICES, DEFAULT_ATTEMPT_CHOICE } from "@/lib/reports/attempt-choice";
import { cardsText, QUIZ_STATE_LABEL, scoreLabel } from "@/lib/reports/gradebook";
import { describeStudentActivity, WEAKEST_FACTS_SHOWN } from "@/lib/reports/student-report";
import { longDayLabel } from "@/lib/time/calendar";
import { formatDateTime, formatShortDate } from "@/lib/time/zone";
import type { StudentAssignmentReport } from "@/server/reports/student-report";
import { requestTimeZone } from "@/server/time-zone";
import { loadStudentReport } from "../../../load";

type Props = { params: Promise<{ classId: string; studentId: string }> };

const returnTo = (classId: string, studentId: string) => `/classes/${classId}/students/${studentId}`;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { classId, studentId } = await params;
  const { report } = await loadStudentReport(classId, studentId, await requestTimeZone(), returnTo(classId, studentId));
  return { title: report.student.name };
}

const CELL = `${TABLE_CELL} sm:align-top`;

function ScoreText({ row, choice }: { row: StudentAssignmentReport; choice: (typeof ATTEMPT_CHOICES)[number] }) {
  if (!row.quiz) return <span className="text-slate-600">no quiz</span>;
  const counted = row.scores?.[choice];
  if (!counted) return <span className="text-slate-600">{row.quiz.kind === "score" ? "—" : QUIZ_STATE_LABEL[row.quiz.kind]}</span>;
  const { text, percentage } = scoreLabel(counted.score);
  return (
    <span className="whitespace-nowrap">
      {text}
      {percentage ? ` (${percentage})` : ""}
    </span>
  );
}

export default async function StudentReportPage({ params }: Props) {
  const { classId, studentId } = await params;
  const zone = await requestTimeZone();
  const { found, report } = await loadStudentReport(classId, studentId, zone, returnTo(classId, studentId));
  const { student, assignments, facts, activity } = report;

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <BackLink href={`/classes/${found.id}`}>{found.name}</BackLink>
        <h1 className="text-2xl font-bold wrap-anywhere">{student.name}</h1>
        <p className="text-slate-700">
          Username <span className="font-mono break-all">{student.username}</span>
        </p>
        <div className="flex flex-wrap gap-2">
          <Link href={`/classes/${found.id}/gradebook`} className={BUTTON.secondary}>
            Class gradebook
          </Link>
          {student.canReset && !found.archivedAt ? (
            <Link href={`/classes/${found.id}/students/${student.id}/password`} className={BUTTON.secondary}>
              Reset password
            </Link>
          ) : null}
        </div>
      </header>

      <PageSection id="assignments" title="Assignments">
        {assignments.length === 0 ? (
          <p>Nothing assigned to this class yet.</p>
        ) : (
          <>
            <p className="text-sm text-slate-700">
              Scores count finished attempts only; the gradebook uses the {ATTEMPT_CHOICE_LABEL[DEFAULT_ATTEMPT_CHOICE].toLowerCase()} unless you
              choose another.
            </p>
            <ResponsiveTable
              caption={`Assignments of ${student.name}, earliest due first`}
              columns={[{ label: "Assignment" }, { label: "Standing" }, ...ATTEMPT_CHOICES.map((choice) => ({ label: ATTEMPT_CHOICE_LABEL[choice] })), { label: "Flashcards" }]}
            >
              {assignments.map((row) => (
                <ResponsiveRow key={row.id}>
                  <td role="cell" className={CELL}>
                    <Link href={`/classes/${found.id}/assignments/${row.id}`} className="block font-semibold wrap-anywhere text-brand underline">
                      {row.title}
                    </Link>
                    <span className="block text-sm text-slate-700">
                      due <time dateTime={row.dueAt.toISOString()}>{formatShortDate(row.dueAt, zone)}</time>
                      {row.quiz ? ` · ${attemptsLabel(row.attemptsUsed, row.attemptsAllowed)}` : ""}
                    </span>
                  </td>
                  <td role="cell" className={CELL}>
                    <NarrowLabel>Standing</NarrowLabel>
                    <StandingBadge standing={row.standing} />
                  </td>
                  {ATTEMPT_CHOICES.map((choice) => (
                    <td key={choice} role="cell" className={CELL}>
                      <NarrowLabel>{ATTEMPT_CHOICE_LABEL[choice]}</NarrowLabel>
                      <ScoreText row={row} choice={choice} />
                    </td>
                  ))}
                  <td role="cell" className={CELL}>
                    <NarrowLabel>Flashcards</NarrowLabel>
                    {row.cards ? cardsText(row.cards) : <span className="text-slate-600">none</span>}
                  </td>
                </ResponsiveRow>
              ))}
            </ResponsiveTable>
          </>
        )}
      </PageSection>

      <PageSection id="weakest-facts" title="Weakest facts">
        <p className="text-slate-700">
          The facts of this class’s assignments that {student.name} is least likely to still recall on {longDayLabel(facts.day)}, a week from
          today, as FSRS predicts from their own reviews of the fact’s best-remembered question; facts they have not studied yet are counted,
          not listed.
        </p>
        {facts.weakest.length === 0 ? (
          <p>{facts.notStudied > 0 ? `None studied yet: ${plural(facts.notStudied, "assigned fact")} not studied.` : "No facts assigned yet."}</p>
        ) : (
          <>
            <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
              {facts.weakest.map((fact) => (
                <li key={fact.factId} className="flex gap-3 px-4 py-2">
                  <span className="w-12 shrink-0 text-right font-semibold tabular-nums">{percent(fact.recall)}</span>
                  <span className="min-w-0 wrap-anywhere">{fact.statement}</span>
                </li>
              ))}
            </ol>
            <p className="text-sm text-slate-700">
              {facts.studied > WEAKEST_FACTS_SHOWN ? `The ${WEAKEST_FACTS_SHOWN} lowest of ${plural(facts.studied, "studied fact")}` : plural(facts.studied, "studied fact")}
              {facts.notStudied > 0 ? `; ${plural(facts.notStudied, "assigned fact")} not studied yet.` : "."}
            </p>
          </>
        )}
      </PageSection>

      <PageSection id="activity" title="Recent activity">
        <p>{describeStudentActivity(activity.events, activity.days, activity.lastActiveAt, zone)}</p>
        {activity.recent.length > 0 ? (
          <ResponsiveTable caption={`The latest reviews and quiz answers of ${student.name}`} columns={[{ label: "When" }, { label: "What" }, { label: "Question" }]}>
            {activity.recent.map((event, index) => (
              <ResponsiveRow key={`${event.at.toISOString()}-${index}`}>
                <td role="cell" className={`${CELL} whitespace-nowrap`}>
                  <time dateTime={event.at.toISOString()}>{formatDateTime(event.at, zone)}</time>
                </td>
                <td role="cell" className={CELL}>
                  <NarrowLabel>What</NarrowLabel>
                  {event.kind === "review" ? "Flashcard review" : event.isCorrect ? "Quiz answer, right" : "Quiz answer, wrong"}
                </td>
                <td role="cell" className={`${CELL} wrap-anywhere`}>
                  {event.prompt ?? <span className="text-slate-600">a question no longer in the library</span>}
                </td>
              </ResponsiveRow>
            ))}
          </ResponsiveTable>
        ) : null}
      </PageSection>
    </div>
  );
}
