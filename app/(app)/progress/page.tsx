import type { Metadata } from "next";
import Link from "next/link";
import { dayLabel, longDayLabel } from "@/lib/time/calendar";
import { describeForecast, describeMastery, describeRetention, describeReviewsPerDay, describeStreak, percent } from "@/lib/progress/describe";
import type { SetMastery } from "@/lib/progress/progress";
import { requireUser } from "@/server/auth/session";
import { requestTimeZone } from "@/server/time-zone";
import { getProgress, RETENTION_WEEKS, REVIEW_HISTORY_DAYS, type Progress } from "@/server/progress/get-progress";
import { ChartFigure } from "@/components/charts/chart-figure";
import { PageSection } from "@/components/ui/page-section";

export const metadata: Metadata = { title: "Progress" };

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** One day of a bar chart: its short axis label, its spoken label and its count. */
function dayRow(day: { date: string; count: number }, axis = dayLabel(day.date), label = longDayLabel(day.date)) {
  return { key: day.date, axis, label, value: day.count, text: String(day.count) };
}

/** A titled bar chart of counts per day, with its table and its summary. */
function DayBarsSection({ id, title, caption, column, rows }: { id: string; title: string; caption: string; column: string; rows: ReturnType<typeof dayRow>[] }) {
  return (
    <PageSection id={id} title={title}>
      <ChartFigure caption={caption} kind="bars" columns={["Day", column]} rows={rows} />
    </PageSection>
  );
}

export default async function ProgressPage() {
  const user = await requireUser("/progress");
  const timeZone = await requestTimeZone();
  const progress = await getProgress(user, new Date(), timeZone);

  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">Progress</h1>
        <p className="text-sm text-slate-700">Days are counted in your time zone ({progress.timeZone}).</p>
      </div>
      {!progress.hasReviewed ? <EmptyState dueToday={progress.dueToday} /> : <ProgressSections progress={progress} />}
    </div>
  );
}

function EmptyState({ dueToday }: { dueToday: number }) {
  return (
    <PageSection id="empty" title="No reviews yet" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <p className="text-slate-700">
        Your progress shows up here once you answer quiz questions or review flashcards: cards due, your streak, how much you remember and how
        much of each set you have mastered.
      </p>
      {dueToday > 0 ? <p className="text-slate-700">{plural(dueToday, "card")} due today.</p> : null}
      <p>
        <Link href="/library" className="inline-flex min-h-tap items-center text-brand underline underline-offset-2 hover:text-brand-dark">
          Pick a set in the library to start
        </Link>
      </p>
    </PageSection>
  );
}

function ProgressSections({ progress }: { progress: Progress }) {
  const reviewsLately = progress.reviewsPerDay.reduce((sum, day) => sum + day.count, 0);
  const retentionReviews = progress.retention.reduce((sum, week) => sum + week.reviews, 0);
  const retentionPassed = progress.retention.reduce((sum, week) => sum + week.passed, 0);
  return (
    <>
      <section aria-labelledby="summary-heading" className="space-y-3">
        <h2 id="summary-heading" className="sr-only">
          Summary
        </h2>
        <dl className="grid grid-cols-2 gap-3">
          <Stat term="Due today" value={plural(progress.dueToday, "card")} />
          <Stat term="Streak" value={plural(progress.streak.days, "day")} note={describeStreak(progress.streak)} />
          <Stat term={`Reviews, last ${REVIEW_HISTORY_DAYS} days`} value={String(reviewsLately)} />
          <Stat
            term={`True retention, last ${RETENTION_WEEKS} weeks`}
            value={retentionReviews > 0 ? percent(retentionPassed / retentionReviews) : "Not yet"}
          />
        </dl>
      </section>

      <DayBarsSection
        id="forecast"
        title="Cards due"
        caption={describeForecast(progress.forecast)}
        column="Cards due"
        rows={progress.forecast.map((day, index) =>
          index === 0 ? dayRow(day, "Today", `Today (${longDayLabel(day.date)}, overdue included)`) : dayRow(day),
        )}
      />
      <DayBarsSection
        id="reviews"
        title="Reviews per day"
        caption={describeReviewsPerDay(progress.reviewsPerDay)}
        column="Reviews"
        rows={progress.reviewsPerDay.map((day) => dayRow(day))}
      />

      <PageSection id="retention" title="True retention">
        <p className="text-sm text-slate-700">
          The share of reviews of learned cards you passed (rated Hard, Good or Easy), per week. Around 90% means the schedule is working.
        </p>
        {progress.retention.length === 0 ? (
          <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">{describeRetention([])}</p>
        ) : (
          <ChartFigure
            caption={describeRetention(progress.retention)}
            kind="line"
            isPercent
            columns={["Week of", "Passed"]}
            rows={progress.retention.map((week) => ({
              key: week.weekStart,
              axis: dayLabel(week.weekStart),
              label: longDayLabel(week.weekStart),
              value: week.retention === null ? null : Math.round(week.retention * 1000) / 10,
              text: week.retention === null ? "No reviews" : `${percent(week.retention)} (${week.passed} of ${week.reviews})`,
            }))}
          />
        )}
      </PageSection>

      <PageSection id="mastery" title="Mastery by set">
        <p className="text-sm text-slate-700">An item is mastered once you would remember it for at least 3 weeks.</p>
        {progress.mastery.length === 0 ? (
          <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">Sets you study show up here: open one in the library and choose “Study this set”.</p>
        ) : (
          <ul className="space-y-3">
            {progress.mastery.map((set) => (
              <MasteryRow key={set.slug} set={set} />
            ))}
          </ul>
        )}
      </PageSection>
    </>
  );
}

function Stat({ term, value, note }: { term: string; value: string; note?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-3">
      <dt className="text-sm text-slate-700">{term}</dt>
      <dd className="text-2xl font-bold tabular-nums">{value}</dd>
      {note ? <dd className="text-sm text-slate-700">{note}</dd> : null}
    </div>
  );
}

function MasteryRow({ set }: { set: SetMastery }) {
  const startedShare = set.total > 0 ? set.started / set.total : 0;
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-3">
      <h3 className="font-semibold wrap-anywhere">{set.title}</h3>
      <p className="text-sm text-slate-700">
        {percent(set.share)} mastered: {describeMastery(set)}
      </p>
      <div aria-hidden="true" className="relative mt-2 h-3 overflow-hidden rounded-full border border-slate-500 bg-white">
        <div className="absolute inset-y-0 left-0 bg-brand-light" style={{ width: `${startedShare * 100}%` }} />
        <div className="absolute inset-y-0 left-0 bg-brand" style={{ width: `${set.share * 100}%` }} />
      </div>
    </li>
  );
}
