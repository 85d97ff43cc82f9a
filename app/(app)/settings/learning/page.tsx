import type { Metadata } from "next";
import { describeParameterChange, PARAMETER_MEANING } from "@/lib/srs/parameters";
import { DEFAULT_PARAMETERS } from "@/lib/srs/scheduler";
import { requireUser } from "@/server/auth/session";
import { getLearnerSettings, type LearnerSettingsView } from "@/server/reviews/settings";
import { LearningSettingsForm } from "./learning-settings-form";
import { formatLongDate } from "@/lib/time/zone";
import { PageSection } from "@/components/ui/page-section";

export const metadata: Metadata = { title: "Learning settings" };

export default async function LearningSettingsPage() {
  const user = await requireUser("/settings/learning");
  const settings = await getLearnerSettings(user);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">Learning settings</h1>
      <PageSection id="schedule" title="Flashcard schedule">
        <p className="max-w-prose text-slate-700">
          Factdeck brings each card back just before you are likely to forget it, using FSRS, the scheduler Anki uses.
        </p>
        <LearningSettingsForm
          initial={{ desiredRetention: settings.desiredRetention, newCardsPerDay: settings.newCardsPerDay, maxReviewsPerDay: settings.maxReviewsPerDay }}
        />
      </PageSection>
      <PersonalParameters settings={settings} />
    </div>
  );
}

function PersonalParameters({ settings }: { settings: LearnerSettingsView }) {
  const { reviewCount, cardCount, minReviews, minCards, parameters } = settings;
  const progress = Math.min(reviewCount, minReviews);
  return (
    <PageSection id="parameters" title="Personal parameters">
      <p className="max-w-prose text-slate-700">
        At first, Factdeck schedules your cards with default parameters fitted to millions of other people&apos;s reviews. After {minReviews}{" "}
        reviews of at least {minCards} cards, it fits the scheduler to your own memory: how quickly you forget, and how much each review
        helps. It fits again after every 100 more reviews. It needs that many because it learns from the cards you forget, and those are
        a minority.
      </p>
      {parameters === null ? (
        <div className="space-y-1">
          <label htmlFor="optimization-progress" className="block font-medium">
            {reviewCount >= minReviews && cardCount < minCards
              ? `${reviewCount} reviews: now review at least ${minCards} different cards (${cardCount} so far).`
              : `${reviewCount} of ${minReviews} reviews`}
          </label>
          <progress id="optimization-progress" max={minReviews} value={progress} className="h-3 w-full max-w-md">
            {Math.round((progress / minReviews) * 100)}%
          </progress>
        </div>
      ) : (
        <OptimizedParameters settings={settings} parameters={parameters} />
      )}
    </PageSection>
  );
}

function OptimizedParameters({ settings, parameters }: { settings: LearnerSettingsView; parameters: number[] }) {
  const previous = settings.previousParameters ?? [...DEFAULT_PARAMETERS];
  const change = describeParameterChange(previous, parameters, settings.desiredRetention);
  return (
    <div className="space-y-3">
      <p>
        Fitted to your {settings.optimizedReviewCount ?? settings.reviewCount} reviews
        {settings.optimizedAt ? (
          <>
            {" "}
            on{" "}
            <time dateTime={settings.optimizedAt.toISOString()}>
              {formatLongDate(settings.optimizedAt, "UTC")}
            </time>
          </>
        ) : null}
        .
      </p>
      <p className="rounded border border-brand-light bg-brand-light/40 p-3 font-medium">{change.summary}</p>
      <div className="overflow-x-auto">
        <table className="wrap-break-word min-w-full border-collapse text-sm">
          <caption className="mb-2 text-left text-slate-700">The scheduler&apos;s parameters, before and after fitting</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="py-2 pr-3">
                Parameter
              </th>
              <th scope="col" className="py-2 pr-3 text-right">
                Before
              </th>
              <th scope="col" className="py-2 text-right">
                Now
              </th>
            </tr>
          </thead>
          <tbody>
            {parameters.map((value, index) => (
              <tr key={index} className="border-b border-slate-200">
                <th scope="row" className="py-2 pr-3 text-left font-normal">
                  <span className="text-slate-500">w{index}</span> {PARAMETER_MEANING[index] ?? ""}
                </th>
                <td className="py-2 pr-3 text-right tabular-nums">{previous[index]?.toFixed(4) ?? "–"}</td>
                <td className="py-2 text-right tabular-nums">{value.toFixed(4)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
