import "server-only";
import type { Prisma } from "@/generated/prisma/sqlite/client";
import { NotFoundError, UserFacingError } from "@/lib/actions/result";
import { itemAnswerText } from "@/lib/quiz/describe";
import { buildFeedback, type Feedback } from "@/lib/quiz/feedback";
import { gradeResponse } from "@/lib/quiz/grade";
import { responseSchemaFor } from "@/lib/quiz/response";
import type { SessionUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { inTransaction } from "@/server/db/transaction";
import { applyReview } from "@/server/reviews/apply-review";
import { requireStillInClass } from "./attempt-access";
import { loadEvidenceLookup, loadItems, revealOf } from "./attempt-items";
import { itemIdsFrom } from "@/server/items/json-columns";

/** The answer is saved; `feedback` is there when the quiz shows answers after each question. */
export type AnswerOutcome = { saved: true; feedback: Feedback | null };

/**
 * Saves `actor`'s answer to one question of their own unfinished attempt,
 * grades it on the server, adds it to the score and counts it as a review of
 * the item's card, all in one transaction. Answering a question again (a
 * retry, a second tab) returns the saved result and changes nothing. A
 * student no longer in the assignment's class is refused (NOT_IN_CLASS).
 */
export async function answerQuestion(actor: SessionUser, attemptId: string, itemId: string, response: unknown, now: Date): Promise<AnswerOutcome> {
  // Two sends of one answer race for the (attempt, item) key: the loser runs again and finds the winner's answer.
  const saved = await inTransaction((tx) => saveAnswer(tx, actor, attemptId, itemId, response, now), { retryOnDuplicates: true });
  if (saved.reveal === "at-end") return { saved: true, feedback: null };
  const lookup = await loadEvidenceLookup(db(), [saved.item]);
  return { saved: true, feedback: buildFeedback(saved.item, saved.grade, lookup) };
}

async function saveAnswer(tx: Prisma.TransactionClient, actor: SessionUser, attemptId: string, itemId: string, response: unknown, now: Date) {
  const attempt = await tx.attempt.findFirst({
    where: { id: attemptId, studentId: actor.id },
    select: { id: true, itemIds: true, finishedAt: true, assignment: { select: { classId: true, revealAnswers: true, hiddenItemIds: true } } },
  });
  if (!attempt) throw new NotFoundError("That attempt");
  await requireStillInClass(tx, actor.id, attempt.assignment);
  if (!itemIdsFrom(attempt.itemIds).includes(itemId)) throw new NotFoundError("That question");
  const stored = (await loadItems(tx, [itemId])).get(itemId);
  if (!stored) throw new NotFoundError("That question");
  const { item } = stored;
  const reveal = revealOf(attempt.assignment);

  const existing = await tx.attemptAnswer.findUnique({ where: { attemptId_itemId: { attemptId, itemId } }, select: { isCorrect: true } });
  if (existing) return { item, reveal, grade: { isCorrect: existing.isCorrect, correctAnswer: itemAnswerText(item) } };
  if (attempt.finishedAt) throw new UserFacingError("This quiz is finished: its answers can no longer change.");

  const parsed = responseSchemaFor(item).safeParse(response);
  if (!parsed.success) throw new UserFacingError(parsed.error.issues[0]?.message ?? "That answer does not fit the question.");
  const grade = gradeResponse(item, parsed.data);
  await tx.attemptAnswer.create({
    data: { attemptId, itemId, itemVersion: stored.version, response: parsed.data, isCorrect: grade.isCorrect, answeredAt: now },
    select: { itemId: true },
  });
  // A question the teacher took out is still answered and reviewed, but no score counts it.
  const isCounted = !itemIdsFrom(attempt.assignment?.hiddenItemIds ?? []).includes(itemId);
  if (grade.isCorrect && isCounted) await tx.attempt.update({ where: { id: attemptId }, data: { score: { increment: 1 } }, select: { id: true } });
  await recordQuizReview(tx, actor.id, attemptId, itemId, grade.isCorrect, now);
  return { item, reveal, grade };
}

/**
 * A quiz answer is also a review of the item's card: right is Good (3),
 * wrong is Again (1). Keyed on the attempt and item, so it counts once.
 */
async function recordQuizReview(tx: Prisma.TransactionClient, userId: string, attemptId: string, itemId: string, isCorrect: boolean, now: Date) {
  const result = await applyReview(tx, userId, { reviewId: `quiz:${attemptId}:${itemId}`, itemId, rating: isCorrect ? 3 : 1, reviewedAt: now, origin: "quiz" }, now);
  // The key is the student's own attempt and the item is in it: a refusal is a bug, and the answer is not saved without its review.
  if (result.status === "rejected" || result.status === "conflict") throw new Error(`The quiz review was refused: ${result.reason}`);
}

/** `total`: the questions of the attempt that count (those the teacher took out do not). */
export type FinishedAttempt = { score: number; total: number };

/**
 * Ends `actor`'s attempt; its score is final. Finishing it again returns the
 * same result. A student no longer in the assignment's class is refused
 * (NOT_IN_CLASS) and the attempt stays as it was.
 */
export async function finishAttempt(actor: SessionUser, attemptId: string, now: Date): Promise<FinishedAttempt> {
  return inTransaction(async (tx) => {
    const attempt = await tx.attempt.findFirst({
      where: { id: attemptId, studentId: actor.id },
      select: { score: true, itemIds: true, finishedAt: true, assignment: { select: { classId: true, hiddenItemIds: true } } },
    });
    if (!attempt) throw new NotFoundError("That attempt");
    await requireStillInClass(tx, actor.id, attempt.assignment);
    if (!attempt.finishedAt) await tx.attempt.update({ where: { id: attemptId }, data: { finishedAt: now }, select: { id: true } });
    const hidden = new Set(itemIdsFrom(attempt.assignment?.hiddenItemIds ?? []));
    return { score: attempt.score, total: itemIdsFrom(attempt.itemIds).filter((id) => !hidden.has(id)).length };
  });
}
