// Sessions that end: each token names a UserSession row, checked on every
// request. Signing out ends it (a replayed token is refused), a password
// change or a teacher's reset ends all of the user's, and a week unused ends
// it too. A one-time password's session ends once the password is chosen.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/server/auth/session";
import { endAllSessions, endSession, openSession, readSession, SESSION_IDLE_MS } from "@/server/auth/sessions";
import { createStudents } from "@/server/classes/create-students";
import { resetStudentPassword } from "@/server/classes/reset-student-password";
import { db } from "@/server/db/client";
import { setOwnPassword } from "@/server/users/set-own-password";
import { createClassWithMembers, createStudent, createTeacher } from "@/tests/fixtures/classes";

const NOW = new Date("2026-03-10T09:00:00Z");
const later = (ms: number) => new Date(NOW.getTime() + ms);

let student: SessionUser;

beforeAll(async () => {
  student = await createStudent();
});

describe("a session", () => {
  it("is open after sign-in and names its owner as the database has them", async () => {
    const id = await openSession(student.id, NOW);
    expect(await readSession(id, student.id, later(60_000))).toMatchObject({ id: student.id, username: student.username, role: "student", mustChangePassword: false });
    // Another user's id with this session's token is refused.
    const other = await createStudent("Baraka Ochieng");
    expect(await readSession(id, other.id, later(60_000))).toBeNull();
  });

  it("is refused once signed out, even when its token is replayed", async () => {
    const id = await openSession(student.id, NOW);
    const other = await openSession(student.id, NOW);
    await endSession(id, later(1_000));
    expect(await readSession(id, student.id, later(2_000))).toBeNull();
    // Signing out on one device leaves the others signed in.
    expect(await readSession(other, student.id, later(2_000))).not.toBeNull();
  });

  it("ends after a week unused, and stays open while it is used", async () => {
    const used = await openSession(student.id, NOW);
    const idle = await openSession(student.id, NOW);
    // Used every six days: each use counts from the last.
    for (let day = 6; day <= 18; day += 6) expect(await readSession(used, student.id, later(day * 86_400_000))).not.toBeNull();
    expect(await readSession(idle, student.id, later(SESSION_IDLE_MS + 60_000))).toBeNull();
    expect(await readSession(idle, student.id, later(60_000))).toBeNull();
  });

  it("ends everywhere on request", async () => {
    const first = await openSession(student.id, NOW);
    const second = await openSession(student.id, NOW);
    expect(await endAllSessions(student.id, later(1_000))).toBeGreaterThanOrEqual(2);
    expect(await readSession(first, student.id, later(2_000))).toBeNull();
    expect(await readSession(second, student.id, later(2_000))).toBeNull();
  });
});

describe("passwords end sessions", () => {
  it("a one-time password's session ends when the student chooses a password; a new sign-in is a new session", async () => {
    const teacher = await createTeacher();
    const created = await createClassWithMembers(teacher);
    const [account] = await createStudents(teacher, created.id, "Chloé Mwangi");
    const user = await db().user.findUniqueOrThrow({ where: { username: account!.username } });
    const oneTime = await openSession(user.id, new Date());
    expect(await readSession(oneTime, user.id)).toMatchObject({ mustChangePassword: true });
    await setOwnPassword({ id: user.id, name: user.name, username: user.username, role: "student", mustChangePassword: true }, "chloe chooses this one");
    expect(await readSession(oneTime, user.id)).toBeNull();
    const fresh = await openSession(user.id, new Date());
    expect(await readSession(fresh, user.id)).toMatchObject({ mustChangePassword: false });

    // The teacher's reset signs out whoever is signed in as the student.
    await resetStudentPassword(teacher, created.id, user.id);
    expect(await readSession(fresh, user.id)).toBeNull();
  });
});
