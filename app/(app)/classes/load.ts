import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { orNotFound } from "../or-not-found";
import { getTeacherAssignment } from "@/server/assignments/list-assignments";
import { requireTeacherUser } from "@/server/auth/session";
import { getTeacherClass } from "@/server/classes/list-classes";
import { getResettableStudent } from "@/server/classes/reset-student-password";
import type { AttemptChoice } from "@/lib/reports/attempt-choice";
import { getAssignmentReport } from "@/server/reports/assignment-report";
import { getAttemptReview } from "@/server/reports/attempt-review";
import { getGradebook } from "@/server/reports/gradebook";
import { getStudentReport } from "@/server/reports/student-report";
import { getClassInsight } from "@/server/reports/class-insight";

// Loaders shared by a page and its metadata (cached for one request): the
// signed-in teacher and the record, or the sign-in page, or a 404 when the
// record does not exist or is not theirs.

export const loadTeacherClass = cache(async (classId: string, returnTo: string) => {
  const user = await requireTeacherUser(returnTo);
  return { user, found: await orNotFound(getTeacherClass(user, classId)) };
});

export const loadTeacherAssignment = cache(async (classId: string, assignmentId: string, returnTo: string) => {
  const { user, found } = await loadTeacherClass(classId, returnTo);
  const assignment = await orNotFound(getTeacherAssignment(user, assignmentId));
  // The address must name the assignment's own class.
  if (assignment.class.id !== classId) notFound();
  // An archived class's assignments are read-only until it is restored.
  return { user, assignment, isClassArchived: found.archivedAt !== null };
});

export const loadClassStudent = cache(async (classId: string, studentId: string, returnTo: string) => {
  const { user, found } = await loadTeacherClass(classId, returnTo);
  return { user, found, student: await orNotFound(getResettableStudent(user, classId, studentId)) };
});

export const loadAssignmentReport = cache(async (classId: string, assignmentId: string, choice: AttemptChoice, returnTo: string) => {
  const user = await requireTeacherUser(returnTo);
  const report = await orNotFound(getAssignmentReport(user, assignmentId, { choice }));
  // The address must name the assignment's own class.
  if (report.classId !== classId) notFound();
  return { user, report };
});

export const loadAttemptReview = cache(async (classId: string, assignmentId: string, attemptId: string, returnTo: string) => {
  const { user, assignment } = await loadTeacherAssignment(classId, assignmentId, returnTo);
  return { user, assignment, attempt: await orNotFound(getAttemptReview(user, assignmentId, attemptId)) };
});

export const loadGradebook = cache(async (classId: string, choice: AttemptChoice, returnTo: string) => {
  const user = await requireTeacherUser(returnTo);
  return { user, gradebook: await orNotFound(getGradebook(user, classId, { choice })) };
});

export const loadStudentReport = cache(async (classId: string, studentId: string, timeZone: string, returnTo: string) => {
  const { user, found } = await loadTeacherClass(classId, returnTo);
  return { user, found, report: await orNotFound(getStudentReport(user, classId, studentId, { timeZone })) };
});

/** The class's memory forecast for a valid `day` (checkForecastDay), who has fallen behind and its activity. */
export const loadClassInsight = cache(async (classId: string, day: string, timeZone: string, returnTo: string) => {
  const user = await requireTeacherUser(returnTo);
  return orNotFound(getClassInsight(user, classId, { day, timeZone }, new Date()));
});
