import "server-only";
import { NotFoundError } from "@/lib/actions/result";
import { itemAnswerText } from "@/lib/quiz/describe";
import { buildFeedback, type Feedback } from "@/lib/quiz/feedback";
import { questionView, type QuestionView } from "@/lib/quiz/question-view";
import type { QuizResponse } from "@/lib/quiz/response";
import type { SessionUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { isStillInClass, NOT_IN_CLASS } from "./attempt-access";
import { loadEvidenceLookup, loadItems, revealOf } from "./attempt-items";
import { itemIdsFrom, responseFrom } from "@/server/items/json-columns";

export type PlayerQuestion = {
  question: QuestionView;
  /** What was answered, once saved. */
  answer: { response: QuizResponse } | null;
  /**
   * Right or wrong, the answer and its sources: for answered questions when
   * answers are shown after each one, and for every question once finished.
   */
  feedback: Feedback | null;
};

export type AttemptPlayer = {
  id: string;
  /** The assignment's title, or "Practice: <set>". */
  title: string;
  assignmentId: string | null;
  setSlug: string;
  reveal: "after-each" | "at-end";
  isFinished: boolean;
  /** Correct answers: known once finished, or as you go when answers are shown after each question. */
  score: number | null;
  questions: PlayerQuestion[];
  /** Questions of this attempt its teacher took out since: still shown, counted in no score. */
  removedItemIds: string[];
  /** Why an unfinished attempt can take no more answers (the student left the class or was removed); null while it can. */
  closedReason: string | null;
  /** Index of the first unanswered question (questions.length when all are answered): where a reload resumes. */
  position: number;
};

/**
 * `actor`'s own attempt as the quiz player shows it: the questions in order
 * (without their answers), what is saved so far, and where to continue.
 */
export async function getAttemptPlayer(actor: SessionUser, attemptId: string): Promise<AttemptPlayer> {
  const attempt = await db().attempt.findFirst({
    where: { id: attemptId, studentId: actor.id },
    select: {
      id: true,
      assignmentId: true,
      setSlug: true,
      itemIds: true,
      finishedAt: true,
      score: true,
      assignment: { select: { classId: true, title: true, revealAnswers: true, hiddenItemIds: true } },
      answers: { select: { itemId: true, response: true, isCorrect: true } },
    },
  });
  if (!attempt) throw new NotFoundError("That attempt");
  const itemIds = itemIdsFrom(attempt.itemIds);
  const reveal = revealOf(attempt.assignment);
  const isFinished = attempt.finishedAt !== null;
  const isRevealed = reveal === "after-each" || isFinished;

  const stored = await loadItems(db(), itemIds);
  const items = itemIds.flatMap((id) => {
    const found = stored.get(id);
    return found ? [found.item] : [];
  });
  const answers = new Map(attempt.answers.map((answer) => [answer.itemId, answer]));
  const shown = items.filter((item) => isFinished || (isRevealed && answers.has(item.id)));
  const lookup = shown.length > 0 ? await loadEvidenceLookup(db(), shown) : () => null;
  const title = attempt.assignment?.title ?? `Practice: ${(await db().itemSet.findUnique({ where: { slug: attempt.setSlug }, select: { title: true } }))?.title ?? attempt.setSlug}`;

  const questions = items.map((item): PlayerQuestion => {
    const saved = answers.get(item.id);
    const isShown = isFinished || (isRevealed && saved !== undefined);
    return {
      question: questionView(item, attempt.id),
      answer: saved ? { response: responseFrom(saved.response) } : null,
      feedback: isShown ? buildFeedback(item, { isCorrect: saved?.isCorrect ?? false, correctAnswer: itemAnswerText(item) }, lookup) : null,
    };
  });
  const firstOpen = questions.findIndex((question) => question.answer === null);
  const isOpenToActor = isFinished || (await isStillInClass(db(), actor.id, attempt.assignment));
  return {
    id: attempt.id,
    title,
    assignmentId: attempt.assignmentId,
    setSlug: attempt.setSlug,
    reveal,
    isFinished,
    score: isRevealed ? attempt.score : null,
    questions,
    removedItemIds: itemIdsFrom(attempt.assignment?.hiddenItemIds ?? []).filter((id) => itemIds.includes(id)),
    closedReason: isOpenToActor ? null : NOT_IN_CLASS,
    position: firstOpen === -1 ? questions.length : firstOpen,
  };
}
