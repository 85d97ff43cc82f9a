import type { Metadata } from "next";
import Link from "next/link";
import { ChartFigure } from "@/components/charts/chart-figure";
import { BackLink } from "@/components/ui/back-link";
import { PageSection } from "@/components/ui/page-section";
import { percent } from "@/lib/progress/describe";
import { ATTEMPT_CHOICE_LABEL, ATTEMPT_CHOICES, type AttemptChoice } from "@/lib/reports/attempt-choice";
import { formatIndex, sortQuestions, statisticText } from "@/lib/reports/assignment-report";
import { describeConsistency, MIN_ANSWERS_FOR_DISCRIMINATION, MIN_ANSWERS_FOR_FACILITY, type QuizSummary } from "@/lib/reports/item-analysis";
import type { AssignmentReport } from "@/server/reports/assignment-report";
import { loadAssignmentReport } from "../../../../load";
import { ItemSummary } from "@/components/content/item-summary";
import { ItemHiddenButton, QuestionsTable, QuestionSortLinks } from "./questions-table";
import { readReportQuery, reportPath, reportSearch, type ReportQuery } from "./report-query";
import { StudentsTable } from "./students-table";

type Props = {
  params: Promise<{ classId: string; assignmentId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load({ params, searchParams }: Props) {
  const { classId, assignmentId } = await params;
  const query = readReportQuery(await searchParams);
  const path = reportPath(classId, assignmentId);
  const loaded = await loadAssignmentReport(classId, assignmentId, query.choice, `${path}${reportSearch(query)}`);
  return { ...loaded, classId, query, path };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { report } = await load(props);
  return { title: `Report: ${report.title}` };
}

/** Why each choice, in one sentence. */
const CHOICE_NOTE: Record<AttemptChoice, string> = {
  first: "each student’s first finished attempt: later attempts come after seeing the answers, so the first says most about what they knew",
  best: "each student’s best finished attempt (of equal scores, the earlier)",
  latest: "each student’s latest finished attempt",
};

export default async function AssignmentReportPage(props: Props) {
  const { report, classId, query, path } = await load(props);
  const assignmentPath = `/classes/${encodeURIComponent(classId)}/assignments/${encodeURIComponent(report.id)}`;
  const csvSearch = reportSearch(query);
  const hasAttempts = report.countedAttempts > 0;

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <BackLink href={assignmentPath}>{`← ${report.title}`}</BackLink>
        <h1 className="text-2xl font-bold wrap-anywhere">Report: {report.title}</h1>
        <p className="text-slate-700">
          {report.className} · {report.students.length} {report.students.length === 1 ? "student" : "students"} ·{" "}
          {report.countedAttempts} with a finished attempt
        </p>
      </header>

      {hasAttempts ? (
        <AttemptChoiceLinks query={query} path={path} />
      ) : (
        <PageSection id="no-attempts" title="No finished attempts yet" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
          <p>
            The questions’ figures and the score chart appear here once students finish the quiz. Students who have started show as started
            below.
          </p>
        </PageSection>
      )}

      <PageSection
        id="students"
        title="Students"
        action={
          <a href={`${path}/students.csv${csvSearch}`} download className="inline-flex min-h-tap items-center text-brand underline">
            Download students (CSV)
          </a>
        }
      >
        <p className="text-sm text-slate-700">
          Time spent adds up, for each finished attempt, the time from starting it to finishing it; an unfinished attempt adds nothing.
        </p>
        {report.students.length === 0 ? (
          <p className="rounded-lg border border-slate-200 bg-white p-4">No students in the class yet.</p>
        ) : (
          <StudentsTable report={report} classId={classId} />
        )}
        {report.formerStudentAttempts > 0 ? (
          <p className="text-sm text-slate-700">
            {report.formerStudentAttempts} {report.formerStudentAttempts === 1 ? "attempt was" : "attempts were"} made by students no longer in the
            class; they are not in this report.
          </p>
        ) : null}
      </PageSection>

      {hasAttempts ? <ReportFigures report={report} query={query} path={path} /> : null}
      {report.hiddenQuestions.length > 0 ? (
        <PageSection id="hidden" title="Questions taken out">
          <p>New attempts do not ask these, and no score or figure counts them. The answers students gave are kept.</p>
          <ul className="space-y-3">
            {report.hiddenQuestions.map(({ item, position }) => (
              <li key={item.id} className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
                <ItemSummary item={item}>
                  <p className="text-sm text-slate-700">Question {position} of the assignment</p>
                </ItemSummary>
                <ItemHiddenButton owner={{ classId: report.classId, assignmentId: report.id }} itemId={item.id} position={position} isHidden />
              </li>
            ))}
          </ul>
        </PageSection>
      ) : null}
    </div>
  );
}

function AttemptChoiceLinks({ query, path }: { query: ReportQuery; path: string }) {
  return (
    <section aria-labelledby="count-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="count-heading" className="text-lg font-semibold">
        Which attempt counts
      </h2>
      <p>
        Counting <strong>{ATTEMPT_CHOICE_LABEL[query.choice].toLowerCase()}s</strong>: scores and question figures use {CHOICE_NOTE[query.choice]}.
      </p>
      <nav aria-label="Which attempt counts">
        <ul className="flex flex-wrap gap-2">
          {ATTEMPT_CHOICES.map((choice) => (
            <li key={choice}>
              <Link
                href={`${path}${reportSearch({ ...query, choice })}`}
                aria-current={choice === query.choice ? "true" : undefined}
                className={`inline-flex min-h-tap items-center rounded border px-3 ${
                  choice === query.choice ? "border-brand bg-brand text-white" : "border-slate-300 bg-white text-brand underline"
                }`}
              >
                {ATTEMPT_CHOICE_LABEL[choice]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </section>
  );
}

function ReportFigures({ report, query, path }: { report: AssignmentReport; query: ReportQuery; path: string }) {
  const questions = sortQuestions(report.questions, query.sort);
  const flagged = questions.filter((question) => question.flags.length > 0).length;
  return (
    <>
      <PageSection
        id="questions"
        title="Questions"
        action={
          <a href={`${path}/items.csv${reportSearch(query)}`} download className="inline-flex min-h-tap items-center text-brand underline">
            Download questions (CSV)
          </a>
        }
      >
        <div className="space-y-1 text-sm text-slate-700">
          <p>
            <strong>Facility</strong> is the share of students who got the question right: 0.80 means 8 in 10.
          </p>
          <p>
            <strong>Discrimination (D)</strong> says whether the students who did well on the other questions also got this one right: near 100
            it tells strong and weak students apart well, near 0 not at all, and below 0 the wrong way round.{" "}
            <strong>Efficiency (E)</strong> is the same, compared with the most this question could do for how easy it is.
          </p>
          <p>
            For each option, <strong>r</strong> is positive when students with higher scores chose it more: good for the right answer, a warning
            for a wrong one.
          </p>
          <p>
            Facility and option shares need {MIN_ANSWERS_FOR_FACILITY} answers; discrimination, efficiency, r and the flags that rest on them need{" "}
            {MIN_ANSWERS_FOR_DISCRIMINATION}. With fewer, the table says “not enough answers”: with a handful of students these figures are mostly
            chance.
          </p>
        </div>
        <p>{flagged === 0 ? "No question is flagged." : `${flagged} ${flagged === 1 ? "question is" : "questions are"} flagged; the reasons and sources are under each.`}</p>
        <QuestionSortLinks query={query} path={path} />
        <QuestionsTable questions={questions} sortLabel={query.sort} owner={{ classId: report.classId, assignmentId: report.id }} />
      </PageSection>

      <PageSection id="scores" title="Scores">
        <ScoreSummary quiz={report.quiz} />
        <ChartFigure
          caption={histogramCaption(report.quiz)}
          kind="bars"
          columns={["Score", "Students"]}
          rows={report.quiz.histogram.map((bin) => ({ key: bin.label, axis: `${Math.round(bin.from * 100)}%`, label: bin.label, value: bin.count, text: String(bin.count) }))}
        />
      </PageSection>
    </>
  );
}

function histogramCaption(quiz: QuizSummary): string {
  const most = Math.max(...quiz.histogram.map((bin) => bin.count));
  const top = quiz.histogram.filter((bin) => bin.count === most);
  const where = top.length === 1 ? `most in ${top[0]!.label} (${most})` : `no band holds more than ${most === 1 ? "1 attempt" : `${most} attempts`}`;
  return `Students by score, in bands of 10%: ${quiz.attempts} ${quiz.attempts === 1 ? "attempt" : "attempts"}; ${where}.`;
}

function ScoreSummary({ quiz }: { quiz: QuizSummary }) {
  return (
    <div className="space-y-2">
      <dl className="grid gap-3 sm:grid-cols-3">
        <Stat term="Mean score" value={statisticText(quiz.mean, percent)} />
        <Stat term="Standard deviation" value={statisticText(quiz.standardDeviation, percent)} />
        <Stat term="Consistency (CIC)" value={statisticText(quiz.consistency, (value) => `${formatIndex(value)}%`)} />
      </dl>
      <p>{describeConsistency(quiz.consistency)}</p>
      <p className="text-sm text-slate-700">
        The standard deviation is how far scores typically lie from the mean. Consistency says how far the questions agree with each other on who
        knows the material; 75% or more is enough to rank students.
      </p>
    </div>
  );
}

function Stat({ term, value }: { term: string; value: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-3">
      <dt className="text-sm text-slate-700">{term}</dt>
      <dd className="font-semibold">{value}</dd>
    </div>
  );
}
