import "server-only";
import type { SessionUser } from "@/server/auth/session";
import { findOwnClass, requireTeacher } from "@/server/classes/access";
import { unusedJoinCode } from "@/server/classes/join-codes";
import { db } from "@/server/db/client";

export type ClassSummary = { id: string; name: string; joinCode: string };

/** A new class taught by `actor` (a teacher), with a fresh join code. */
export async function createClass(actor: SessionUser, name: string): Promise<ClassSummary> {
  requireTeacher(actor);
  return db().$transaction(async (tx) =>
    tx.class.create({
      data: { name, teacherId: actor.id, joinCode: await unusedJoinCode(tx) },
      select: { id: true, name: true, joinCode: true },
    }),
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
  return db().$transaction(async (tx) => {
    const joinCode = await unusedJoinCode(tx);
    await tx.class.update({ where: { id: classId }, data: { joinCode, isJoinCodeEnabled: true } });
    return joinCode;
  });
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
