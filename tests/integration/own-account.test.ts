// The account page's changes: a student's own display name and password.
import { afterAll, describe, expect, it } from "vitest";
import { RateLimitedError, UserFacingError } from "@/lib/actions/result";
import { GUESSABLE_PASSWORD } from "@/lib/users/common-passwords";
import type { SessionUser } from "@/server/auth/session";
import { openSession, readSession } from "@/server/auth/sessions";
import { db } from "@/server/db/client";
import { setOwnName } from "@/server/users/set-own-name";
import { changeOwnPassword, DEMO_ACCOUNT_UNCHANGEABLE, WRONG_CURRENT_PASSWORD } from "@/server/users/set-own-password";
import { verifyCredentials } from "@/server/users/verify-credentials";
import { createStudent } from "@/tests/fixtures/classes";
import { TEST_PASSWORD } from "@/tests/fixtures/users";

afterAll(() => db().$disconnect());

const NEW_PASSWORD = "kenya haiti mission notes";

async function signedIn(user: SessionUser): Promise<SessionUser & { sessionId: string }> {
  return { ...user, sessionId: await openSession(user.id) };
}

async function storedHash(user: SessionUser): Promise<string> {
  return (await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } })).passwordHash;
}

async function makeDemo(user: SessionUser): Promise<void> {
  await db().user.update({ where: { id: user.id }, data: { isDemo: true } });
}

describe("changeOwnPassword", () => {
  it("takes the current password, keeps this device signed in and ends every other session", async () => {
    const student = await signedIn(await createStudent());
    const otherPhone = await openSession(student.id);
    const result = await changeOwnPassword(student, TEST_PASSWORD, NEW_PASSWORD);
    expect(result).toEqual({ endedSessions: 1 });
    expect(await readSession(student.sessionId, student.id)).not.toBeNull();
    expect(await readSession(otherPhone, student.id)).toBeNull();
    expect(await verifyCredentials(student.username, TEST_PASSWORD)).toBeNull();
    expect(await verifyCredentials(student.username, NEW_PASSWORD)).toMatchObject({ id: student.id });
  });

  it("refuses a wrong current password, a common one and the same one, and changes nothing", async () => {
    const student = await signedIn(await createStudent());
    const otherPhone = await openSession(student.id);
    const before = await storedHash(student);
    await expect(changeOwnPassword(student, "not my password", NEW_PASSWORD)).rejects.toThrow(new UserFacingError(WRONG_CURRENT_PASSWORD, "currentPassword"));
    await expect(changeOwnPassword(student, TEST_PASSWORD, "password123")).rejects.toThrow(new UserFacingError(GUESSABLE_PASSWORD, "password"));
    await expect(changeOwnPassword(student, TEST_PASSWORD, student.username)).rejects.toThrow(new UserFacingError(GUESSABLE_PASSWORD, "password"));
    await expect(changeOwnPassword(student, TEST_PASSWORD, TEST_PASSWORD)).rejects.toThrow(UserFacingError);
    expect(await storedHash(student)).toBe(before);
    expect(await readSession(otherPhone, student.id)).not.toBeNull();
  });

  it("slows down guessing the current password as sign-in does", async () => {
    const student = await signedIn(await createStudent());
    const before = await storedHash(student);
    const tries: unknown[] = [];
    for (let attempt = 0; attempt < 7; attempt++) tries.push(await changeOwnPassword(student, `guess number ${attempt}`, NEW_PASSWORD).catch((error: unknown) => error));
    expect(tries.slice(0, 5).every((error) => error instanceof UserFacingError && error.message === WRONG_CURRENT_PASSWORD)).toBe(true);
    expect(tries.some((error) => error instanceof RateLimitedError)).toBe(true);
    expect(await storedHash(student)).toBe(before);
  });

  it("refuses to change a demo account's password", async () => {
    const student = await signedIn(await createStudent());
    await makeDemo(student);
    const before = await storedHash(student);
    await expect(changeOwnPassword(student, TEST_PASSWORD, NEW_PASSWORD)).rejects.toThrow(new UserFacingError(DEMO_ACCOUNT_UNCHANGEABLE));
    expect(await storedHash(student)).toBe(before);
  });
});

describe("setOwnName", () => {
  it("changes the actor's display name only, and the session reads it at once", async () => {
    const student = await signedIn(await createStudent("Amina Otieno"));
    const classmate = await createStudent("Amina Otieno");
    expect(await setOwnName(student, "Amina W. Otieno")).toEqual({ name: "Amina W. Otieno" });
    expect(await readSession(student.sessionId, student.id)).toMatchObject({ name: "Amina W. Otieno", username: student.username });
    expect((await db().user.findUniqueOrThrow({ where: { id: classmate.id } })).name).toBe("Amina Otieno");
  });

  it("refuses to rename a demo account", async () => {
    const student = await createStudent("Demo Student");
    await makeDemo(student);
    await expect(setOwnName(student, "Someone else")).rejects.toThrow(new UserFacingError(DEMO_ACCOUNT_UNCHANGEABLE));
    expect((await db().user.findUniqueOrThrow({ where: { id: student.id } })).name).toBe("Demo Student");
  });
});
