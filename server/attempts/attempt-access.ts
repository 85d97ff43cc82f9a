import "server-only";
import type { Prisma } from "@/generated/prisma/sqlite/client";
import { UserFacingError } from "@/lib/actions/result";

/** Why a student may no longer answer or finish an attempt at an assignment of a class they left or were removed from. */
export const NOT_IN_CLASS = "You are no longer in this class, so this quiz is closed to you.";

type Client = Pick<Prisma.TransactionClient, "membership">;

/**
 * Whether `studentId` may still work on an attempt: a practice attempt (no
 * assignment) is always theirs; an assignment's only while they are in its
 * class. Checked at every step, not only at the start, since a student can
 * leave or be removed with an attempt open.
 */
export async function isStillInClass(client: Client, studentId: string, assignment: { classId: string } | null): Promise<boolean> {
  if (!assignment) return true;
  const membership = await client.membership.findUnique({ where: { classId_studentId: { classId: assignment.classId, studentId } }, select: { studentId: true } });
  return membership !== null;
}

/** Refuses (UserFacingError, nothing written) unless `isStillInClass`. */
export async function requireStillInClass(client: Client, studentId: string, assignment: { classId: string } | null): Promise<void> {
  if (!(await isStillInClass(client, studentId, assignment))) throw new UserFacingError(`${NOT_IN_CLASS} Nothing was saved.`);
}
