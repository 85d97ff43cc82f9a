import type { Metadata } from "next";
import { SyncStatus } from "@/components/review/sync-status";
import { requireUser } from "@/server/auth/session";
import { getReviewQueue } from "@/server/reviews/review-queue";
import { requestTimeZone } from "@/server/time-zone";
import { ReviewSession } from "./review-session";

export const metadata: Metadata = { title: "Review flashcards" };
export const dynamic = "force-dynamic";

export default async function ReviewPage() {
  const user = await requireUser("/review");
  const now = new Date();
  const queue = await getReviewQueue(user, now, { timeZone: await requestTimeZone() });
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">Review</h1>
      <SyncStatus />
      <ReviewSession initialEntries={queue.entries} initialNextDueAt={queue.nextDueAt?.toISOString() ?? null} loadedAt={now.toISOString()} />
    </div>
  );
}
