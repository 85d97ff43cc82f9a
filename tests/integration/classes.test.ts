// Classes, rosters, join codes, assignments and attempts: what the data layer
// does with good input and how it refuses bad input (a clear message, and
// nothing written). Who may call what is in access-matrix.test.ts.
import { randomInt } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { NotFoundError, RateLimitedError, UserFacingError } from "@/lib/actions/result";
import { assignmentInputSchema } from "@/lib/classes/assignment";
import { generateJoinCode } from "@/lib/classes/join-code";
import { ALLOW_REPEATED_NAMES } from "@/lib/classes/roster";
import { classNameSchema } from "@/lib/classes/validation";
import { signUpSchema } from "@/lib/users/validation";
import { getStudentAssignment, getTeacherAssignment, listStudentAssignments } from "@/server/assignments/list-assignments";
import { createAssignment, setAssignmentWithdrawn } from "@/server/assignments/manage-assignment";
import { getAttemptForTeacher, getOwnAttempt, startAttempt } from "@/server/attempts/start-attempt";
import type { SessionUser } from "@/server/auth/session";
import { createStudents } from "@/server/classes/create-students";
import { getResettableStudent, resetStudentPassword } from "@/server/classes/reset-student-password";
import { joinClass } from "@/server/classes/join-class";
import { getTeacherClass, listStudentClasses, listTeacherClasses } from "@/server/classes/list-classes";
import { createClass, regenerateJoinCode, removeStudent, renameClass, setClassArchived, setJoinCodeEnabled } from "@/server/classes/manage-class";
import { db } from "@/server/db/client";
import { failure } from "@/tests/fixtures/errors";
import { RATE_LIMITS, SIGN_IN_DELAYS, signInDelaySeconds } from "@/server/rate-limit/limit";
import { createUser } from "@/server/users/create-user";
import { setOwnPassword } from "@/server/users/set-own-password";
import { verifyCredentials } from "@/server/users/verify-credentials";
import { AFTER_DUE, assignmentForm, assignmentInput, BEFORE_OPENING, createClassWithMembers, createStudent, createTeacher, createTestAssignment, ensureContent, setItemIds, SMALL_SET, uniqueAddress, uniqueClassName, uniqueTag, WHILE_OPEN } from "@/tests/fixtures/classes";
import { signUpInput, TEST_PASSWORD, uniqueUsername } from "@/tests/fixtures/users";

const TOO_MANY_TRIES = /^Too many tries\. Try again in (\d+) s\.$/;
const NO_SUCH_CODE = "No class has that join code. Check it with your teacher.";

let teacher: SessionUser;

beforeAll(async () => {
  await ensureContent();
  teacher = await createTeacher();
});

afterAll(() => db().$disconnect());

/** A well-formed join code no class has. */
async function unusedCode(): Promise<string> {
  for (;;) {
    const code = generateJoinCode(randomInt);
    if (!(await db().class.findUnique({ where: { joinCode: code }, select: { id: true } }))) return code;
  }
}

/** "Too many tries. Try again in N s.", with N from 1 to `atMost`; returns N. */
function expectRateLimited(error: Error, atMost: number): number {
  expect(error).toBeInstanceOf(RateLimitedError);
  const seconds = Number(TOO_MANY_TRIES.exec(error.message)?.[1]);
  expect(seconds).toBeGreaterThanOrEqual(1);
  expect(seconds).toBeLessThanOrEqual(atMost);
  return seconds;
}

async function memberIds(classId: string): Promise<string[]> {
  const rows = await db().membership.findMany({ where: { classId }, select: { studentId: true } });
  return rows.map((row) => row.studentId);
}

/** Joining with the class's code is refused with `message`, and the student is not in it. */
async function expectJoinRefused(student: SessionUser, target: { id: string; joinCode: string }, message: string) {
  expect(await failure(joinClass(student, target.joinCode))).toEqual(new UserFacingError(message, "code"));
  expect(await memberIds(target.id)).toEqual([]);
}

function capitalized(word: string): string {
  return `${word[0]!.toUpperCase()}${word.slice(1)}`;
}

describe("classes: create, rename, archive", () => {
  it("creates a class with a fresh readable join code, listed for its teacher", async () => {
    const newcomer = await createTeacher();
    const name = uniqueClassName();
    const created = await createClass(newcomer, name);
    expect(created).toEqual({ id: expect.any(String), name, joinCode: expect.stringMatching(/^[ABCDEFGHJKMNPQRTUVWXYZ2346789]{8}$/) });
    const listed = await listTeacherClasses(newcomer);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toEqual({
      id: created.id,
      name,
      joinCode: created.joinCode,
      isJoinCodeEnabled: true,
      archivedAt: null,
      studentCount: 0,
      assignmentCount: 0,
    });
  });

  it("gives every class its own join code", async () => {
    const codes = await Promise.all(Array.from({ length: 5 }, () => createClass(teacher, uniqueClassName()).then((c) => c.joinCode)));
    expect(new Set(codes).size).toBe(5);
  });

  it("renames a class", async () => {
    const created = await createClass(teacher, uniqueClassName());
    const name = uniqueClassName("Form 4 West");
    await renameClass(teacher, created.id, name);
    expect((await getTeacherClass(teacher, created.id)).name).toBe(name);
  });

  it("archives a class: listed last for the teacher, gone from students' lists, restored on unarchive", async () => {
    const owner = await createTeacher();
    const student = await createStudent();
    const older = await createClass(owner, uniqueClassName());
    const archived = await createClassWithMembers(owner, [student]);
    const assignment = await createTestAssignment(owner, archived.id);
    const newer = await createClass(owner, uniqueClassName());
    // Apart in time, so "newest first" has one answer.
    for (const [index, created] of [older, archived, newer].entries()) {
      await db().class.update({ where: { id: created.id }, data: { createdAt: new Date(Date.UTC(2026, 0, 1 + index)) } });
    }

    await setClassArchived(owner, archived.id, true);
    const listed = await listTeacherClasses(owner);
    expect(listed.map((row) => row.id)).toEqual([newer.id, older.id, archived.id]);
    expect(listed[2]).toMatchObject({ archivedAt: expect.any(Date), studentCount: 1, assignmentCount: 1 });
    expect(await listStudentClasses(student)).toEqual([]);
    expect(await listStudentAssignments(student, WHILE_OPEN)).toEqual([]);
    await expect(getStudentAssignment(student, assignment.id, WHILE_OPEN)).rejects.toBeInstanceOf(NotFoundError);
    // Nothing is deleted: the teacher still sees the roster and the work.
    expect((await getTeacherClass(owner, archived.id)).students).toHaveLength(1);

    await setClassArchived(owner, archived.id, false);
    expect((await listTeacherClasses(owner)).map((row) => row.id)).toEqual([newer.id, archived.id, older.id]);
    expect((await listStudentClasses(student)).map((row) => row.id)).toEqual([archived.id]);
    expect((await listStudentAssignments(student, WHILE_OPEN)).map((row) => row.id)).toEqual([assignment.id]);
  });

  it.each([
    ["an empty name", "", "Enter a class name."],
    ["only spaces", "    ", "Enter a class name."],
    ["300 characters", "x".repeat(300), "Class names have at most 100 characters."],
    ["101 characters", "x".repeat(101), "Class names have at most 100 characters."],
  ])("refuses a class name of %s", (_label, name, message) => {
    const parsed = classNameSchema.safeParse(name);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message)).toEqual([message]);
  });

  it("accepts a class name of 1 to 100 characters, trimmed", () => {
    expect(classNameSchema.parse("  Form 3 East  ")).toBe("Form 3 East");
    expect(classNameSchema.parse("x".repeat(100))).toHaveLength(100);
    expect(classNameSchema.parse("A")).toBe("A");
  });
});

describe("joinClass", () => {
  it("joins with the right code, in any case and with spaces, and again without a second membership", async () => {
    const student = await createStudent();
    const created = await createClass(teacher, uniqueClassName());
    const typed = `${created.joinCode.slice(0, 4).toLowerCase()} ${created.joinCode.slice(4)}`;
    expect(await joinClass(student, typed)).toEqual({ classId: created.id, className: created.name, isAlreadyMember: false });
    expect(await joinClass(student, created.joinCode)).toEqual({ classId: created.id, className: created.name, isAlreadyMember: true });
    expect(await memberIds(created.id)).toEqual([student.id]);
    expect(await listStudentClasses(student)).toEqual([
      { id: created.id, name: created.name, teacherName: teacher.name, joinedAt: expect.any(Date) },
    ]);
  });

  it("refuses a code no class has", async () => {
    const student = await createStudent();
    const error = await failure(joinClass(student, await unusedCode()));
    expect(error).toEqual(new UserFacingError(NO_SUCH_CODE, "code"));
    expect(await db().membership.count({ where: { studentId: student.id } })).toBe(0);
  });

  it("refuses something that cannot be a code, saying what a code looks like", async () => {
    const student = await createStudent();
    for (const typed of ["", "ABC", "ABCD-EFGH-J", "ABCD 0000", "ABCD EFG!"]) {
      const error = await failure(joinClass(student, typed));
      expect(error.message).toBe("A join code has 8 letters and digits, like ABCD 2345. Check it and try again.");
    }
    expect(await db().membership.count({ where: { studentId: student.id } })).toBe(0);
  });

  it("refuses a turned-off code, and takes it again once turned back on", async () => {
    const student = await createStudent();
    const created = await createClass(teacher, uniqueClassName());
    await setJoinCodeEnabled(teacher, created.id, false);
    await expectJoinRefused(student, created, "That join code is turned off. Ask your teacher for a new one.");
    await setJoinCodeEnabled(teacher, created.id, true);
    expect(await joinClass(student, created.joinCode)).toMatchObject({ classId: created.id, isAlreadyMember: false });
  });

  it("refuses an archived class's code", async () => {
    const student = await createStudent();
    const created = await createClass(teacher, uniqueClassName());
    await setClassArchived(teacher, created.id, true);
    await expectJoinRefused(student, created, "That class has ended, so it no longer takes new students.");
  });

  it("refuses the old code after it is regenerated, and takes the new one", async () => {
    const student = await createStudent();
    const created = await createClass(teacher, uniqueClassName());
    await setJoinCodeEnabled(teacher, created.id, false);
    const fresh = await regenerateJoinCode(teacher, created.id);
    expect(fresh).not.toBe(created.joinCode);
    await expectJoinRefused(student, created, NO_SUCH_CODE);
    // A new code is on, even if the old one had been turned off.
    expect(await joinClass(student, fresh)).toMatchObject({ classId: created.id });
  });

  it("refuses the 11th try after 10 wrong codes from one account, even with the right code", async () => {
    const student = await createStudent();
    const created = await createClass(teacher, uniqueClassName());
    expect(RATE_LIMITS["join-code"].points).toBe(10);
    for (let tries = 0; tries < 10; tries++) {
      const error = await failure(joinClass(student, await unusedCode()));
      expect(error.message).toBe(NO_SUCH_CODE);
    }
    expectRateLimited(await failure(joinClass(student, created.joinCode)), RATE_LIMITS["join-code"].duration);
    expect(await memberIds(created.id)).toEqual([]);
  });

  // Students of a school share one address: counting wrong codes per
  // address would let one student's typos block the whole class.
  it("does not hold classmates back for one student's wrong codes", async () => {
    const created = await createClass(teacher, uniqueClassName());
    const guesser = await createStudent();
    for (let tries = 0; tries < 10; tries++) await failure(joinClass(guesser, await unusedCode()));
    expectRateLimited(await failure(joinClass(guesser, created.joinCode)), RATE_LIMITS["join-code"].duration);
    const classmates = await Promise.all(Array.from({ length: 3 }, () => createStudent()));
    for (const classmate of classmates) expect(await joinClass(classmate, created.joinCode)).toMatchObject({ classId: created.id });
    expect((await memberIds(created.id)).sort()).toEqual(classmates.map((classmate) => classmate.id).sort());
  });

  it("takes at most the hourly number of new students by one class's code, with a message saying what to do", async () => {
    const created = await createClass(teacher, uniqueClassName());
    // The hour's joins so far, as the limiter counts them.
    await db().rateLimiterFlexible.create({
      data: { key: `class-joins:class:${created.id}`, points: RATE_LIMITS["class-joins"].points, expire: new Date(Date.now() + 30 * 60_000) },
    });
    const late = await failure(joinClass(await createStudent(), created.joinCode));
    expect(late).toBeInstanceOf(UserFacingError);
    expect(late.message).toMatch(/^This class has taken 100 new students by its code in the last hour, as many as it takes\. Ask your teacher to add you, or try again in (\d+) min\.$/);
    expect(await memberIds(created.id)).toEqual([]);
    // Another class's code still works.
    const other = await createClass(teacher, uniqueClassName());
    expect(await joinClass(await createStudent(), other.joinCode)).toMatchObject({ classId: other.id });
  });

  // Tries are counted before the code is looked up, so a burst sent at one
  // moment cannot slip past the limit.
  it("refuses a burst of simultaneous wrong codes past the limit", async () => {
    const student = await createStudent();
    const codes = await Promise.all(Array.from({ length: 30 }, () => unusedCode()));
    const results = await Promise.allSettled(codes.map((code) => joinClass(student, code)));
    const looked = results.filter((result) => result.status === "rejected" && (result.reason as Error).message === NO_SUCH_CODE);
    expect(looked.length).toBeLessThanOrEqual(RATE_LIMITS["join-code"].points);
  });

  it("refuses teachers", async () => {
    const created = await createClass(teacher, uniqueClassName());
    const error = await failure(joinClass(await createTeacher(), created.joinCode));
    expect(error.message).toBe("Only students join classes. Teachers create them.");
    expect(await memberIds(created.id)).toEqual([]);
  });
});

describe("verifyCredentials rate limit", () => {
  // Only Date is faked: the database driver's timers run as usual.
  afterEach(() => vi.useRealTimers());
  const at = (start: number, ms: number) => vi.setSystemTime(new Date(start + ms));

  it("slows an account down after five wrong passwords, and lets the owner in once the wait is over", async () => {
    const student = await createStudent();
    const start = Date.now();
    vi.useFakeTimers({ toFake: ["Date"] });
    at(start, 0);
    let clock = 0;
    const waits: number[] = [];
    // Ten wrong passwords, each tried as soon as it is allowed.
    for (let tries = 0; tries < 10; ) {
      const outcome = await verifyCredentials(student.username, "a wrong password", { address: uniqueAddress() }).catch((error: Error) => error);
      if (outcome instanceof Error) {
        const seconds = expectRateLimited(outcome, SIGN_IN_DELAYS.maxDelaySeconds);
        waits.push(seconds);
        clock += seconds * 1000;
        at(start, clock);
        continue;
      }
      expect(outcome).toBeNull();
      tries++;
    }
    // Five free, then 1, 2, 4, 8 and 16 s before each next try.
    expect(waits).toEqual([1, 2, 4, 8, 16]);
    // Right after the tenth, even the right password waits (32 s): the owner is slowed, not locked out.
    const waiting = await failure(verifyCredentials(student.username.toUpperCase(), TEST_PASSWORD, { address: uniqueAddress() }));
    expect(expectRateLimited(waiting, SIGN_IN_DELAYS.maxDelaySeconds)).toBe(32);
    at(start, clock + 32_000);
    expect(await verifyCredentials(student.username, TEST_PASSWORD, { address: uniqueAddress() })).toMatchObject({ id: student.id });
    // A successful sign-in clears the count: the next typo costs nothing.
    expect(await verifyCredentials(student.username, "a wrong password", { address: uniqueAddress() })).toBeNull();
    expect(await verifyCredentials(student.username, TEST_PASSWORD, { address: uniqueAddress() })).toMatchObject({ id: student.id });
    // Another account was never held back.
    const other = await createStudent();
    expect(await verifyCredentials(other.username, TEST_PASSWORD, { address: uniqueAddress() })).toMatchObject({ id: other.id });
  });

  it("never waits longer than the cap, however many tries an attacker makes", () => {
    expect([0, 4, 5, 6, 7, 11, 12, 50].map(signInDelaySeconds)).toEqual([0, 0, 1, 2, 4, 64, 120, 120]);
  });

  it("refuses sign-ins from an address after 100 failures there, for any account, and not from elsewhere", async () => {
    const address = uniqueAddress();
    const student = await createStudent();
    await db().rateLimiterFlexible.create({
      data: { key: `sign-in-address:${address}`, points: RATE_LIMITS["sign-in-address"].points, expire: new Date(Date.now() + 10 * 60_000) },
    });
    expectRateLimited(await failure(verifyCredentials(student.username, TEST_PASSWORD, { address })), RATE_LIMITS["sign-in-address"].duration);
    expect(await verifyCredentials(student.username, TEST_PASSWORD, { address: uniqueAddress() })).toMatchObject({ id: student.id });
  });

  it("does not charge the address for tries refused while an account waits", async () => {
    const address = uniqueAddress();
    const student = await createStudent();
    for (let tries = 0; tries < 5; tries++) expect(await verifyCredentials(student.username, "a wrong password", { address })).toBeNull();
    for (let tries = 0; tries < 5; tries++) await failure(verifyCredentials(student.username, "a wrong password", { address }));
    const counter = await db().rateLimiterFlexible.findUnique({ where: { key: `sign-in-address:${address}` } });
    expect(counter?.points).toBe(5);
  });

  // The count is keyed on the account the login names, not on the login as typed.
  it("counts sign-ins by username and by email against the same account", async () => {
    const email = `${uniqueUsername("limit")}@example.org`;
    const user = await createUser(signUpSchema.parse(signUpInput({ email, password: TEST_PASSWORD })));
    for (let tries = 0; tries < 5; tries++) {
      expect(await verifyCredentials(tries % 2 ? email : user.username, "a wrong password", { address: uniqueAddress() })).toBeNull();
    }
    expectRateLimited(await failure(verifyCredentials(email, TEST_PASSWORD, { address: uniqueAddress() })), 1);
  });

  // Tries are counted before the password is checked: 30 at once are not 30 guesses.
  it("checks at most five of a burst of simultaneous wrong passwords", async () => {
    const student = await createStudent();
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, () => verifyCredentials(student.username, "a wrong password", { address: uniqueAddress() })),
    );
    const checked = results.filter((result) => result.status === "fulfilled");
    expect(checked.length).toBeLessThanOrEqual(SIGN_IN_DELAYS.freeFailures);
  });

  it("does not count successful sign-ins", async () => {
    const address = uniqueAddress();
    const student = await createStudent();
    for (let tries = 0; tries < 12; tries++) {
      expect(await verifyCredentials(student.username, TEST_PASSWORD, { address })).toMatchObject({ id: student.id });
    }
  });
});

describe("sign-up limit", () => {
  it("refuses accounts from an address past its hourly number, counting only accounts made", async () => {
    const address = uniqueAddress();
    const made = await createUser(signUpSchema.parse(signUpInput({ password: TEST_PASSWORD })), { address });
    // A refused sign-up (the username is taken) is not counted.
    await failure(createUser(signUpSchema.parse(signUpInput({ username: made.username, password: TEST_PASSWORD })), { address }));
    expect((await db().rateLimiterFlexible.findUnique({ where: { key: `sign-up:${address}` } }))?.points).toBe(1);
    await db().rateLimiterFlexible.update({ where: { key: `sign-up:${address}` }, data: { points: RATE_LIMITS["sign-up"].points } });
    const input = signUpSchema.parse(signUpInput({ password: TEST_PASSWORD }));
    expectRateLimited(await failure(createUser(input, { address })), RATE_LIMITS["sign-up"].duration);
    expect(await db().user.count({ where: { username: input.username } })).toBe(0);
    expect(await createUser(input, { address: uniqueAddress() })).toMatchObject({ username: input.username });
  });
});

describe("createStudents", () => {
  it("creates an account per name, with a username, a one-time password that signs in, and a place in the class", async () => {
    const tag = uniqueTag();
    const created = await createClass(teacher, uniqueClassName());
    const names = [`Amina Wanjirũ ${capitalized(tag)}`, `Baraka ${capitalized(tag)}`, `Chebet Moïse-${capitalized(tag)}`];
    const students = await createStudents(teacher, created.id, `Name\n${names[0]}\n\n"${names[1]}",extra column\n  ${names[2]}  \n`);
    expect(students.map((student) => [student.name, student.username])).toEqual([
      [names[0], `amina.${tag}`],
      [names[1], `baraka.${tag}`],
      [names[2], `chebet.${tag}`],
    ]);
    for (const student of students) {
      expect(student.oneTimePassword).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}$/);
      const stored = await db().user.findUniqueOrThrow({ where: { username: student.username } });
      expect(stored).toMatchObject({ role: "student", mustChangePassword: true, createdById: teacher.id, email: null });
      expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
      expect(stored.passwordHash).not.toContain(student.oneTimePassword);
      expect(await verifyCredentials(student.username, student.oneTimePassword, { address: uniqueAddress() })).toMatchObject({
        id: stored.id,
        role: "student",
        mustChangePassword: true,
      });
    }
    const roster = await getTeacherClass(teacher, created.id);
    expect(roster.students.map((student) => [student.username, student.mustChangePassword])).toEqual([
      [`amina.${tag}`, true],
      [`baraka.${tag}`, true],
      [`chebet.${tag}`, true],
    ]);
  });

  it("gives the same name distinct usernames, within a paste and across pastes", async () => {
    const tag = uniqueTag();
    const created = await createClass(teacher, uniqueClassName());
    const name = `Amina ${capitalized(tag)}`;
    const first = await createStudents(teacher, created.id, `${name}\n${name}\n${name.toLowerCase()}`, { allowRepeatedNames: true });
    const second = await createStudents(teacher, created.id, name, { allowRepeatedNames: true });
    expect([...first, ...second].map((student) => student.username)).toEqual([
      `amina.${tag}`,
      `amina.${tag}2`,
      `amina.${tag}3`,
      `amina.${tag}4`,
    ]);
    expect(await memberIds(created.id)).toHaveLength(4);
  });

  it("asks before creating a name pasted twice, or already in the class, and creates nothing until told", async () => {
    const tag = capitalized(uniqueTag());
    const created = await createClass(teacher, uniqueClassName());
    const usersBefore = await db().user.count();
    const twice = await failure(createStudents(teacher, created.id, `Amina ${tag}\nBaraka ${tag}\namina  ${tag.toLowerCase()}`));
    expect(twice).toEqual(
      new UserFacingError(
        `Some names appear twice: Amina ${tag} (lines 1 and 3). No accounts were created. Remove the repeats, or confirm that these are different students.`,
        ALLOW_REPEATED_NAMES,
      ),
    );
    expect(await db().user.count()).toBe(usersBefore);
    expect(await memberIds(created.id)).toEqual([]);

    expect(await createStudents(teacher, created.id, `Baraka ${tag}`)).toHaveLength(1);
    const inClass = await failure(createStudents(teacher, created.id, `Chebet ${tag}\nBaraka ${tag}`));
    expect(inClass.message).toContain(`Baraka ${tag} (line 2, already in the class)`);
    expect(await memberIds(created.id)).toHaveLength(1);

    const confirmed = await createStudents(teacher, created.id, `Chebet ${tag}\nBaraka ${tag}`, { allowRepeatedNames: true });
    expect(confirmed.map((student) => student.name)).toEqual([`Chebet ${tag}`, `Baraka ${tag}`]);
    expect(await memberIds(created.id)).toHaveLength(3);
  });

  it("writes each of two simultaneous pastes of the same names whole or not at all, with distinct usernames", async () => {
    const tag = uniqueTag();
    const roster = `Amina ${capitalized(tag)}\nBaraka ${capitalized(tag)}`;
    const classes = await Promise.all([createClass(teacher, uniqueClassName()), createClass(teacher, uniqueClassName())]);
    const results = await Promise.allSettled(classes.map((created) => createStudents(teacher, created.id, roster)));
    // Both should succeed (amina.x and amina.x2). On PostgreSQL the later one
    // may instead fail on the unique username (reported); it must then have
    // written nothing.
    for (const [index, created] of classes.entries()) {
      expect(await memberIds(created.id)).toHaveLength(results[index]!.status === "fulfilled" ? 2 : 0);
    }
    expect(results.some((result) => result.status === "fulfilled")).toBe(true);
    const usernames = (await db().user.findMany({ where: { username: { contains: tag } }, select: { username: true } })).map((u) => u.username);
    expect(usernames).toHaveLength(results.filter((result) => result.status === "fulfilled").length * 2);
    expect(new Set(usernames).size).toBe(usernames.length);
  });

  it.each([
    ["an empty paste", "", "Paste at least one name, one per line."],
    ["a paste of blank lines", "  \n\n\t\n", "Paste at least one name, one per line."],
    ["a 2,000-line paste", Array.from({ length: 2000 }, (_, index) => `Student ${index + 1}`).join("\n"), "That is 2000 students: create at most 200 at a time."],
    ["a paste with one name too long", `Amina Otieno\n${"x".repeat(81)}\nBaraka Ochieng`, "Line 2: names have at most 80 characters."],
  ])("refuses %s and writes nothing", async (_label, roster, message) => {
    const created = await createClass(teacher, uniqueClassName());
    const usersBefore = await db().user.count();
    const error = await failure(createStudents(teacher, created.id, roster));
    expect(error).toEqual(new UserFacingError(message, "roster"));
    expect(await db().user.count()).toBe(usersBefore);
    expect(await memberIds(created.id)).toEqual([]);
  });
});

/** The session of a stored student account. */
function asStudent(user: { id: string; name: string; username: string }): SessionUser {
  return { id: user.id, name: user.name, username: user.username, role: "student" };
}

describe("resetStudentPassword", () => {
  it("gives a student a teacher created a new one-time password: the old one stops working, the new one must be changed", async () => {
    const created = await createClass(teacher, uniqueClassName());
    const [student] = await createStudents(teacher, created.id, `Amina ${capitalized(uniqueTag())}`);
    const stored = await db().user.findUniqueOrThrow({ where: { username: student!.username } });
    const actor = { ...asStudent(stored), mustChangePassword: true };
    await setOwnPassword(actor, "amina-chose-this");
    expect(await getResettableStudent(teacher, created.id, stored.id)).toEqual({ id: stored.id, name: stored.name, username: stored.username, canReset: true });

    const reset = await resetStudentPassword(teacher, created.id, stored.id);
    expect(reset).toMatchObject({ name: stored.name, username: stored.username });
    expect(reset.oneTimePassword).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect(await verifyCredentials(stored.username, "amina-chose-this", { address: uniqueAddress() })).toBeNull();
    expect(await verifyCredentials(stored.username, reset.oneTimePassword, { address: uniqueAddress() })).toMatchObject({
      id: stored.id,
      mustChangePassword: true,
    });
  });

  it("leaves a student's own account alone, and refuses students of other classes and other teachers", async () => {
    const created = await createClass(teacher, uniqueClassName());
    const ownAccount = await createStudent();
    await joinClass(ownAccount, created.joinCode);
    expect((await getResettableStudent(teacher, created.id, ownAccount.id)).canReset).toBe(false);
    const hashBefore = (await db().user.findUniqueOrThrow({ where: { id: ownAccount.id } })).passwordHash;
    expect(await failure(resetStudentPassword(teacher, created.id, ownAccount.id))).toEqual(
      new UserFacingError(`${ownAccount.name} made their own account, so only they can change its password.`),
    );
    expect((await db().user.findUniqueOrThrow({ where: { id: ownAccount.id } })).passwordHash).toBe(hashBefore);

    const elsewhere = await createClass(teacher, uniqueClassName());
    const [other] = await createStudents(teacher, elsewhere.id, `Baraka ${capitalized(uniqueTag())}`);
    const otherId = (await db().user.findUniqueOrThrow({ where: { username: other!.username } })).id;
    expect(await failure(resetStudentPassword(teacher, created.id, otherId))).toBeInstanceOf(NotFoundError);
    const otherTeacher = await createTeacher();
    expect(await failure(resetStudentPassword(otherTeacher, elsewhere.id, otherId))).toBeInstanceOf(NotFoundError);
    expect(await verifyCredentials(other!.username, other!.oneTimePassword, { address: uniqueAddress() })).toMatchObject({ id: otherId });
  });
});

describe("setOwnPassword", () => {
  it("refuses to keep the one-time password, and changes nothing", async () => {
    const created = await createClass(teacher, uniqueClassName());
    const [student] = await createStudents(teacher, created.id, `Chebet ${capitalized(uniqueTag())}`);
    const stored = await db().user.findUniqueOrThrow({ where: { username: student!.username } });
    const error = await failure(setOwnPassword({ ...asStudent(stored), mustChangePassword: true }, student!.oneTimePassword));
    expect(error).toEqual(new UserFacingError("Choose a password of your own: the one-time password cannot be kept.", "password"));
    expect(await db().user.findUniqueOrThrow({ where: { id: stored.id } })).toMatchObject({ passwordHash: stored.passwordHash, mustChangePassword: true });
  });
});

describe("assignment input", () => {
  function issues(overrides: Parameters<typeof assignmentForm>[0]) {
    const parsed = assignmentInputSchema.safeParse(assignmentForm(overrides));
    expect(parsed.success).toBe(false);
    return parsed.error!.issues.map((issue) => [issue.path.join("."), issue.message]);
  }

  it("turns the form's local date-times into instants in the teacher's time zone", () => {
    const input = assignmentInputSchema.parse(assignmentForm({ opensAt: "2026-03-02T08:00", dueAt: "2026-03-20T17:00", timeZone: "Africa/Nairobi" }));
    expect(input.opensAt).toEqual(new Date("2026-03-02T05:00:00Z"));
    expect(input.dueAt).toEqual(new Date("2026-03-20T14:00:00Z"));
    expect(input).toMatchObject({ questionCount: 5, attemptsAllowed: 1, shuffle: true });
  });

  it.each([
    ["a due date before the opening date", { opensAt: "2026-03-20T09:00", dueAt: "2026-03-19T09:00" }, ["dueAt", "The due date must be after the opening date."]],
    ["a due date equal to the opening date", { opensAt: "2026-03-20T09:00", dueAt: "2026-03-20T09:00" }, ["dueAt", "The due date must be after the opening date."]],
    ["0 questions", { questionCount: "0" }, ["questionCount", "The number of questions must be at least 1."]],
    ["a negative number of questions", { questionCount: "-5" }, ["questionCount", "The number of questions must be at least 1."]],
    ["a fractional number of questions", { questionCount: "2.5" }, ["questionCount", "The number of questions must be a whole number."]],
    ["201 questions", { questionCount: "201" }, ["questionCount", "The number of questions must be at most 200."]],
    ["0 attempts", { attemptsAllowed: "0" }, ["attemptsAllowed", "The number of attempts must be at least 1."]],
    ["-1 attempts", { attemptsAllowed: "-1" }, ["attemptsAllowed", "The number of attempts must be at least 1."]],
    ["a date that does not exist", { opensAt: "2026-02-30T09:00" }, ["opensAt", "That opening date does not exist."]],
    ["no due date", { dueAt: "" }, ["dueAt", "Enter when it is due."]],
    ["an unknown time zone", { timeZone: "Africa/Atlantis" }, ["timeZone", "Unknown time zone."]],
    ["no set", { setSlug: "  " }, ["setSlug", "Choose a set."]],
    ["an unknown mode", { mode: "exam" }, ["mode", "Choose quiz, flashcards or both."]],
  ])("refuses %s with a clear message", (_label, overrides, expected) => {
    expect(issues(overrides)).toContainEqual(expected);
  });

  describe("createAssignment", () => {
    let classId: string;
    let setItems: string[];

    beforeAll(async () => {
      classId = (await createClass(teacher, uniqueClassName())).id;
      setItems = await setItemIds(SMALL_SET);
    });

    async function expectNothingWritten(title: string) {
      expect(await db().assignment.count({ where: { title } })).toBe(0);
    }

    it("assigns the whole set, freezing its items, with the set's title when none is given", async () => {
      const created = await createAssignment(teacher, classId, assignmentInput({ title: "" }));
      const stored = await db().assignment.findUniqueOrThrow({ where: { id: created.id } });
      const set = await db().itemSet.findUniqueOrThrow({ where: { slug: SMALL_SET } });
      expect(stored).toMatchObject({
        classId,
        setSlug: SMALL_SET,
        itemIds: setItems,
        title: set.title,
        mode: "quiz",
        timeZone: "Africa/Nairobi",
        questionCount: 5,
        attemptsAllowed: 1,
        opensAt: new Date("2026-03-02T05:00:00Z"),
        withdrawnAt: null,
      });
    });

    it("assigns a subset of the set, without repeats", async () => {
      const chosen = [setItems[3]!, setItems[1]!, setItems[3]!];
      const created = await createAssignment(teacher, classId, assignmentInput({ itemIds: chosen, questionCount: "2" }));
      expect((await db().assignment.findUniqueOrThrow({ where: { id: created.id } })).itemIds).toEqual([setItems[3], setItems[1]]);
    });

    it("refuses a set that does not exist", async () => {
      const input = assignmentInput({ setSlug: "topic:no-such-set" });
      const error = await failure(createAssignment(teacher, classId, input));
      expect(error).toEqual(new UserFacingError("That set does not exist. Choose one from the Library.", "setSlug"));
      await expectNothingWritten(input.title);
    });

    it("refuses more questions than the set has", async () => {
      const input = assignmentInput({ questionCount: String(setItems.length + 1) });
      const error = await failure(createAssignment(teacher, classId, input));
      expect(error).toEqual(new UserFacingError(`The number of questions must be at most ${setItems.length}, the questions available.`, "questionCount"));
      await expectNothingWritten(input.title);
    });

    it("refuses more questions than the chosen subset has", async () => {
      const input = assignmentInput({ itemIds: setItems.slice(0, 3), questionCount: "4" });
      const error = await failure(createAssignment(teacher, classId, input));
      expect(error).toEqual(new UserFacingError("The number of questions must be at most 3, the questions available.", "questionCount"));
      await expectNothingWritten(input.title);
    });

    it("refuses a subset with a question that is not in the set", async () => {
      const outsider = (await setItemIds("all")).find((id) => !setItems.includes(id))!;
      const input = assignmentInput({ itemIds: [setItems[0]!, outsider, "no-such-item"], questionCount: "1" });
      const error = await failure(createAssignment(teacher, classId, input));
      expect(error).toEqual(new UserFacingError("2 of the chosen questions are not in that set.", "itemIds"));
      await expectNothingWritten(input.title);
    });

    it("refuses an archived class", async () => {
      const archived = await createClass(teacher, uniqueClassName());
      await setClassArchived(teacher, archived.id, true);
      const input = assignmentInput();
      const error = await failure(createAssignment(teacher, archived.id, input));
      expect(error.message).toBe("This class is archived. Restore it first.");
      await expectNothingWritten(input.title);
    });
  });
});

describe("startAttempt", () => {
  let student: SessionUser;
  let classId: string;

  beforeAll(async () => {
    student = await createStudent();
    classId = (await createClassWithMembers(teacher, [student])).id;
  });

  async function attemptsAt(assignmentId: string) {
    return db().attempt.findMany({ where: { assignmentId, studentId: student.id }, orderBy: { startedAt: "asc" } });
  }

  async function finish(attemptId: string) {
    await db().attempt.update({ where: { id: attemptId }, data: { finishedAt: WHILE_OPEN, score: 2 } });
  }

  it("starts an attempt with the assignment's number of questions, from its items", async () => {
    const { id } = await createTestAssignment(teacher, classId, { questionCount: "5" });
    const started = await startAttempt(student, id, WHILE_OPEN);
    expect(started).toEqual({ id: expect.any(String), isResumed: false });
    const attempt = await getOwnAttempt(student, started.id);
    expect(attempt).toMatchObject({ assignmentId: id, setSlug: SMALL_SET, startedAt: WHILE_OPEN, finishedAt: null, score: 0 });
    expect(attempt.itemIds).toHaveLength(5);
    expect(new Set(attempt.itemIds).size).toBe(5);
    const pool = new Set(await setItemIds(SMALL_SET));
    expect(attempt.itemIds.every((itemId) => pool.has(itemId))).toBe(true);
  });

  it("resumes an unfinished attempt, then allows new ones up to the limit, then refuses", async () => {
    const { id } = await createTestAssignment(teacher, classId, { attemptsAllowed: "2" });
    const first = await startAttempt(student, id, WHILE_OPEN);
    expect(await startAttempt(student, id, WHILE_OPEN)).toEqual({ id: first.id, isResumed: true });
    expect(await attemptsAt(id)).toHaveLength(1);

    await finish(first.id);
    const second = await startAttempt(student, id, WHILE_OPEN);
    expect(second).toEqual({ id: expect.any(String), isResumed: false });
    expect(second.id).not.toBe(first.id);
    expect(await startAttempt(student, id, WHILE_OPEN)).toEqual({ id: second.id, isResumed: true });

    await finish(second.id);
    const error = await failure(startAttempt(student, id, WHILE_OPEN));
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error.message).toBe("You have used all 2 attempts at this quiz.");
    expect((await attemptsAt(id)).map((attempt) => attempt.id).sort()).toEqual([first.id, second.id].sort());
  });

  it("refuses a second attempt when one is allowed", async () => {
    const { id } = await createTestAssignment(teacher, classId, { attemptsAllowed: "1" });
    await finish((await startAttempt(student, id, WHILE_OPEN)).id);
    expect((await failure(startAttempt(student, id, WHILE_OPEN))).message).toBe("You have used your attempt at this quiz.");
    expect(await attemptsAt(id)).toHaveLength(1);
  });

  it("does not start before the assignment opens, and starts late ones", async () => {
    const { id } = await createTestAssignment(teacher, classId);
    expect((await failure(startAttempt(student, id, BEFORE_OPENING))).message).toBe("This assignment has not opened yet.");
    expect(await attemptsAt(id)).toHaveLength(0);
    expect(await startAttempt(student, id, AFTER_DUE)).toMatchObject({ isResumed: false });
  });

  it("does not start a withdrawn assignment", async () => {
    const { id } = await createTestAssignment(teacher, classId);
    await setAssignmentWithdrawn(teacher, id, true);
    expect(await failure(startAttempt(student, id, WHILE_OPEN))).toBeInstanceOf(NotFoundError);
    expect(await attemptsAt(id)).toHaveLength(0);
  });

  it("does not start a quiz on a flashcards-only assignment, but does on quiz and flashcards", async () => {
    const flashcards = await createTestAssignment(teacher, classId, { mode: "flashcards" });
    expect((await failure(startAttempt(student, flashcards.id, WHILE_OPEN))).message).toBe("This assignment is flashcards only: it has no quiz.");
    expect(await attemptsAt(flashcards.id)).toHaveLength(0);
    const both = await createTestAssignment(teacher, classId, { mode: "both" });
    expect(await startAttempt(student, both.id, WHILE_OPEN)).toMatchObject({ isResumed: false });
  });

  it("keeps attempts when the assignment is withdrawn, and shows them again when it is restored", async () => {
    const { id } = await createTestAssignment(teacher, classId);
    const started = await startAttempt(student, id, WHILE_OPEN);
    await finish(started.id);
    await setAssignmentWithdrawn(teacher, id, true);

    expect(await attemptsAt(id)).toHaveLength(1);
    expect((await listStudentAssignments(student, WHILE_OPEN)).map((row) => row.id)).not.toContain(id);
    expect(await getOwnAttempt(student, started.id)).toMatchObject({ id: started.id, score: 2 });
    expect(await getAttemptForTeacher(teacher, started.id)).toMatchObject({ id: started.id, studentId: student.id });
    expect((await getTeacherAssignment(teacher, id)).attempts.map((attempt) => attempt.id)).toEqual([started.id]);

    await setAssignmentWithdrawn(teacher, id, false);
    expect(await listStudentAssignments(student, WHILE_OPEN)).toContainEqual(expect.objectContaining({ id, attemptsUsed: 1, isDone: true }));
  });

  it("keeps a removed student's attempts for the teacher, and lets them start no more", async () => {
    const leaver = await createStudent();
    const created = await createClassWithMembers(teacher, [leaver]);
    const { id } = await createTestAssignment(teacher, created.id, { attemptsAllowed: "3" });
    const started = await startAttempt(leaver, id, WHILE_OPEN);
    await db().attempt.update({ where: { id: started.id }, data: { finishedAt: WHILE_OPEN } });
    await removeStudent(teacher, created.id, leaver.id);

    expect(await getAttemptForTeacher(teacher, started.id)).toMatchObject({ studentId: leaver.id });
    expect(await getOwnAttempt(leaver, started.id)).toMatchObject({ id: started.id });
    expect(await failure(startAttempt(leaver, id, WHILE_OPEN))).toBeInstanceOf(NotFoundError);
    expect(await db().attempt.count({ where: { assignmentId: id, studentId: leaver.id } })).toBe(1);
    expect(await listStudentAssignments(leaver, WHILE_OPEN)).toEqual([]);
  });

  it("creates one attempt when a phone sends the start twice at once", async () => {
    const { id } = await createTestAssignment(teacher, classId, { attemptsAllowed: "1" });
    const results = await Promise.allSettled([startAttempt(student, id, WHILE_OPEN), startAttempt(student, id, WHILE_OPEN)]);
    const attempts = await attemptsAt(id);
    expect(attempts).toHaveLength(1);
    for (const result of results) if (result.status === "fulfilled") expect(result.value.id).toBe(attempts[0]!.id);
  });

  // On PostgreSQL the second start loses a write conflict and runs again,
  // resuming the attempt the first created.
  it("gives both of two simultaneous starts the same attempt", async () => {
    const { id } = await createTestAssignment(teacher, classId, { attemptsAllowed: "1" });
    const [first, second] = await Promise.all([startAttempt(student, id, WHILE_OPEN), startAttempt(student, id, WHILE_OPEN)]);
    expect(first.id).toBe(second.id);
    expect([first.isResumed, second.isResumed].sort()).toEqual([false, true]);
  });
});

describe("archived classes are read-only until restored", () => {
  it("refuse new students, join-code changes and assignment edits, and take them again once restored", async () => {
    const teacher = await createTeacher();
    const created = await createClass(teacher, uniqueClassName());
    const { id: assignmentId } = await createTestAssignment(teacher, created.id);
    await setClassArchived(teacher, created.id, true);
    const refused = "This class is archived. Restore it first.";
    expect((await failure(createStudents(teacher, created.id, "Amina Otieno"))).message).toBe(refused);
    expect((await failure(regenerateJoinCode(teacher, created.id))).message).toBe(refused);
    expect((await failure(setAssignmentWithdrawn(teacher, assignmentId, true))).message).toBe(refused);
    expect(await memberIds(created.id)).toEqual([]);
    await setClassArchived(teacher, created.id, false);
    expect(await createStudents(teacher, created.id, "Amina Otieno")).toHaveLength(1);
  });
});
