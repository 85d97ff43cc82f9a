import "server-only";
import { NotFoundError } from "@/lib/actions/result";
import { assignmentStatus, compareForStudent, isWorkDone, type AssignmentStatus, type AssignmentWork } from "@/lib/classes/assignment";
import type { SessionUser } from "@/server/auth/session";
import { findOwnAssignment } from "@/server/classes/access";
import { db } from "@/server/db/client";
import { itemIdsFrom } from "@/server/items/json-columns";
import { ASSIGNMENT_SUMMARY } from "./assignment-select";
import { cardWorkOf } from "./card-work";

export type StudentAssignment = {
  id: string;
  title: string;
  classId: string;
  className: string;
  mode: AssignmentWork["mode"];
  opensAt: Date;
  dueAt: Date;
  timeZone: string;
  questionCount: number;
  attemptsAllowed: number;
  attemptsUsed: number;
  /** What the student has done of it; `isDone` when every part its mode asks for is. */
  work: AssignmentWork;
  isDone: boolean;
  status: AssignmentStatus;
};

const NO_CARDS = { reviewed: 0, total: 0 };

function workOf(mode: AssignmentWork["mode"], attempts: Array<{ finishedAt: Date | null }>, cards = NO_CARDS): AssignmentWork {
  return { mode, quiz: { isStarted: attempts.length > 0, isFinished: attempts.some((attempt) => attempt.finishedAt !== null) }, cards };
}

const studentAssignmentSelect = {
  ...ASSIGNMENT_SUMMARY,
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
  const cards = await cardWorkOf([actor.id], rows);
  return rows
    .map(({ class: owner, attempts, revealAnswers: _reveal, shuffle: _shuffle, itemIds: _itemIds, ...row }) => {
      const work = workOf(row.mode, attempts, cards.get(`${actor.id}:${row.id}`));
      return {
        ...row,
        classId: owner.id,
        className: owner.name,
        attemptsUsed: attempts.length,
        work,
        isDone: isWorkDone(work),
        status: assignmentStatus(row, now),
      };
    })
    .sort(compareForStudent(now));
}

/** An assignment as a student of its class sees it; NotFoundError for anyone else or once withdrawn. */
export async function getStudentAssignment(actor: SessionUser, assignmentId: string, now: Date) {
  const row = await db().assignment.findFirst({
    where: { id: assignmentId, withdrawnAt: null, class: { archivedAt: null, members: { some: { studentId: actor.id } } } },
    select: {
      ...studentAssignmentSelect,
      hiddenItemIds: true,
      attempts: {
        where: { studentId: actor.id },
        select: { id: true, startedAt: true, finishedAt: true, score: true, itemIds: true },
        orderBy: { startedAt: "asc" },
      },
    },
  });
  if (!row) throw new NotFoundError("That assignment");
  const { itemIds: _itemIds, hiddenItemIds, attempts, ...assignment } = row;
  const hidden = new Set(itemIdsFrom(hiddenItemIds));
  const work = workOf(row.mode, attempts, (await cardWorkOf([actor.id], [row])).get(`${actor.id}:${row.id}`));
  return {
    ...assignment,
    // `total`: the attempt's questions that count (the teacher may have taken some out).
    attempts: attempts.map(({ itemIds, ...attempt }) => ({ ...attempt, total: itemIdsFrom(itemIds).filter((id) => !hidden.has(id)).length })),
    work,
    isDone: isWorkDone(work),
    status: assignmentStatus(row, now),
  };
}

/** An assignment as its teacher sees it, with each student's attempts and what each has done of it (`work`, by student id). */
export async function getTeacherAssignment(actor: SessionUser, assignmentId: string) {
  await findOwnAssignment(actor, assignmentId);
  const row = await db().assignment.findUniqueOrThrow({
    where: { id: assignmentId },
    select: {
      ...studentAssignmentSelect,
      setSlug: true,
      withdrawnAt: true,
      class: { select: { id: true, name: true, members: { select: { student: { select: { id: true, name: true, username: true } } } } } },
      attempts: {
        select: { id: true, studentId: true, startedAt: true, finishedAt: true, score: true },
        orderBy: { startedAt: "asc" },
      },
    },
  });
  const studentIds = row.class.members.map((member) => member.student.id);
  const cards = await cardWorkOf(studentIds, [row]);
  const work = new Map(
    studentIds.map((studentId) => [
      studentId,
      workOf(
        row.mode,
        row.attempts.filter((attempt) => attempt.studentId === studentId),
        cards.get(`${studentId}:${row.id}`),
      ),
    ]),
  );
  return { ...row, itemIds: itemIdsFrom(row.itemIds), work };
}
