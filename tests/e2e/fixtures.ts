// The end-to-end tests' fixtures. People, classes, assignments and reviews
// are made through the real data layer (`given`: server/ and the factories in
// tests/fixtures/) in the database the e2e server uses (playwright.config.ts),
// and people are signed in with a session cookie made as next-auth makes one
// at sign-in. Only auth.spec.ts signs up and signs in through the forms.
import { test as base, type BrowserContext, type Page } from "@playwright/test";
import type { JWT } from "next-auth/jwt";
import { encode } from "next-auth/jwt";
import { instantToLocal } from "@/lib/time/zone";
import { createAssignment } from "@/server/assignments/manage-assignment";
import { authCallbacks, SESSION_MAX_AGE_S } from "@/server/auth/options";
import { authSecret } from "@/server/auth/secret";
import type { SessionUser } from "@/server/auth/session";
import { createStudents } from "@/server/classes/create-students";
import { removeStudent } from "@/server/classes/manage-class";
import { withRetry } from "@/server/db/errors";
import { studySet } from "@/server/reviews/review-queue";
import { submitReviews, type SubmittedReview } from "@/server/reviews/submit-reviews";
import type { QuizResponse } from "@/lib/quiz/response";
import { takeAttempt, takeQuiz } from "@/tests/fixtures/attempts";
import { reviewedAt } from "@/tests/fixtures/past-reviews";
import type { Rating } from "@/lib/srs/scheduler";
import { assignmentInput, createClassWithMembers, createStudent, createTeacher, TEST_TIME_ZONE, type AssignmentForm } from "@/tests/fixtures/classes";
import { PHONE } from "./pages";

export { expect } from "@playwright/test";

/** next-auth's session cookie over http (over https it has a __Secure- prefix). */
const SESSION_COOKIE = "next-auth.session-token";

const DESKTOP = { viewport: { width: 1280, height: 720 }, hasTouch: false, isMobile: false };

/**
 * The session token next-auth would set when `user` signs in: the claims
 * come from the app's own jwt callback, sealed with its secret for its
 * session lifetime.
 */
async function sessionToken(user: SessionUser): Promise<string> {
  const signedIn = { ...user, mustChangePassword: user.mustChangePassword ?? false };
  const initial: JWT = { sub: user.id, name: user.name };
  const token = await authCallbacks.jwt!({ token: initial, user: signedIn, account: null });
  return encode({ token, secret: authSecret(), maxAge: SESSION_MAX_AGE_S });
}

/** The Cookie header of a browser `user` signed in on, for requests made without a page. */
export async function sessionCookieHeader(user: SessionUser): Promise<string> {
  return `${SESSION_COOKIE}=${await sessionToken(user)}`;
}

/** Signs `user` in on every page of the context (for a second account on one phone; the fixtures sign in their own). */
export async function signInAs(context: BrowserContext, user: SessionUser, baseURL: string): Promise<void> {
  await context.addCookies([{ name: SESSION_COOKIE, value: await sessionToken(user), url: baseURL, httpOnly: true, sameSite: "Lax" }]);
}

/**
 * SQLite refused a transaction's write because the server's connection wrote
 * after the transaction began reading (SQLITE_BUSY, which Prisma reports as
 * P1008): the transaction was rolled back, and running it again is safe.
 */
function isDatabaseBusy(error: unknown): boolean {
  const { code, cause } = (error ?? {}) as { code?: unknown; cause?: { kind?: unknown } };
  return code === "P1008" || cause?.kind === "SocketTimeout";
}

/** Runs one piece of setup through the data layer, again while the server holds the database. */
function whenFree<T>(run: () => Promise<T>): Promise<T> {
  return withRetry(run, isDatabaseBusy, { tries: 5 });
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * What tests set up through the data layer in the database the server is
 * using: the factories of tests/fixtures/classes.ts and server/ functions.
 */
export const given = {
  /** A new teacher account (its password is TEST_PASSWORD). */
  teacher: (name: string) => whenFree(() => createTeacher(name)),

  /** A new student account, in no class (its password is TEST_PASSWORD). */
  student: (name: string) => whenFree(() => createStudent(name)),

  /** A class taught by `teacher` that each of `students` joined with its code. */
  classWith: (teacher: SessionUser, students: SessionUser[] = [], name?: string) => whenFree(() => createClassWithMembers(teacher, students, name)),

  /** The teacher takes the student out of their class (the roster's "Remove"). */
  removal: (teacher: SessionUser, classId: string, student: SessionUser) => whenFree(() => removeStudent(teacher, classId, student.id)),

  /** Accounts with one-time passwords, made by the teacher for their class (one name a line). */
  createdStudents: (teacher: SessionUser, classId: string, roster: string) => whenFree(() => createStudents(teacher, classId, roster)),

  /** An assignment opened an hour ago and due in 24 hours, the form's defaults otherwise. */
  async assignment(teacher: SessionUser, classId: string, overrides: Partial<AssignmentForm> = {}) {
    const now = Date.now();
    const input = assignmentInput({
      opensAt: instantToLocal(new Date(now - HOUR_MS), TEST_TIME_ZONE),
      dueAt: instantToLocal(new Date(now + 24 * HOUR_MS), TEST_TIME_ZONE),
      ...overrides,
    });
    const { id } = await whenFree(() => createAssignment(teacher, classId, input));
    return { id, title: input.title, studentPath: `/assignments/${id}`, teacherPath: `/classes/${classId}/assignments/${id}` };
  },

  /** The learner studies a Library set: its cards are due now. */
  studying: (learner: SessionUser, setSlug: string) => whenFree(() => studySet(learner, setSlug, new Date())),

  /** The student took the assignment's quiz ten minutes ago with these answers (item id → response; left out is blank), for 5 minutes. */
  finishedAttempt: (student: SessionUser, assignmentId: string, responses: ReadonlyMap<string, QuizResponse>) =>
    whenFree(() => takeAttempt(student, assignmentId, responses, { startedAt: new Date(Date.now() - 10 * 60 * 1000) })),

  /** Flashcard reviews the learner made just now. */
  reviews: (learner: SessionUser, reviews: SubmittedReview[]) => whenFree(() => submitReviews(learner, reviews, new Date())),

  /** The student takes the assignment's quiz now: the first `right` questions right, the rest wrong, and finishes it. */
  finishedQuiz: (student: SessionUser, assignmentId: string, right: number) => whenFree(() => takeQuiz(student, assignmentId, right, new Date())),
  /** One flashcard review of each item, made (and received by the server) at `at`, which may be days ago. */
  reviewsAt: (learner: SessionUser, itemIds: readonly string[], at: Date, rating: Rating = 3) => whenFree(() => reviewedAt(learner, itemIds, at, rating)),
};

type Fixtures = {
  /** A new teacher, Grace Wambui. */
  teacher: SessionUser;
  /** A new student, Wanjiku Njeri, in no class yet. */
  student: SessionUser;
  /** The test's `page` (with its test.use options), signed in as `student`. */
  signedInPage: Page;
  /** A desktop page of its own, signed in as `teacher`. */
  teacherPage: Page;
  /** Opens a page in a context of its own (a phone unless told), signed in as `user`, or signed out for null. */
  newPage: (user: SessionUser | null, device?: "phone" | "desktop") => Promise<Page>;
};

export const test = base.extend<Fixtures>({
  // Playwright reads a fixture's dependencies from its first parameter, so it is a pattern even when empty.
  teacher: async ({}, provide) => provide(await given.teacher("Grace Wambui")),
  student: async ({}, provide) => provide(await given.student("Wanjiku Njeri")),
  signedInPage: async ({ page, context, student, baseURL }, provide) => {
    await signInAs(context, student, baseURL!);
    await provide(page);
  },
  newPage: async ({ browser, baseURL }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (user, device = "phone") => {
      const context = await browser.newContext({ ...(device === "phone" ? PHONE : DESKTOP), timezoneId: TEST_TIME_ZONE });
      contexts.push(context);
      if (user) await signInAs(context, user, baseURL!);
      return context.newPage();
    });
    for (const context of contexts) await context.close();
  },
  teacherPage: async ({ newPage, teacher }, provide) => provide(await newPage(teacher, "desktop")),
});
