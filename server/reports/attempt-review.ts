import "server-only";
import { NotFoundError } from "@/lib/actions/result";
import { scoreOf, type Score } from "@/lib/reports/attempt-choice";
import { itemAnswerText, itemQuestionText } from "@/lib/quiz/describe";
import { buildFeedback, type Feedback } from "@/lib/quiz/feedback";
import { responseText } from "@/lib/quiz/response";
import type { ItemType } from "@/lib/quiz/types";
import type { SessionUser } from "@/server/auth/session";
import { getAttemptForTeacher } from "@/server/attempts/start-attempt";
import { loadEvidenceLookup, loadItems } from "@/server/attempts/attempt-items";
import { db } from "@/server/db/client";
import { responseFrom } from "@/server/items/json-columns";

export type ReviewedQuestion = {
  itemId: string;
  type: ItemType;
  question: string;
  /** What the student answered, in words; null when they left it blank. */
  answer: string | null;
  isCorrect: boolean;
  /** The key, the explanation and the sources (both sides of a disputed fact). */
  feedback: Feedback;
};

export type AttemptReview = {
  id: string;
  assignmentId: string;
  student: { id: string; name: string; username: string };
  startedAt: Date;
  finishedAt: Date | null;
  /** Right answers over the questions it asked. */
  score: Score;
  questions: ReviewedQuestion[];
};

/**
 * One student's attempt at one of `actor`'s assignments, as the teacher reads
 * it: every question it asked, the student's answer, the key and the sources.
 * NotFoundError when the attempt is not at `assignmentId` or not in a class of
 * theirs.
 */
export async function getAttemptReview(actor: SessionUser, assignmentId: string, attemptId: string): Promise<AttemptReview> {
  const attempt = await getAttemptForTeacher(actor, attemptId);
  if (attempt.assignmentId !== assignmentId) throw new NotFoundError("That attempt");
  const [student, answers, stored] = await Promise.all([
    db().user.findUniqueOrThrow({ where: { id: attempt.studentId }, select: { id: true, name: true, username: true } }),
    db().attemptAnswer.findMany({ where: { attemptId }, select: { itemId: true, response: true, isCorrect: true } }),
    loadItems(db(), attempt.itemIds),
  ]);
  const items = attempt.itemIds.flatMap((id) => (stored.has(id) ? [stored.get(id)!.item] : []));
  const lookup = await loadEvidenceLookup(db(), items);
  const answered = new Map(answers.map((answer) => [answer.itemId, answer]));
  const reportAnswers = answers.map((answer) => ({ itemId: answer.itemId, response: responseFrom(answer.response), isCorrect: answer.isCorrect }));
  return {
    id: attempt.id,
    assignmentId,
    student,
    startedAt: attempt.startedAt,
    finishedAt: attempt.finishedAt,
    score: scoreOf({ ...attempt, answers: reportAnswers }, new Set()),
    questions: items.map((item) => {
      const saved = answered.get(item.id);
      const isCorrect = saved?.isCorrect ?? false;
      return {
        itemId: item.id,
        type: item.type,
        question: itemQuestionText(item),
        answer: saved ? responseText(responseFrom(saved.response)) : null,
        isCorrect,
        feedback: buildFeedback(item, { isCorrect, correctAnswer: itemAnswerText(item) }, lookup),
      };
    }),
  };
}
