import type { Metadata } from "next";
import { FeedbackDetails } from "@/components/quiz/feedback-details";
import { BackLink } from "@/components/ui/back-link";
import { BADGE } from "@/components/ui/badge";
import { PageSection } from "@/components/ui/page-section";
import { formatDuration, scoreWithPercent } from "@/lib/reports/assignment-report";
import { ITEM_TYPE_LABEL } from "@/lib/quiz/labels";
import { formatInstant } from "@/lib/time/zone";
import { loadAttemptReview } from "../../../../../load";

type Props = { params: Promise<{ classId: string; assignmentId: string; attemptId: string }> };

async function load({ params }: Props) {
  const { classId, assignmentId, attemptId } = await params;
  const path = `/classes/${encodeURIComponent(classId)}/assignments/${encodeURIComponent(assignmentId)}`;
  const loaded = await loadAttemptReview(classId, assignmentId, attemptId, `${path}/attempts/${encodeURIComponent(attemptId)}`);
  return { ...loaded, path };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { attempt, assignment } = await load(props);
  return { title: `${attempt.student.name}: ${assignment.title}` };
}

export default async function TeacherAttemptPage(props: Props) {
  const { attempt, assignment, path } = await load(props);
  const zone = assignment.timeZone;
  const right = attempt.questions.filter((question) => question.isCorrect).length;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <BackLink href={`${path}/report`}>{`← Report: ${assignment.title}`}</BackLink>
        <h1 className="text-2xl font-bold wrap-anywhere">
          {attempt.student.name}’s attempt: {assignment.title}
        </h1>
        <p className="text-slate-700">
          Started <time dateTime={attempt.startedAt.toISOString()}>{formatInstant(attempt.startedAt, zone)}</time>
          {attempt.finishedAt ? (
            <>
              {" "}
              · finished <time dateTime={attempt.finishedAt.toISOString()}>{formatInstant(attempt.finishedAt, zone)}</time>
              {attempt.finishedAt > assignment.dueAt ? " (late)" : ""} · took{" "}
              {formatDuration(attempt.finishedAt.getTime() - attempt.startedAt.getTime())}
            </>
          ) : (
            " · not finished yet"
          )}
        </p>
        <p className="text-lg font-semibold">
          {attempt.finishedAt ? "Score" : "Score so far"}: {scoreWithPercent(attempt.score)}
        </p>
      </header>

      <PageSection id="answers" title="Questions and answers">
        <p className="text-sm text-slate-700">
          {right} right, {attempt.questions.length - right} wrong or not answered, in the order {attempt.student.name} was asked them.
        </p>
        <ol className="space-y-4">
          {attempt.questions.map((question, index) => (
            <li
              key={question.itemId}
              className={`space-y-3 rounded-lg border bg-white p-4 ${question.isCorrect ? "border-emerald-300" : "border-red-300"}`}
            >
              <h3 className="font-semibold wrap-anywhere">
                Question {index + 1}: {question.question}
              </h3>
              <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
                {ITEM_TYPE_LABEL[question.type]}
                <span className={question.isCorrect ? BADGE.success : BADGE.warning}>{question.isCorrect ? "Right" : "Wrong"}</span>
              </p>
              <p className="wrap-anywhere">
                <span className="font-semibold">{attempt.student.name}’s answer:</span> {question.answer ?? "(not answered)"}
              </p>
              <FeedbackDetails feedback={question.feedback} />
            </li>
          ))}
        </ol>
      </PageSection>
    </div>
  );
}
