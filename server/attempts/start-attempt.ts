import "server-only";
import type { Prisma } from "@/generated/prisma/sqlite/client";
import { NotFoundError, UserFacingError } from "@/lib/actions/result";
import { assignmentStatus } from "@/lib/classes/assignment";
import { attemptsUsedUpLabel } from "@/lib/classes/assignment-labels";
import { createRandom, shuffle } from "@/lib/quiz/seeded-random";
import type { SessionUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { inTransaction } from "@/server/db/transaction";
import { itemIdsFrom } from "@/server/items/json-columns";

export type StartedAttempt = { id: string; isResumed: boolean };

/**
 * Starts `actor`'s attempt at an assignment's quiz, or returns the one they
 * have not finished (so a reload or another phone continues it). Enforces on
 * the server that the assignment is open to them and that attempts remain.
 * Late attempts are allowed and shown as late.
 */
export async function startAttempt(actor: SessionUser, assignmentId: string, now: Date): Promise<StartedAttempt> {
  // A phone that sends "start" twice: the loser of the write conflict runs
  // again and resumes the attempt the winner created.
  return inTransaction((tx) => startAttemptOnce(tx, actor, assignmentId, now));
}

async function startAttemptOnce(tx: Prisma.TransactionClient, actor: SessionUser, assignmentId: string, now: Date): Promise<StartedAttempt> {
  const assignment = await tx.assignment.findFirst({
    where: { id: assignmentId, withdrawnAt: null, class: { archivedAt: null, members: { some: { studentId: actor.id } } } },
    select: {
      id: true,
      setSlug: true,
      itemIds: true,
      hiddenItemIds: true,
      opensAt: true,
      dueAt: true,
      mode: true,
      questionCount: true,
      attemptsAllowed: true,
      shuffle: true,
    },
  });
  if (!assignment) throw new NotFoundError("That assignment");
  if (assignment.mode === "flashcards") throw new UserFacingError("This assignment is flashcards only: it has no quiz.");
  if (assignmentStatus(assignment, now) === "upcoming") throw new UserFacingError("This assignment has not opened yet.");
  const attempts = await tx.attempt.findMany({
    where: { assignmentId, studentId: actor.id },
    select: { id: true, finishedAt: true },
    orderBy: { startedAt: "asc" },
  });
  const unfinished = attempts.find((attempt) => attempt.finishedAt === null);
  if (unfinished) return { id: unfinished.id, isResumed: true };
  if (attempts.length >= assignment.attemptsAllowed) {
    throw new UserFacingError(attemptsUsedUpLabel(assignment.attemptsAllowed));
  }
  // Questions the teacher took out are not asked again.
  const hidden = new Set(itemIdsFrom(assignment.hiddenItemIds));
  const pool = itemIdsFrom(assignment.itemIds).filter((id) => !hidden.has(id));
  const ordered = assignment.shuffle ? shuffle(pool, createRandom(`${assignmentId}:${actor.id}:${attempts.length}`)) : pool;
  const created = await tx.attempt.create({
    data: { studentId: actor.id, assignmentId, setSlug: assignment.setSlug, itemIds: ordered.slice(0, assignment.questionCount), startedAt: now },
    select: { id: true },
  });
  return { id: created.id, isResumed: false };
}

export type AttemptView = { id: string; assignmentId: string | null; setSlug: string; itemIds: string[]; startedAt: Date; finishedAt: Date | null; score: number };

const attemptSelect = { id: true, assignmentId: true, setSlug: true, itemIds: true, startedAt: true, finishedAt: true, score: true } as const;

/** One of `actor`'s own attempts. */
export async function getOwnAttempt(actor: SessionUser, attemptId: string): Promise<AttemptView> {
  const attempt = await db().attempt.findFirst({ where: { id: attemptId, studentId: actor.id }, select: attemptSelect });
  if (!attempt) throw new NotFoundError("That attempt");
  return { ...attempt, itemIds: itemIdsFrom(attempt.itemIds) };
}

/** An attempt at an assignment in one of `actor`'s classes (for the teacher's reports). */
export async function getAttemptForTeacher(actor: SessionUser, attemptId: string): Promise<AttemptView & { studentId: string }> {
  const attempt = await db().attempt.findFirst({
    where: { id: attemptId, assignment: { class: { teacherId: actor.id } } },
    select: { ...attemptSelect, studentId: true },
  });
  // A deleted student's kept attempt has no answers left to read (decision 021).
  if (!attempt || attempt.studentId === null) throw new NotFoundError("That attempt");
  return { ...attempt, studentId: attempt.studentId, itemIds: itemIdsFrom(attempt.itemIds) };
}
