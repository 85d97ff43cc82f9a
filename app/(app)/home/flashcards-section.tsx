import Link from "next/link";
import { LocalTime } from "@/components/time/local-time";
import type { SessionUser } from "@/server/auth/session";
import { countCardsToReview } from "@/server/reviews/review-queue";
import { requestTimeZone } from "@/server/time-zone";
import { buttonClass } from "@/components/ui/button";
import { PageSection } from "@/components/ui/page-section";

/** How many flashcards the student can review now, with the way in. */
export async function FlashcardsSection({ user, now }: { user: SessionUser; now: Date }) {
  const { count, nextDueAt } = await countCardsToReview(user, now, await requestTimeZone());
  return (
    <PageSection id="flashcards" title="Flashcards">
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white p-4">
        {count > 0 ? (
          <>
            <p className="text-lg">
              <strong>{count}</strong> {count === 1 ? "card" : "cards"} to review now
            </p>
            <Link href="/review" className={buttonClass("primary")}>
              Review now
            </Link>
          </>
        ) : (
          <p className="text-slate-700">
            No cards to review now.{" "}
            {nextDueAt ? (
              <>
                The next one is due{" "}
                <LocalTime iso={nextDueAt.toISOString()} />
                .
              </>
            ) : (
              <>
                To start, open a set in the{" "}
                <Link href="/library" className="text-brand underline">
                  library
                </Link>{" "}
                and choose “Study this set”.
              </>
            )}
          </p>
        )}
      </div>
    </PageSection>
  );
}
