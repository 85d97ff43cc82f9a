import Link from "next/link";
import { responseText } from "@/lib/quiz/response";
import type { QuestionView } from "@/lib/quiz/question-view";
import type { AttemptPlayer } from "@/server/attempts/get-attempt-player";
import { FeedbackDetails } from "@/components/quiz/feedback-details";
import { PageSection } from "@/components/ui/page-section";
import { ScoreFocus } from "./score-focus";

function questionText(question: QuestionView): string {
  if (question.type === "true-false") return `True or false: ${question.statement}`;
  if (question.type === "cloze") return question.text;
  return question.prompt;
}

/**
 * A finished attempt: the score, and each wrong (or skipped) question with
 * the answer given and the correct one; why, and the sources, open under
 * each (seven mistakes with every quote shown were nine phone screens).
 */
export function QuizResults({ player }: { player: AttemptPlayer }) {
  const removed = new Set(player.removedItemIds);
  const total = player.questions.length - removed.size;
  const mistakes = player.questions.filter((question) => !question.feedback?.isCorrect && !removed.has(question.question.itemId));
  return (
    <div className="space-y-6">
      <ScoreFocus headingId="score-heading" />
      <PageSection id="score" title={<>Your score: {player.score ?? 0} of {total}</>} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <p>{mistakes.length === 0 ? "Every answer right." : `${mistakes.length} to review below.`}</p>
        {removed.size > 0 ? (
          <p className="text-slate-700">
            Your teacher took {removed.size === 1 ? "1 question" : `${removed.size} questions`} out of this assignment, so your score counts the
            other {total}.
          </p>
        ) : null}
        {player.assignmentId ? (
          <Link href={`/assignments/${encodeURIComponent(player.assignmentId)}`} className="inline-flex min-h-tap items-center text-brand underline">
            Back to the assignment
          </Link>
        ) : (
          <Link href={`/library/sets/${encodeURIComponent(player.setSlug)}`} className="inline-flex min-h-tap items-center text-brand underline">
            Back to the set
          </Link>
        )}
      </PageSection>
      {mistakes.length > 0 ? (
        <PageSection id="mistakes" title="Review your mistakes" className="space-y-4">
          <ol className="space-y-4">
            {mistakes.map(({ question, answer, feedback }) => (
              <li key={question.itemId} className="space-y-3 rounded-lg border border-red-200 bg-white p-4">
                <h3 className="font-semibold">
                  Question {player.questions.findIndex((entry) => entry.question.itemId === question.itemId) + 1}: {questionText(question)}
                </h3>
                <p>
                  <span className="font-semibold">Your answer:</span> {answer ? responseText(answer.response) : "(not answered)"}
                </p>
                {feedback ? <FeedbackDetails feedback={feedback} folding="all-but-answer" /> : null}
              </li>
            ))}
          </ol>
        </PageSection>
      ) : null}
    </div>
  );
}
