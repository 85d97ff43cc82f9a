import "server-only";
import { NotFoundError, UserFacingError } from "@/lib/actions/result";
import type { SessionUser } from "@/server/auth/session";
import { db } from "@/server/db/client";

export function requireTeacher(actor: SessionUser): void {
  if (actor.role !== "teacher") throw new UserFacingError("Only teachers can do that.");
}

/** The class if `actor` is its teacher; otherwise NotFoundError. */
export async function findOwnClass(actor: SessionUser, classId: string) {
  const found = await db().class.findFirst({
    where: { id: classId, teacherId: actor.id },
    select: { id: true, name: true, joinCode: true, isJoinCodeEnabled: true, archivedAt: true },
  });
  if (!found) throw new NotFoundError("That class");
  return found;
}

/** The assignment with its class if `actor` teaches that class; otherwise NotFoundError. */
export async function findOwnAssignment(actor: SessionUser, assignmentId: string) {
  const found = await db().assignment.findFirst({
    where: { id: assignmentId, class: { teacherId: actor.id } },
    select: { id: true, classId: true, setSlug: true, itemIds: true, withdrawnAt: true },
  });
  if (!found) throw new NotFoundError("That assignment");
  return found;
}
