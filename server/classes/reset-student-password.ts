import "server-only";
import { NotFoundError, UserFacingError } from "@/lib/actions/result";
import type { SessionUser } from "@/server/auth/session";
import { findOwnClass } from "@/server/classes/access";
import type { CreatedStudent } from "@/server/classes/create-students";
import { endAllSessions } from "@/server/auth/sessions";
import { db } from "@/server/db/client";
import { inTransaction } from "@/server/db/transaction";
import { newOneTimePassword } from "@/server/users/one-time-password";

/** A student of the class as the reset page shows them. */
export type ResettableStudent = { id: string; name: string; username: string; canReset: boolean };

/**
 * A member of `actor`'s class, and whether their password can be reset
 * here: only for accounts a teacher created (with a one-time password).
 * Anyone else, or a student not in the class, is NotFoundError.
 */
export async function getResettableStudent(actor: SessionUser, classId: string, studentId: string): Promise<ResettableStudent> {
  await findOwnClass(actor, classId);
  const membership = await db().membership.findUnique({
    where: { classId_studentId: { classId, studentId } },
    select: { student: { select: { id: true, name: true, username: true, createdById: true } } },
  });
  if (!membership) throw new NotFoundError("That student");
  const { createdById, ...student } = membership.student;
  return { ...student, canReset: createdById !== null };
}

/**
 * Gives a student of `actor`'s class a new one-time password, returned once
 * for a printed card: the old password stops working and the student
 * chooses a new one at their next sign-in. A student who made their own
 * account keeps control of it: only accounts a teacher created are reset.
 */
export async function resetStudentPassword(actor: SessionUser, classId: string, studentId: string): Promise<CreatedStudent> {
  await findOwnClass(actor, classId, { isWrite: true });
  const student = await getResettableStudent(actor, classId, studentId);
  if (!student.canReset) {
    throw new UserFacingError(`${student.name} made their own account, so only they can change its password.`);
  }
  const { oneTimePassword, passwordHash } = await newOneTimePassword();
  // Whoever is signed in as the student (with the lost password) is signed out.
  await inTransaction(async (tx) => {
    await tx.user.update({ where: { id: student.id }, data: { passwordHash, mustChangePassword: true } });
    await endAllSessions(student.id, new Date(), tx);
  });
  return { name: student.name, username: student.username, oneTimePassword };
}
