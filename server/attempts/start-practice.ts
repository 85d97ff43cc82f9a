import "server-only";
import type { Prisma } from "@/generated/prisma/sqlite/client";
import { NotFoundError, UserFacingError } from "@/lib/actions/result";
import { createRandom, shuffle } from "@/lib/quiz/seeded-random";
import { practisableSetWhere } from "@/server/authoring/sets";
import type { SessionUser } from "@/server/auth/session";
import { inTransaction } from "@/server/db/transaction";
import type { StartedAttempt } from "./start-attempt";

/** Questions in a practice quiz (fewer when the set has fewer). */
export const PRACTICE_QUESTION_COUNT = 10;

/**
 * A practice quiz on any set for any signed-in user: no assignment, answers
 * shown after each question, as many as they like. An unfinished practice
 * on the same set is continued rather than started again.
 */
export async function startPractice(actor: SessionUser, setSlug: string, now: Date): Promise<StartedAttempt> {
  return inTransaction((tx) => startPracticeOnce(tx, actor, setSlug, now));
}

async function startPracticeOnce(tx: Prisma.TransactionClient, actor: SessionUser, setSlug: string, now: Date): Promise<StartedAttempt> {
  const set = await tx.itemSet.findFirst({
    where: { slug: setSlug, ...practisableSetWhere(actor) },
    select: { items: { where: { item: { retiredAt: null } }, orderBy: { position: "asc" }, select: { itemId: true } } },
  });
  if (!set) throw new NotFoundError("That set");
  if (set.items.length === 0) throw new UserFacingError("This set has no questions yet.");
  const unfinished = await tx.attempt.findFirst({
    where: { studentId: actor.id, assignmentId: null, setSlug, finishedAt: null },
    select: { id: true },
    orderBy: { startedAt: "desc" },
  });
  if (unfinished) return { id: unfinished.id, isResumed: true };
  const pool = set.items.map((row) => row.itemId);
  const itemIds = shuffle(pool, createRandom(`practice:${actor.id}:${setSlug}:${now.toISOString()}`)).slice(0, PRACTICE_QUESTION_COUNT);
  const created = await tx.attempt.create({ data: { studentId: actor.id, setSlug, itemIds, startedAt: now }, select: { id: true } });
  return { id: created.id, isResumed: false };
}
