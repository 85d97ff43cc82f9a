import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { NotFoundError } from "@/lib/actions/result";
import { getAttemptPlayer } from "@/server/attempts/get-attempt-player";
import { requireUser } from "@/server/auth/session";
import { QuizPlayer } from "./quiz-player";
import { QuizResults } from "./quiz-results";

type Params = Promise<{ attemptId: string }>;

const loadAttempt = cache(async (attemptId: string) => {
  const user = await requireUser(`/quiz/${encodeURIComponent(attemptId)}`);
  try {
    return await getAttemptPlayer(user, attemptId);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: (await loadAttempt((await params).attemptId)).title };
}

export default async function QuizPage({ params }: { params: Params }) {
  const player = await loadAttempt((await params).attemptId);
  // A student no longer in the class cannot open its assignment: the way back is home.
  const back = player.closedReason
    ? { href: "/home", label: "← Home" }
    : player.assignmentId
    ? { href: `/assignments/${encodeURIComponent(player.assignmentId)}`, label: "← Assignment" }
    : { href: `/library/sets/${encodeURIComponent(player.setSlug)}`, label: "← Set" };
  return (
    <div className="space-y-4">
      <p>
        <Link href={back.href} className="inline-flex min-h-tap items-center font-medium text-brand underline">
          {back.label}
        </Link>
      </p>
      <h1 className="text-2xl font-bold break-words">{player.title}</h1>
      {player.isFinished ? (
        <QuizResults player={player} />
      ) : player.closedReason ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
          {player.closedReason}
        </p>
      ) : (
        <QuizPlayer key={player.id} player={player} />
      )}
    </div>
  );
}
