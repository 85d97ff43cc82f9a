import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache, type ReactNode } from "react";
import { startAssignmentQuizAction } from "@/app/(app)/quiz/actions";
import { hasFlashcards, hasQuiz, standingOf } from "@/lib/classes/assignment";
import { BUTTON } from "@/components/ui/button";
import { attemptsLabel, attemptsUsedUpLabel, cardsLabel, labelOf, MODE_LABEL, REVEAL_LABEL } from "@/lib/classes/assignment-labels";
import { describeDue } from "@/lib/classes/relative-due";
import { StandingBadge } from "@/components/assignments/standing-badge";
import { StartQuizButton } from "@/components/quiz/start-quiz-button";
import { NotFoundError } from "@/lib/actions/result";
import { formatInstant } from "@/lib/time/zone";
import { getStudentAssignment } from "@/server/assignments/list-assignments";
import { requireUser } from "@/server/auth/session";

type Params = Promise<{ assignmentId: string }>;

// Loaded once per request, for the title and the page.
const loadAssignment = cache(async (assignmentId: string) => {
  const user = await requireUser(`/assignments/${encodeURIComponent(assignmentId)}`);
  const now = new Date();
  try {
    return { assignment: await getStudentAssignment(user, assignmentId, now), now };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { assignment } = await loadAssignment((await params).assignmentId);
  return { title: assignment.title };
}

export default async function AssignmentPage({ params }: { params: Params }) {
  const { assignment, now } = await loadAssignment((await params).assignmentId);
  const standing = standingOf(assignment.status, assignment.work);
  const zone = assignment.timeZone;

  return (
    <div className="space-y-6">
      <p>
        <Link href="/home" className="inline-flex min-h-tap items-center font-medium text-brand underline">
          ← Home
        </Link>
      </p>
      <h1 className="text-2xl font-bold wrap-anywhere">{assignment.title}</h1>
      <dl className="grid grid-cols-1 gap-x-6 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[auto_1fr] sm:gap-y-2">
        <Row term="Class">{assignment.class.name}</Row>
        <Row term="Status">
          <StandingBadge standing={standing} />
        </Row>
        <Row term="Opens">
          <time dateTime={assignment.opensAt.toISOString()}>{formatInstant(assignment.opensAt, zone)}</time>
        </Row>
        <Row term="Due">
          <time dateTime={assignment.dueAt.toISOString()}>{formatInstant(assignment.dueAt, zone)}</time>{" "}
          <span className={standing === "overdue" ? "font-semibold text-red-800" : "text-slate-700"}>({describeDue(assignment.dueAt, now, assignment.isDone)})</span>
        </Row>
        <Row term="Mode">{labelOf(MODE_LABEL, assignment.mode)}</Row>
        {hasQuiz(assignment.mode) ? (
          <>
            <Row term="Questions">{assignment.questionCount}</Row>
            <Row term="Attempts">{attemptsLabel(assignment.attempts.length, assignment.attemptsAllowed)}</Row>
            <Row term="Answers shown">{labelOf(REVEAL_LABEL, assignment.revealAnswers)}</Row>
          </>
        ) : null}
        {hasFlashcards(assignment.mode) ? <Row term="Flashcards">{cardsLabel(assignment.work.cards)}</Row> : null}
      </dl>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <QuizButtonArea assignment={assignment} />
        <FlashcardArea assignment={assignment} />
      </div>
    </div>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-medium text-slate-600">{term}</dt>
      <dd className="mb-3 last:mb-0 sm:mb-0">{children}</dd>
    </>
  );
}

/** Review exactly this assignment's cards, until each was reviewed once. */
function FlashcardArea({ assignment }: { assignment: Awaited<ReturnType<typeof getStudentAssignment>> }) {
  if (!hasFlashcards(assignment.mode) || assignment.status === "upcoming") return null;
  const { reviewed, total } = assignment.work.cards;
  if (total === 0) return null;
  return (
    <section aria-label="Flashcards" className="space-y-3 sm:max-w-xs">
      {reviewed < total ? (
        <Link href={`/review?assignment=${encodeURIComponent(assignment.id)}`} className={`${BUTTON.primary} w-full`}>
          {reviewed === 0 ? "Review its flashcards" : "Continue its flashcards"}
        </Link>
      ) : (
        <p>Every card of this assignment is reviewed. They come back in your daily review when they are due.</p>
      )}
    </section>
  );
}

/** Start or continue the quiz (the server enforces the attempts allowed and says so), and the latest results. */
function QuizButtonArea({ assignment }: { assignment: Awaited<ReturnType<typeof getStudentAssignment>> }) {
  if (!hasQuiz(assignment.mode) || assignment.status === "upcoming") return null;
  const isInProgress = assignment.attempts.some((attempt) => attempt.finishedAt === null);
  const lastFinished = assignment.attempts.findLast((attempt) => attempt.finishedAt !== null);
  // The same rule the server applies when a quiz starts: an attempt in progress can always be continued.
  const isUsedUp = !isInProgress && assignment.attempts.length >= assignment.attemptsAllowed;
  return (
    <section aria-label="Quiz" className="space-y-3 sm:max-w-xs">
      {isUsedUp ? (
        <p className="rounded border border-slate-300 bg-slate-50 p-3">
          {attemptsUsedUpLabel(assignment.attemptsAllowed)}
        </p>
      ) : (
        <StartQuizButton action={startAssignmentQuizAction} name="assignmentId" value={assignment.id} label={isInProgress ? "Continue quiz" : "Start quiz"} />
      )}
      {lastFinished ? (
        <p>
          <Link href={`/quiz/${encodeURIComponent(lastFinished.id)}`} className="inline-flex min-h-tap items-center font-medium text-brand underline">
            See your results ({lastFinished.score} of {lastFinished.total})
          </Link>
        </p>
      ) : null}
    </section>
  );
}
