import "server-only";
import type { Prisma } from "@/generated/prisma/sqlite/client";
import { NotFoundError, UserFacingError } from "@/lib/actions/result";
import type { AssignmentInput } from "@/lib/classes/assignment";
import type { SessionUser } from "@/server/auth/session";
import { assignableSetWhere } from "@/server/authoring/sets";
import { findOwnAssignment, findOwnClass } from "@/server/classes/access";
import { db } from "@/server/db/client";
import { inTransaction } from "@/server/db/transaction";
import { itemIdsFrom } from "@/server/items/json-columns";

/** The items to assign: the whole set, or the chosen ones, which must all belong to it. */
async function resolveItems(actor: SessionUser, input: AssignmentInput): Promise<{ title: string; itemIds: string[] }> {
  const set = await db().itemSet.findFirst({
    where: { slug: input.setSlug, ...assignableSetWhere(actor) },
    select: { title: true, items: { where: { item: { retiredAt: null } }, select: { itemId: true }, orderBy: { position: "asc" } } },
  });
  if (!set) throw new UserFacingError("That set does not exist. Choose one from the Library.", "setSlug");
  const inSet = set.items.map((item) => item.itemId);
  let itemIds = inSet;
  if (input.itemIds.length > 0) {
    const allowed = new Set(inSet);
    const unknown = input.itemIds.filter((id) => !allowed.has(id));
    if (unknown.length > 0) throw new UserFacingError(`${unknown.length} of the chosen questions are not in that set.`, "itemIds");
    itemIds = [...new Set(input.itemIds)];
  }
  if (input.questionCount > itemIds.length) {
    throw new UserFacingError(`The number of questions must be at most ${itemIds.length}, the questions available.`, "questionCount");
  }
  return { title: input.title || set.title, itemIds };
}

function assignmentData(input: AssignmentInput, resolved: { title: string; itemIds: string[] }) {
  return {
    setSlug: input.setSlug,
    itemIds: resolved.itemIds,
    title: resolved.title,
    mode: input.mode,
    opensAt: input.opensAt,
    dueAt: input.dueAt,
    timeZone: input.timeZone,
    questionCount: input.questionCount,
    attemptsAllowed: input.attemptsAllowed,
    revealAnswers: input.revealAnswers,
    shuffle: input.shuffle,
  };
}

export async function createAssignment(actor: SessionUser, classId: string, input: AssignmentInput): Promise<{ id: string }> {
  await findOwnClass(actor, classId, { isWrite: true });
  const resolved = await resolveItems(actor, input);
  return db().assignment.create({ data: { classId, ...assignmentData(input, resolved) }, select: { id: true } });
}

/** Changes an assignment's rules; attempts already made are kept as they are. */
export async function updateAssignment(actor: SessionUser, assignmentId: string, input: AssignmentInput): Promise<void> {
  await findOwnAssignment(actor, assignmentId, { isWrite: true });
  const resolved = await resolveItems(actor, input);
  await db().assignment.update({ where: { id: assignmentId }, data: assignmentData(input, resolved) });
}

/** Withdraws (or restores) an assignment: students stop seeing it; their work is kept. */
export async function setAssignmentWithdrawn(actor: SessionUser, assignmentId: string, isWithdrawn: boolean): Promise<void> {
  await findOwnAssignment(actor, assignmentId, { isWrite: true });
  await db().assignment.update({ where: { id: assignmentId }, data: { withdrawnAt: isWithdrawn ? new Date() : null } });
}

/**
 * Takes a question out of `actor`'s assignment, or puts it back: hidden, it
 * is not asked in new attempts and no score counts it; the answers students
 * gave are kept. Every attempt's score is recomputed in the same
 * transaction. At least one question must stay.
 */
export async function setItemHidden(actor: SessionUser, assignmentId: string, itemId: string, isHidden: boolean): Promise<{ hiddenItemIds: string[] }> {
  await findOwnAssignment(actor, assignmentId, { isWrite: true });
  return inTransaction(async (tx) => {
    const assignment = await tx.assignment.findUniqueOrThrow({ where: { id: assignmentId }, select: { itemIds: true, hiddenItemIds: true } });
    const pool = itemIdsFrom(assignment.itemIds);
    if (!pool.includes(itemId)) throw new NotFoundError("That question");
    const hidden = new Set(itemIdsFrom(assignment.hiddenItemIds));
    if (isHidden) hidden.add(itemId);
    else hidden.delete(itemId);
    if (pool.every((id) => hidden.has(id))) throw new UserFacingError("At least one question must stay in the assignment.");
    const hiddenItemIds = pool.filter((id) => hidden.has(id));
    await tx.assignment.update({ where: { id: assignmentId }, data: { hiddenItemIds } });
    await recountScores(tx, assignmentId, hiddenItemIds);
    return { hiddenItemIds };
  });
}

/** Each attempt's score: its right answers to questions not hidden. */
async function recountScores(tx: Prisma.TransactionClient, assignmentId: string, hiddenItemIds: string[]) {
  const attempts = await tx.attempt.findMany({
    where: { assignmentId },
    select: { id: true, score: true, answers: { where: { isCorrect: true, itemId: { notIn: hiddenItemIds } }, select: { itemId: true } } },
  });
  for (const attempt of attempts) {
    if (attempt.answers.length !== attempt.score) await tx.attempt.update({ where: { id: attempt.id }, data: { score: attempt.answers.length } });
  }
}
