import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { ChartFigure } from "@/components/charts/chart-figure";
import { BackLink } from "@/components/ui/back-link";
import { BUTTON } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { PageSection } from "@/components/ui/page-section";
import { NarrowLabel, ResponsiveRow, ResponsiveTable, TABLE_CELL } from "@/components/ui/responsive-table";
import { percent, plural } from "@/lib/progress/describe";
import { describeActivity } from "@/lib/reports/activity";
import { INACTIVE_DAYS_BEHIND, OVERDUE_CARDS_BEHIND } from "@/lib/reports/behind";
import { checkForecastDay, FORECAST_MAX_DAYS_AHEAD } from "@/lib/reports/forecast-day";
import { describeFactsBelow, forecastExplanation } from "@/lib/reports/memory-forecast";
import { addDays, dayKey, dayLabel, longDayLabel } from "@/lib/time/calendar";
import { formatIsoDate } from "@/lib/time/iso-date";
import { requestTimeZone } from "@/server/time-zone";
import type { ClassInsight, InsightFact } from "@/server/reports/class-insight";
import { loadClassInsight } from "../../load";
import { CreateReviewForm } from "./create-review-form";

export const metadata: Metadata = { title: "What the class remembers" };

type Props = { params: Promise<{ classId: string }>; searchParams: Promise<{ day?: string | string[] }> };

export default async function InsightsPage({ params, searchParams }: Props) {
  const { classId } = await params;
  const { day: asked } = await searchParams;
  const timeZone = await requestTimeZone();
  const now = new Date();
  const typed = Array.isArray(asked) ? asked[0] : asked;
  const checked = checkForecastDay(typed, now, timeZone);
  // A bad day is said beside the field; the page shows the default day meanwhile.
  const insight = await loadClassInsight(classId, checked.ok ? checked.day : "", timeZone, `/classes/${classId}/insights`);
  const today = dayKey(now, insight.timeZone);

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <BackLink href={`/classes/${insight.classId}`}>{insight.className}</BackLink>
        <h1 className="text-2xl font-bold wrap-anywhere">What the class remembers</h1>
        <p className="text-slate-700">
          {insight.className} · {plural(insight.students.length, "student")} · days are counted in {insight.timeZone.replaceAll("_", " ")}.
        </p>
      </header>

      <PageSection id="forecast" title="Memory forecast">
        {insight.students.length > 0 && insight.facts.length > 0 ? (
          <form method="get" className="flex flex-wrap items-end gap-3">
            <Field
              id="day"
              label="Forecast for"
              hint={`From today to ${formatIsoDate(addDays(today, FORECAST_MAX_DAYS_AHEAD))}.`}
              errors={checked.ok ? undefined : [checked.error]}
            >
              {(described) => (
                <input
                  {...described}
                  name="day"
                  type="date"
                  defaultValue={insight.day}
                  min={today}
                  max={addDays(today, FORECAST_MAX_DAYS_AHEAD)}
                  required
                  className="min-h-tap rounded border border-slate-400 bg-white px-3 py-2"
                />
              )}
            </Field>
            <button type="submit" className={BUTTON.secondary}>
              Show the forecast
            </button>
          </form>
        ) : null}
        <Forecast insight={insight} today={today} />
      </PageSection>

      <PageSection id="behind" title="Students who have fallen behind">
        <Behind insight={insight} />
      </PageSection>

      <PageSection id="activity" title="Activity, last 30 days">
        {insight.students.length === 0 ? (
          <p className="text-slate-700">No students in the class yet.</p>
        ) : (
          <ChartFigure
            caption={describeActivity(insight.activity)}
            kind="bars"
            columns={["Day", "Reviews", "Quiz answers", "Active students"]}
            rows={insight.activity.days.map((entry) => ({
              key: entry.date,
              axis: dayLabel(entry.date),
              label: longDayLabel(entry.date),
              value: entry.reviews + entry.quizAnswers,
              text: [String(entry.reviews), String(entry.quizAnswers), String(entry.activeStudents)],
            }))}
          />
        )}
        {insight.students.length > 0 ? (
          <p className="text-sm text-slate-700">Bars: flashcard reviews and quiz answers per day. Undone reviews do not count.</p>
        ) : null}
      </PageSection>
    </div>
  );
}

function EmptyNote({ children }: { children: ReactNode }) {
  return <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">{children}</p>;
}

function Forecast({ insight, today }: { insight: ClassInsight; today: string }) {
  const link = "text-brand underline";
  if (insight.students.length === 0) {
    return (
      <EmptyNote>
        No students in the class yet, so there is nothing to forecast.{" "}
        <Link href={`/classes/${insight.classId}`} className={link}>
          Share the join code or add students
        </Link>
        .
      </EmptyNote>
    );
  }
  if (insight.facts.length === 0) {
    return (
      <EmptyNote>
        Nothing is assigned to this class yet. The forecast covers the facts of the sets you assign.{" "}
        {insight.isArchived ? null : (
          <Link href={`/classes/${insight.classId}/assignments/new`} className={link}>
            Assign a set
          </Link>
        )}
      </EmptyNote>
    );
  }
  if (!insight.hasStudied) {
    return (
      <EmptyNote>
        Nobody in the class has studied the {plural(insight.facts.length, "assigned fact")} yet, so each is forecast at 0%. The forecast fills in once
        students answer quiz questions or review flashcards.
      </EmptyNote>
    );
  }
  const count = insight.below.length;
  return (
    <div className="space-y-4">
      <p className="text-lg font-semibold">{describeFactsBelow(count, insight.facts.length, insight.day, insight.threshold)}</p>
      <p className="text-slate-700">{forecastExplanation(insight.day)}</p>
      {count > 0 ? (
        <>
          <ol aria-label={`Facts below ${percent(insight.threshold)} by ${longDayLabel(insight.day)}`} className="space-y-2">
            {insight.below.map((fact) => (
              <li key={fact.factId} className="rounded-lg border border-slate-200 bg-white p-3">
                <p className="wrap-anywhere">{fact.statement}</p>
                <p className="text-sm text-slate-700">
                  <span className="font-semibold">{percent(fact.share)}</span> predicted to recall · {studiedText(fact)}
                </p>
              </li>
            ))}
          </ol>
          {insight.isArchived ? (
            <p className="rounded border border-slate-300 bg-slate-100 p-3">The class is archived, so no assignment can be added. Restore it first.</p>
          ) : insight.day === today ? (
            <p className="text-slate-700">Pick a later day to create a review assignment due on it.</p>
          ) : insight.reviewItemCount === 0 ? (
            <p className="text-slate-700">These facts have no current questions, so they cannot be assigned for review.</p>
          ) : (
            <CreateReviewForm
              classId={insight.classId}
              day={insight.day}
              label={count === 1 ? "Create a review assignment of this fact" : `Create a review assignment of these ${count} facts`}
              hint={`Flashcards of their ${plural(insight.reviewItemCount, "question")}, open now and due at the start of ${longDayLabel(insight.day)}.`}
            />
          )}
        </>
      ) : null}
      <FactTable insight={insight} />
    </div>
  );
}

function studiedText(fact: InsightFact): string {
  return `${fact.studied} of ${plural(fact.students, "student")} studied it`;
}

function FactTable({ insight }: { insight: ClassInsight }) {
  return (
    <details className="space-y-2">
      <summary className="inline-flex min-h-tap cursor-pointer items-center font-medium text-brand underline underline-offset-2 hover:text-brand-dark">
        All {plural(insight.facts.length, "fact")}, lowest first
      </summary>
      <ResponsiveTable
        caption={`Predicted recall of every assigned fact by ${longDayLabel(insight.day)}, lowest first`}
        columns={[{ label: "Fact" }, { label: "Predicted recall" }, { label: "Studied by" }]}
      >
        {insight.facts.map((fact) => (
          <ResponsiveRow key={fact.factId}>
            <td role="cell" className={`${TABLE_CELL} wrap-anywhere`}>
              {fact.statement}
            </td>
            <td role="cell" className={`${TABLE_CELL} tabular-nums sm:text-right`}>
              <NarrowLabel>Predicted recall</NarrowLabel>
              {percent(fact.share)}
            </td>
            <td role="cell" className={`${TABLE_CELL} tabular-nums`}>
              <NarrowLabel>Studied by</NarrowLabel>
              {fact.studied} of {fact.students}
            </td>
          </ResponsiveRow>
        ))}
      </ResponsiveTable>
    </details>
  );
}

function Behind({ insight }: { insight: ClassInsight }) {
  if (insight.students.length === 0) return <EmptyNote>No students in the class yet.</EmptyNote>;
  if (insight.behind.length === 0) {
    return (
      <EmptyNote>
        Nobody has fallen behind: no student has {OVERDUE_CARDS_BEHIND} or more overdue cards or {INACTIVE_DAYS_BEHIND} days without activity.
      </EmptyNote>
    );
  }
  return (
    <>
      <p className="text-slate-700">
        {plural(insight.behind.length, "student")} with {OVERDUE_CARDS_BEHIND} or more overdue cards of the class’s assignments, or no flashcard review or
        quiz answer for {INACTIVE_DAYS_BEHIND} days.
      </p>
      <ul className="space-y-2">
        {insight.behind.map((student) => (
          <li key={student.studentId} className="rounded-lg border border-slate-200 bg-white p-3">
            <Link href={`/classes/${insight.classId}/students/${student.studentId}`} className="font-semibold text-brand underline wrap-anywhere">
              {student.name}
            </Link>
            <span className="ml-2 font-mono text-sm break-all text-slate-700">{student.username}</span>
            <ul className="mt-1 list-disc pl-5 text-slate-800">
              {student.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
