import Link from "next/link";
import { BADGE } from "@/components/ui/badge";
import { NarrowLabel, ResponsiveRow, ResponsiveTable, TABLE_CELL } from "@/components/ui/responsive-table";
import { ATTEMPT_CHOICE_LABEL, ATTEMPT_CHOICES, scoreText, type CountedAttempt, type ScoredAttempt } from "@/lib/reports/attempt-choice";
import { formatDuration, scoreWithPercent, STUDENT_STATUS_LABEL, type StudentStatus } from "@/lib/reports/assignment-report";
import type { AssignmentReport } from "@/server/reports/assignment-report";
import { StudentCell } from "../student-cell";

const CELL = `${TABLE_CELL} sm:align-top`;

const STATUS_BADGE: Record<StudentStatus, string> = {
  "not-started": BADGE.neutral,
  started: BADGE.info,
  finished: BADGE.success,
};

const scoreOrDash = (counted: CountedAttempt<ScoredAttempt> | null) => (counted ? scoreText(counted.score) : "—");

/** One row per student: status, the counted score, first, best and latest, time spent, and a link to their attempt. */
export function StudentsTable({ report, classId }: { report: AssignmentReport; classId: string }) {
  const attemptsPath = `/classes/${encodeURIComponent(classId)}/assignments/${encodeURIComponent(report.id)}/attempts`;
  return (
    <ResponsiveTable
      caption={`Students’ scores; the counted score is the ${ATTEMPT_CHOICE_LABEL[report.choice].toLowerCase()}`}
      columns={[
        { label: "Student" },
        { label: "Status" },
        { label: "Counted score" },
        { label: "First, best, latest" },
        { label: "Time spent" },
        { label: "Attempt", isHidden: true },
      ]}
    >
      {report.students.map((student) => (
        <ResponsiveRow key={student.studentId}>
          <StudentCell name={student.name} username={student.username} />
          <td role="cell" className={CELL}>
            <NarrowLabel>Status</NarrowLabel>
            <span className={STATUS_BADGE[student.status]}>{STUDENT_STATUS_LABEL[student.status]}</span>
            {student.attempts > 1 ? <span className="block text-sm text-slate-700">{student.attempts} attempts</span> : null}
          </td>
          <td role="cell" className={CELL}>
            <NarrowLabel>Counted score</NarrowLabel>
            <span className="font-semibold">{student.counted ? scoreWithPercent(student.counted.score) : "None yet"}</span>
          </td>
          <td role="cell" className={CELL}>
            <NarrowLabel>First, best, latest</NarrowLabel>
            <dl className="inline text-sm sm:block">
              {ATTEMPT_CHOICES.map((choice) => (
                <div key={choice} className="inline whitespace-nowrap sm:block">
                  <dt className="inline font-medium">{ATTEMPT_CHOICE_LABEL[choice].replace(" attempt", "")}: </dt>
                  <dd className="mr-2 inline">{scoreOrDash(student.scores[choice])}</dd>
                </div>
              ))}
            </dl>
          </td>
          <td role="cell" className={CELL}>
            <NarrowLabel>Time spent</NarrowLabel>
            {student.timeSpentMs === null ? "—" : formatDuration(student.timeSpentMs)}
          </td>
          <td role="cell" className={CELL}>
            {student.linkedAttemptId ? (
              <Link href={`${attemptsPath}/${encodeURIComponent(student.linkedAttemptId)}`} className="inline-flex min-h-tap items-center text-brand underline">
                See attempt<span className="sr-only"> by {student.name}</span>
              </Link>
            ) : null}
          </td>
        </ResponsiveRow>
      ))}
    </ResponsiveTable>
  );
}
