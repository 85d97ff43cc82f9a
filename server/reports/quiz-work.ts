import "server-only";
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
 * count 0, and an unfinished attempt has no score). Two queries.
 */
export async function quizWork(assignmentIds: string[], studentIds: string[]): Promise<GradebookAttempt[]> {
  if (assignmentIds.length === 0 || studentIds.length === 0) return [];
  const scope = { assignmentId: { in: assignmentIds }, studentId: { in: studentIds } };
  const rows = await db().attempt.findMany({
    where: scope,
    select: { id: true, studentId: true, assignmentId: true, startedAt: true, finishedAt: true, itemIds: true },
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
  return rows.map((row) => ({
    id: row.id,
    studentId: row.studentId,
    assignmentId: row.assignmentId!,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    itemIds: itemIdsFrom(row.itemIds),
    answers: answers.get(row.id) ?? [],
  }));
}
