import "server-only";
import { itemIdsFrom } from "@/server/items/json-columns";
import { DEFAULT_ATTEMPT_CHOICE, type AttemptChoice } from "@/lib/reports/attempt-choice";
import { buildGradebook, type Gradebook, type GradebookAssignment } from "@/lib/reports/gradebook";
import type { SessionUser } from "@/server/auth/session";
import { cardWorkOf } from "@/server/assignments/card-work";
import { findOwnClass } from "@/server/classes/access";
import { db } from "@/server/db/client";
import { classStudents, deletedStudentsIn, quizWork } from "./quiz-work";

// The data of a class's gradebook in a fixed number of queries, whatever
// the size of the class: the class (ownership), its members, its assignments,
// their attempts, the right answers of the finished ones, and the two of
// cardWorkOf. Seven in all.

export type ClassGradebook = Gradebook & {
  classId: string;
  className: string;
  /** Withdrawn assignments are left out of the gradebook (students no longer see them); their work is kept. */
  withdrawnCount: number;
};

/** The columns an assignment row needs in a report, with its pool for the flashcards. */
export const REPORT_ASSIGNMENT = { id: true, title: true, mode: true, opensAt: true, dueAt: true, itemIds: true, hiddenItemIds: true, withdrawnAt: true } as const;

/** Each assignment's questions the teacher took out (decision 017), which no score counts. */
export function hiddenItemIdsOf(rows: Array<{ id: string; hiddenItemIds: Parameters<typeof itemIdsFrom>[0] }>): Map<string, ReadonlySet<string>> {
  return new Map(rows.map((row) => [row.id, new Set(itemIdsFrom(row.hiddenItemIds))]));
}

/**
 * The gradebook of `actor`'s class: a row per student by family name (and
 * one per student who deleted their account and left attempts, last), a
 * column per assignment (not withdrawn) in due order, each cell the score of
 * the attempt `choice` counts (first by default) or the cards reviewed.
 * NotFoundError for anyone but the class's teacher.
 */
export async function getGradebook(
  actor: SessionUser,
  classId: string,
  { choice = DEFAULT_ATTEMPT_CHOICE, now = new Date() }: { choice?: AttemptChoice; now?: Date } = {},
): Promise<ClassGradebook> {
  const found = await findOwnClass(actor, classId);
  const rows = await db().assignment.findMany({ where: { classId }, select: REPORT_ASSIGNMENT });
  const active = rows.filter((row) => row.withdrawnAt === null);
  const students = await classStudents(classId);
  const studentIds = students.map((student) => student.id);
  const attempts = await quizWork(
    active.map((row) => row.id),
    studentIds,
    { withDeleted: true },
  );
  const cards = await cardWorkOf(studentIds, active);
  const assignments: GradebookAssignment[] = active.map(({ id, title, mode, opensAt, dueAt }) => ({ id, title, mode, opensAt, dueAt }));
  const gradebook = buildGradebook({
    students: [...students, ...deletedStudentsIn(attempts)],
    assignments,
    attempts,
    cardsOf: (studentId, assignmentId) => cards.get(`${studentId}:${assignmentId}`),
    hiddenItemIds: hiddenItemIdsOf(active),
    choice,
    now,
  });
  return { ...gradebook, classId: found.id, className: found.name, withdrawnCount: rows.length - active.length };
}
