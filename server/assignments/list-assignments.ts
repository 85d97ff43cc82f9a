import "server-only";
import { NotFoundError } from "@/lib/actions/result";
import { assignmentStatus, compareForStudent, type AssignmentStatus } from "@/lib/classes/assignment";
import type { SessionUser } from "@/server/auth/session";
import { findOwnAssignment } from "@/server/classes/access";
import { db } from "@/server/db/client";
import { itemIdsFrom } from "@/server/items/json-columns";

export type StudentAssignment = {
  id: string;
  title: string;
  classId: string;
  className: string;
  mode: string;
  opensAt: Date;
  dueAt: Date;
  timeZone: string;
  questionCount: number;
  attemptsAllowed: number;
  attemptsUsed: number;
  isFinished: boolean;
  status: AssignmentStatus;
};

const studentAssignmentSelect = {
  id: true,
  title: true,
  mode: true,
  opensAt: true,
  dueAt: true,
  timeZone: true,
  questionCount: true,
  attemptsAllowed: true,
  revealAnswers: true,
  shuffle: true,
  class: { select: { id: true, name: true } },
} as const;

/** What `actor` has been assigned in their active classes: doable now first (overdue, nearest due), then upcoming. */
export async function listStudentAssignments(actor: SessionUser, now: Date): Promise<StudentAssignment[]> {
  const rows = await db().assignment.findMany({
    where: { withdrawnAt: null, class: { archivedAt: null, members: { some: { studentId: actor.id } } } },
    select: { ...studentAssignmentSelect, attempts: { where: { studentId: actor.id }, select: { finishedAt: true } } },
  });
  return rows
    .map(({ class: owner, attempts, revealAnswers: _reveal, shuffle: _shuffle, ...row }) => ({
      ...row,
      classId: owner.id,
      className: owner.name,
      attemptsUsed: attempts.length,
      isFinished: attempts.some((attempt) => attempt.finishedAt !== null),
      status: assignmentStatus(row, now),
    }))
    .sort(compareForStudent(now));
}

/** An assignment as a student of its class sees it; NotFoundError for anyone else or once withdrawn. */
export async function getStudentAssignment(actor: SessionUser, assignmentId: string, now: Date) {
  const row = await db().assignment.findFirst({
    where: { id: assignmentId, withdrawnAt: null, class: { archivedAt: null, members: { some: { studentId: actor.id } } } },
    select: {
      ...studentAssignmentSelect,
      attempts: { where: { studentId: actor.id }, select: { id: true, startedAt: true, finishedAt: true, score: true }, orderBy: { startedAt: "asc" } },
    },
  });
  if (!row) throw new NotFoundError("That assignment");
  return { ...row, status: assignmentStatus(row, now) };
}

/** An assignment as its teacher sees it, with each student's attempts. */
export async function getTeacherAssignment(actor: SessionUser, assignmentId: string) {
  await findOwnAssignment(actor, assignmentId);
  const row = await db().assignment.findUniqueOrThrow({
    where: { id: assignmentId },
    select: {
      ...studentAssignmentSelect,
      setSlug: true,
      itemIds: true,
      withdrawnAt: true,
      class: { select: { id: true, name: true, members: { select: { student: { select: { id: true, name: true, username: true } } } } } },
      attempts: {
        select: { id: true, studentId: true, startedAt: true, finishedAt: true, score: true },
        orderBy: { startedAt: "asc" },
      },
    },
  });
  return { ...row, itemIds: itemIdsFrom(row.itemIds) };
}
