import "server-only";
import { itemIdsFrom } from "@/server/items/json-columns";
import { hasQuiz, type AssignmentMode } from "@/lib/classes/assignment";
import { ASSIGNMENT_SUMMARY } from "@/server/assignments/assignment-select";
import { cardWorkOf } from "@/server/assignments/card-work";
import type { SessionUser } from "@/server/auth/session";
import { findOwnClass } from "@/server/classes/access";
import { db } from "@/server/db/client";

export type TeacherClassRow = {
  id: string;
  name: string;
  joinCode: string;
  isJoinCodeEnabled: boolean;
  archivedAt: Date | null;
  studentCount: number;
  assignmentCount: number;
};

/** The columns every view of a class shows: its name, join code and whether it is archived. */
const CLASS_SUMMARY = { id: true, name: true, joinCode: true, isJoinCodeEnabled: true, archivedAt: true } as const;

/** The classes `actor` teaches, active first. */
export async function listTeacherClasses(actor: SessionUser): Promise<TeacherClassRow[]> {
  const classes = await db().class.findMany({
    where: { teacherId: actor.id },
    select: {
      ...CLASS_SUMMARY,
      _count: { select: { members: true, assignments: { where: { withdrawnAt: null } } } },
    },
    orderBy: [{ createdAt: "desc" }],
  });
  return classes
    .map(({ _count, ...row }) => ({ ...row, studentCount: _count.members, assignmentCount: _count.assignments }))
    .sort((a, b) => Number(a.archivedAt !== null) - Number(b.archivedAt !== null));
}

export type TeacherClassDetail = {
  id: string;
  name: string;
  joinCode: string;
  isJoinCodeEnabled: boolean;
  archivedAt: Date | null;
  /** `canResetPassword`: the account was created by a teacher, with a one-time password. */
  students: Array<{ id: string; name: string; username: string; joinedAt: Date; mustChangePassword: boolean; canResetPassword: boolean }>;
  assignments: Array<{
    id: string;
    title: string;
    setSlug: string;
    mode: AssignmentMode;
    opensAt: Date;
    dueAt: Date;
    timeZone: string;
    questionCount: number;
    attemptsAllowed: number;
    withdrawnAt: Date | null;
    /** The questions of its pool: its cards, when it has flashcards. */
    cardCount: number;
    studentsStarted: number;
  }>;
};

/** One of `actor`'s classes with its roster and assignments. */
export async function getTeacherClass(actor: SessionUser, classId: string): Promise<TeacherClassDetail> {
  await findOwnClass(actor, classId);
  const found = await db().class.findUniqueOrThrow({
    where: { id: classId },
    select: {
      ...CLASS_SUMMARY,
      members: {
        select: { joinedAt: true, student: { select: { id: true, name: true, username: true, mustChangePassword: true, createdById: true } } },
        orderBy: { student: { name: "asc" } },
      },
      assignments: {
        select: {
          ...ASSIGNMENT_SUMMARY,
          setSlug: true,
          withdrawnAt: true,
          attempts: { select: { studentId: true }, distinct: ["studentId"] },
        },
        orderBy: { dueAt: "asc" },
      },
    },
  });
  // A student has started an assignment with a quiz attempt, or (when it has flashcards) a review of one of its cards.
  const studentIds = found.members.map((member) => member.student.id);
  const cards = await cardWorkOf(studentIds, found.assignments);
  return {
    ...found,
    students: found.members.map(({ student: { createdById, ...student }, joinedAt }) => ({ ...student, joinedAt, canResetPassword: createdById !== null })),
    assignments: found.assignments.map(({ attempts, itemIds, ...assignment }) => {
      const quizStarted = new Set(hasQuiz(assignment.mode) ? attempts.map((attempt) => attempt.studentId) : []);
      const studentsStarted = studentIds.filter(
        (studentId) => quizStarted.has(studentId) || (cards.get(`${studentId}:${assignment.id}`)?.reviewed ?? 0) > 0,
      ).length;
      return { ...assignment, cardCount: itemIdsFrom(itemIds).length, studentsStarted };
    }),
  };
}

export type StudentClassRow = { id: string; name: string; teacherName: string; joinedAt: Date };

/** The active classes `actor` belongs to. */
export async function listStudentClasses(actor: SessionUser): Promise<StudentClassRow[]> {
  const memberships = await db().membership.findMany({
    where: { studentId: actor.id, class: { archivedAt: null } },
    select: { joinedAt: true, class: { select: { id: true, name: true, teacher: { select: { name: true } } } } },
    orderBy: { joinedAt: "asc" },
  });
  return memberships.map(({ joinedAt, class: row }) => ({ id: row.id, name: row.name, teacherName: row.teacher.name, joinedAt }));
}
