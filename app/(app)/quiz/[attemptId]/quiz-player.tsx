"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { draftToResponse, emptyDraft, responseToDraft, restoreDraft, type Draft } from "@/lib/quiz/draft";
import type { QuizResponse } from "@/lib/quiz/response";
import type { Feedback } from "@/lib/quiz/feedback";
import type { AttemptPlayer, PlayerQuestion } from "@/server/attempts/get-attempt-player";
import { answerQuestionAction, finishAttemptAction } from "../actions";
import { FeedbackDetails } from "@/components/quiz/feedback-details";
import { QuestionFields } from "./question-fields";
import { forgetKept, keepDraft, keepOpenFeedback, readKept } from "./quiz-device-state";
import { buttonClass } from "@/components/ui/button";

const PRIMARY = buttonClass("primary", "w-full sm:w-auto");

/**
 * One question at a time, from the first unanswered one. Each answer is
 * saved (and graded) on the server before the next question, so a reload or
 * another device continues here. Untimed. A reload in this tab also brings
 * back the feedback that was open and an answer chosen but not sent yet
 * (quiz-device-state.ts).
 */
export function QuizPlayer({ player }: { player: AttemptPlayer }) {
  const router = useRouter();
  const total = player.questions.length;
  const [index, setIndex] = useState(player.position);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const heading = useRef<HTMLHeadingElement>(null);
  const hasMoved = useRef(false);

  // A reload while the feedback of the last answered question was open: show it again (the server has the answer and its feedback).
  useEffect(() => {
    if (player.reveal !== "after-each") return;
    const { openFeedbackItemId } = readKept(player.id);
    const previous = player.questions[player.position - 1];
    if (!previous?.feedback || previous.question.itemId !== openFeedbackItemId) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- what this tab kept is known only after hydration
    setIndex(player.position - 1);
    setFeedback(previous.feedback);
  }, [player]);

  // A new question after the learner moved on: move the focus to its heading so a screen reader starts there.
  useEffect(() => {
    if (hasMoved.current) heading.current?.focus();
  }, [index]);

  const question: PlayerQuestion | undefined = player.questions[index];
  const isLast = index >= total - 1;

  function finish() {
    setError(null);
    startTransition(async () => {
      const result = await finishAttemptAction({ attemptId: player.id });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      forgetKept(player.id);
      router.refresh();
    });
  }

  function next() {
    hasMoved.current = true;
    keepOpenFeedback(player.id, null);
    setFeedback(null);
    setAnnouncement("");
    setIndex((current) => current + 1);
  }

  function submit(itemId: string, response: unknown) {
    setError(null);
    startTransition(async () => {
      const result = await answerQuestionAction({ attemptId: player.id, itemId, response });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      keepDraft(player.id, itemId, null);
      const outcome = result.data.feedback;
      if (outcome) {
        keepOpenFeedback(player.id, itemId);
        setFeedback(outcome);
        setAnnouncement(outcome.isCorrect ? "Correct." : `Not quite. The correct answer is ${outcome.correctAnswer}.`);
      } else {
        setAnnouncement(`Answer ${index + 1} saved.`);
        hasMoved.current = true;
        setIndex((current) => current + 1);
      }
    });
  }

  return (
    <div className="space-y-4">
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {question ? (
        <section aria-labelledby="question-heading" className="space-y-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="question-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold">
              Question {index + 1} of {total}
            </h2>
            <p className="text-sm text-slate-600">{player.reveal === "after-each" ? "Answers shown after each question" : "Answers shown at the end"}</p>
          </div>
          <progress max={total} value={index} aria-label="Questions answered" className="h-2 w-full" />
          <QuestionForm
            key={question.question.itemId}
            attemptId={player.id}
            question={question}
            savedResponse={feedback ? question.answer?.response : undefined}
            feedback={feedback}
            isPending={isPending}
            submitLabel={player.reveal === "after-each" ? "Check answer" : "Save answer"}
            onSubmit={submit}
          />
          <FormAlert message={error} />
          {feedback ? (
            <div className="space-y-4">
              <FeedbackPanel feedback={feedback} />
              <button type="button" onClick={isLast ? finish : next} disabled={isPending} className={PRIMARY}>
                {isLast ? (isPending ? "Finishing…" : "See results") : "Next question"}
              </button>
            </div>
          ) : null}
        </section>
      ) : (
        <section aria-labelledby="done-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="done-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold">
            You have answered all {total} questions
          </h2>
          <p>Finish the quiz to see your score{player.reveal === "at-end" ? " and the answers" : ""}.</p>
          <FormAlert message={error} />
          <button type="button" onClick={finish} disabled={isPending} className={PRIMARY}>
            {isPending ? "Finishing…" : "Finish quiz"}
          </button>
        </section>
      )}
    </div>
  );
}

function QuestionForm({
  attemptId,
  question,
  savedResponse,
  feedback,
  isPending,
  submitLabel,
  onSubmit,
}: {
  attemptId: string;
  question: PlayerQuestion;
  /** The answer the server has, when its feedback is shown again after a reload. */
  savedResponse: QuizResponse | undefined;
  feedback: Feedback | null;
  isPending: boolean;
  submitLabel: string;
  onSubmit: (itemId: string, response: unknown) => void;
}) {
  const view = question.question;
  const [draft, setDraft] = useState<Draft>(() => (savedResponse ? responseToDraft(savedResponse) : emptyDraft(view)));
  const [problem, setProblem] = useState<string | null>(null);

  // An answer chosen before a reload, not sent: back as it was (checked against the question first).
  useEffect(() => {
    if (savedResponse) return;
    const kept = readKept(attemptId).draft;
    const restored = kept?.itemId === view.itemId ? restoreDraft(view, kept.draft) : null;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- what this tab kept is known only after hydration
    if (restored) setDraft(restored);
  }, [attemptId, view, savedResponse]);
  const isLocked = feedback !== null || isPending;
  const problemId = `problem-${view.itemId}`;

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (isLocked) return;
    const response = draftToResponse(view, draft);
    if ("problem" in response) {
      setProblem(response.problem);
      return;
    }
    setProblem(null);
    onSubmit(view.itemId, response);
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-4">
      <QuestionFields
        question={view}
        draft={draft}
        onChange={(next) => {
          setDraft(next);
          setProblem(null);
          keepDraft(attemptId, view.itemId, next);
        }}
        isLocked={isLocked}
        problemId={problem ? problemId : undefined}
      />
      <p id={problemId} role="alert" className={problem ? "font-medium text-red-700" : "sr-only"}>
        {problem ?? ""}
      </p>
      {feedback ? null : (
        <button type="submit" disabled={isPending} className={PRIMARY}>
          {isPending ? "Saving…" : submitLabel}
        </button>
      )}
    </form>
  );
}

function FeedbackPanel({ feedback }: { feedback: Feedback }) {
  return (
    <section
      aria-labelledby="feedback-heading"
      className={`space-y-3 rounded-lg border-2 p-4 ${feedback.isCorrect ? "border-green-600 bg-green-50" : "border-red-600 bg-red-50"}`}
    >
      <h3 id="feedback-heading" className={`text-lg font-bold ${feedback.isCorrect ? "text-green-900" : "text-red-900"}`}>
        {feedback.isCorrect ? "✓ Correct" : "✗ Not quite"}
      </h3>
      <FeedbackDetails feedback={feedback} folding="extra-sources" />
    </section>
  );
}
