import "server-only";
import { NotFoundError, UserFacingError } from "@/lib/actions/result";
import type { SessionUser } from "@/server/auth/session";
import { db } from "@/server/db/client";

export function requireTeacher(actor: SessionUser): void {
  if (actor.role !== "teacher") throw new UserFacingError("Only teachers can do that.");
}

const ARCHIVED = "This class is archived. Restore it first.";

/**
 * The class if `actor` is its teacher; otherwise NotFoundError. With
 * `isWrite`, an archived class (read-only until restored) is refused too.
 */
export async function findOwnClass(actor: SessionUser, classId: string, options: { isWrite?: boolean } = {}) {
  const found = await db().class.findFirst({
    where: { id: classId, teacherId: actor.id },
    select: { id: true, name: true, joinCode: true, isJoinCodeEnabled: true, archivedAt: true },
  });
  if (!found) throw new NotFoundError("That class");
  if (options.isWrite && found.archivedAt) throw new UserFacingError(ARCHIVED);
  return found;
}

/** The assignment with its class if `actor` teaches that class; otherwise NotFoundError. */
export async function findOwnAssignment(actor: SessionUser, assignmentId: string, options: { isWrite?: boolean } = {}) {
  const found = await db().assignment.findFirst({
    where: { id: assignmentId, class: { teacherId: actor.id } },
    select: { id: true, classId: true, setSlug: true, itemIds: true, withdrawnAt: true, class: { select: { archivedAt: true } } },
  });
  if (!found) throw new NotFoundError("That assignment");
  if (options.isWrite && found.class.archivedAt) throw new UserFacingError(ARCHIVED);
  return found;
}
