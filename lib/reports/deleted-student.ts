// A student who deleted their account (decision 021). Their attempts at a
// class's assignments are kept without their name, under a random key per
// class, so the class's results keep one row per former student, named
// "Deleted student", without anything that says who it was.

/** How every report names a student who deleted their account. */
export const DELETED_STUDENT = "Deleted student";

/** The prefix of a deleted student's row id: never a user id (those are cuids, without a colon). */
const DELETED_PREFIX = "deleted:";

/** The row id of the deleted student behind a kept attempt's key. */
export function deletedStudentId(key: string): string {
  return `${DELETED_PREFIX}${key}`;
}

/** Whether a report row's id is a deleted student's. */
export function isDeletedStudentId(id: string): boolean {
  return id.startsWith(DELETED_PREFIX);
}

/** Who made an attempt, as a report's rows are keyed: the student's id, else the deleted student's row id; null for neither. */
export function attemptStudentId(attempt: { studentId: string | null; deletedStudentKey: string | null }): string | null {
  if (attempt.studentId !== null) return attempt.studentId;
  return attempt.deletedStudentKey === null ? null : deletedStudentId(attempt.deletedStudentKey);
}

/** A deleted student as a report's row of a student: the name every report shows, no username. */
export type DeletedStudent = { id: string; name: string; username: string; isDeleted: true };

/** The deleted students behind these row ids (each once, in the order first seen). */
export function deletedStudentsOf(ids: Iterable<string>): DeletedStudent[] {
  const seen = new Set<string>();
  for (const id of ids) if (isDeletedStudentId(id)) seen.add(id);
  return [...seen].map((id) => ({ id, name: DELETED_STUDENT, username: "", isDeleted: true }));
}
