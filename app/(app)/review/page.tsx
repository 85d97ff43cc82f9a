import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SyncStatus } from "@/components/review/sync-status";
import { BackLink } from "@/components/ui/back-link";
import { NotFoundError } from "@/lib/actions/result";
import { getStudentAssignment } from "@/server/assignments/list-assignments";
import { requireUser } from "@/server/auth/session";
import { getReviewQueue } from "@/server/reviews/review-queue";
import { requestTimeZone } from "@/server/time-zone";
import { ReviewSession } from "./review-session";

export const metadata: Metadata = { title: "Review flashcards" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ assignment?: string | string[] }> };

/** The day's review, or with ?assignment=ID that assignment's cards still to review. */
export default async function ReviewPage({ searchParams }: Props) {
  const wanted = (await searchParams).assignment;
  const assignmentId = typeof wanted === "string" && wanted !== "" ? wanted : undefined;
  const user = await requireUser(assignmentId ? `/review?assignment=${encodeURIComponent(assignmentId)}` : "/review");
  const now = new Date();
  let assignment: { id: string; title: string } | undefined;
  let queue;
  try {
    if (assignmentId) assignment = await getStudentAssignment(user, assignmentId, now);
    queue = await getReviewQueue(user, now, { timeZone: await requestTimeZone(), assignmentId });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  return (
    <div className="mx-auto max-w-xl space-y-4">
      {assignment ? <BackLink href={`/assignments/${encodeURIComponent(assignment.id)}`}>{assignment.title}</BackLink> : null}
      <h1 className="text-2xl font-bold break-words">{assignment ? `Review: ${assignment.title}` : "Review"}</h1>
      <ReviewSession
        userId={user.id}
        initialEntries={queue.entries}
        initialNextDueAt={queue.nextDueAt?.toISOString() ?? null}
        loadedAt={now.toISOString()}
        assignment={assignment ? { id: assignment.id, title: assignment.title } : undefined}
      />
      {/* Below the card: its status comes and goes as reviews are sent, and must not move what the learner is about to tap. */}
      <SyncStatus userId={user.id} />
      <p className="text-sm text-slate-700">
        <Link href="/settings/learning" className="inline-flex min-h-tap items-center font-medium text-brand underline">
          Learning settings
        </Link>{" "}
        for how many new cards and reviews a day, and how well to remember them.
      </p>
    </div>
  );
}
