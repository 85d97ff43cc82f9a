import "server-only";
import { attemptStudentId, deletedStudentsOf, type DeletedStudent } from "@/lib/reports/deleted-student";
import type { GradebookAttempt } from "@/lib/reports/gradebook";
import { db } from "@/server/db/client";
import { itemIdsFrom } from "@/server/items/json-columns";

// Reads the reports share. They check nothing: the report functions that
// call them have checked that the actor teaches the class.

/** The students of a class. */
export async function classStudents(classId: string) {
  const members = await db().membership.findMany({ where: { classId }, select: { student: { select: { id: true, name: true, username: true } } } });
  return members.map((member) => member.student);
}

/**
 * The students' attempts at the assignments, each with the right answers of
 * a finished attempt (what a score needs: a wrong answer and a blank both
 * count 0, and an unfinished attempt has no score). With `withDeleted`, also
 * the attempts kept from students who deleted their account (decision 021),
 * keyed by their deleted student's row id, with the right answers they kept.
 * Two queries.
 */
export async function quizWork(assignmentIds: string[], studentIds: string[], { withDeleted = false }: { withDeleted?: boolean } = {}): Promise<GradebookAttempt[]> {
  if (assignmentIds.length === 0 || (studentIds.length === 0 && !withDeleted)) return [];
  const students = withDeleted ? { OR: [{ studentId: { in: studentIds } }, { studentId: null, deletedStudentKey: { not: null } }] } : { studentId: { in: studentIds } };
  const scope = { assignmentId: { in: assignmentIds }, ...students };
  const rows = await db().attempt.findMany({
    where: scope,
    select: { id: true, studentId: true, deletedStudentKey: true, rightItemIds: true, assignmentId: true, startedAt: true, finishedAt: true, itemIds: true },
  });
  const right = await db().attemptAnswer.findMany({
    where: { isCorrect: true, attempt: { ...scope, finishedAt: { not: null } } },
    select: { attemptId: true, itemId: true },
  });
  const answers = new Map<string, { itemId: string; isCorrect: true }[]>();
  for (const { attemptId, itemId } of right) {
    const list = answers.get(attemptId);
    if (list) list.push({ itemId, isCorrect: true });
    else answers.set(attemptId, [{ itemId, isCorrect: true }]);
  }
  return rows.flatMap((row) => {
    const studentId = attemptStudentId(row);
    if (studentId === null) return [];
    const kept = row.studentId === null && row.finishedAt !== null && row.rightItemIds !== null ? itemIdsFrom(row.rightItemIds).map((itemId) => ({ itemId, isCorrect: true as const })) : null;
    return [
      {
        id: row.id,
        studentId,
        assignmentId: row.assignmentId!,
        startedAt: row.startedAt,
        finishedAt: row.finishedAt,
        itemIds: itemIdsFrom(row.itemIds),
        answers: kept ?? answers.get(row.id) ?? [],
      },
    ];
  });
}

/** The deleted students with kept attempts among these. */
export function deletedStudentsIn(attempts: readonly { studentId: string }[]): DeletedStudent[] {
  return deletedStudentsOf(attempts.map((attempt) => attempt.studentId));
}
