import "server-only";
import { confirmsClassName, WRONG_CLASS_NAME } from "@/lib/account/data-rights";
import { NotFoundError, UserFacingError } from "@/lib/actions/result";
import type { SessionUser } from "@/server/auth/session";
import { findOwnClass, requireTeacher } from "@/server/classes/access";
import { unusedJoinCode } from "@/server/classes/join-codes";
import { db } from "@/server/db/client";
import { inTransaction } from "@/server/db/transaction";
import { classCounterRows } from "@/server/rate-limit/limit";

export type ClassSummary = { id: string; name: string; joinCode: string };

/** A new class taught by `actor` (a teacher), with a fresh join code. */
export async function createClass(actor: SessionUser, name: string): Promise<ClassSummary> {
  requireTeacher(actor);
  // Read (a free join code), then write: run again on a racing write or a code taken meanwhile.
  return inTransaction(
    async (tx) =>
      tx.class.create({
        data: { name, teacherId: actor.id, joinCode: await unusedJoinCode(tx) },
        select: { id: true, name: true, joinCode: true },
      }),
    { retryOnDuplicates: true },
  );
}

export async function renameClass(actor: SessionUser, classId: string, name: string): Promise<void> {
  await findOwnClass(actor, classId);
  await db().class.update({ where: { id: classId }, data: { name } });
}

/** Archived classes leave students' lists and stop accepting joins; nothing is deleted. */
export async function setClassArchived(actor: SessionUser, classId: string, isArchived: boolean): Promise<void> {
  await findOwnClass(actor, classId);
  await db().class.update({ where: { id: classId }, data: { archivedAt: isArchived ? new Date() : null } });
}

/** Replaces the join code: the old one stops working at once. */
export async function regenerateJoinCode(actor: SessionUser, classId: string): Promise<string> {
  await findOwnClass(actor, classId, { isWrite: true });
  return inTransaction(
    async (tx) => {
      const joinCode = await unusedJoinCode(tx);
      await tx.class.update({ where: { id: classId }, data: { joinCode, isJoinCodeEnabled: true } });
      return joinCode;
    },
    { retryOnDuplicates: true },
  );
}

export async function setJoinCodeEnabled(actor: SessionUser, classId: string, isEnabled: boolean): Promise<void> {
  await findOwnClass(actor, classId, { isWrite: true });
  await db().class.update({ where: { id: classId }, data: { isJoinCodeEnabled: isEnabled } });
}

/** Takes a student out of the class; their attempts are kept. */
export async function removeStudent(actor: SessionUser, classId: string, studentId: string): Promise<void> {
  await findOwnClass(actor, classId, { isWrite: true });
  await db().membership.deleteMany({ where: { classId, studentId } });
}

/**
 * Deletes one of `actor`'s classes once they typed its name, in one
 * transaction: its memberships, assignments, every attempt at them with its
 * answers (deleted students' kept ones too), its join counter, and the class. The students'
 * accounts stay, and so do their cards and reviews: a student's memory of a
 * question is theirs, not the class's (decision 021). NotFoundError for
 * anyone but its teacher; an archived class may be deleted.
 */
export async function deleteClass(actor: SessionUser, classId: string, confirmation: string): Promise<{ name: string }> {
  return inTransaction(async (tx) => {
    const found = await tx.class.findFirst({ where: { id: classId, teacherId: actor.id }, select: { id: true, name: true } });
    if (!found) throw new NotFoundError("That class");
    if (!confirmsClassName(confirmation, found.name)) throw new UserFacingError(WRONG_CLASS_NAME, "confirmation");
    const ofClass = { assignment: { classId } };
    await tx.attemptAnswer.deleteMany({ where: { attempt: ofClass } });
    await tx.attempt.deleteMany({ where: ofClass });
    await tx.assignment.deleteMany({ where: { classId } });
    await tx.membership.deleteMany({ where: { classId } });
    await tx.rateLimiterFlexible.deleteMany({ where: classCounterRows(classId) });
    await tx.class.delete({ where: { id: classId } });
    return { name: found.name };
  });
}
