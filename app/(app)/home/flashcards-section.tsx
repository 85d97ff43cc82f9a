import Link from "next/link";
import { LocalTime } from "@/components/time/local-time";
import type { SessionUser } from "@/server/auth/session";
import { countDueToday } from "@/server/progress/get-progress";
import { countCardsToReview } from "@/server/reviews/review-queue";
import { requestTimeZone } from "@/server/time-zone";
import { buttonClass } from "@/components/ui/button";
import { PageSection } from "@/components/ui/page-section";

const cards = (count: number) => `${count === 1 ? "card" : "cards"}`;

/**
 * The student's cards due today (the progress page's number, from the same
 * function) and the way in when the review queue has something now, new
 * cards included.
 */
export async function FlashcardsSection({ user, now }: { user: SessionUser; now: Date }) {
  const timeZone = await requestTimeZone();
  const [due, queue] = await Promise.all([countDueToday(user, now, timeZone), countCardsToReview(user, now, timeZone)]);
  return (
    <PageSection id="flashcards" title="Flashcards">
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <div className="space-y-1">
          <p className="text-lg">
            {due > 0 ? (
              <>
                <strong>{due}</strong> {cards(due)} due today
              </>
            ) : (
              "No cards due today."
            )}
          </p>
          {queue.count > 0 && due === 0 ? <p className="text-slate-700">New cards are waiting to be learned.</p> : null}
          {queue.count === 0 ? (
            <p className="text-slate-700">
              {queue.nextDueAt ? (
                <>
                  Nothing to review right now: the next card is due <LocalTime iso={queue.nextDueAt.toISOString()} />.
                </>
              ) : due > 0 ? (
                "Nothing more to review right now: today's review limit is reached."
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
          ) : null}
        </div>
        {queue.count > 0 ? (
          <Link href="/review" className={buttonClass("primary")}>
            Review now
          </Link>
        ) : null}
      </div>
    </PageSection>
  );
}
