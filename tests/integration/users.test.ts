import { hash } from "@node-rs/argon2";
import { afterAll, describe, expect, it } from "vitest";
import { UserFacingError } from "@/lib/actions/result";
import { signUpSchema } from "@/lib/users/validation";
import { db } from "@/server/db/client";
import { createUser } from "@/server/users/create-user";
import { getOwnProfile } from "@/server/users/get-user";
import { setOwnPassword } from "@/server/users/set-own-password";
import { verifyCredentials } from "@/server/users/verify-credentials";
import { signUpInput, TEST_PASSWORD, uniqueUsername } from "@/tests/fixtures/users";

afterAll(() => db().$disconnect());

async function countUsers(username: string) {
  return db().user.count({ where: { username } });
}

describe("createUser", () => {
  it("stores a lower-cased username and an argon2id hash, never the password", async () => {
    const input = signUpSchema.parse(signUpInput({ username: uniqueUsername("Amina").toUpperCase(), email: "" }));
    const user = await createUser(input);
    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.username).toBe(input.username);
    expect(stored.username).toBe(stored.username.toLowerCase());
    expect(stored.email).toBeNull();
    expect(stored.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(stored.passwordHash).not.toContain(input.password);
  });

  it("refuses a taken username, whatever its case, and writes nothing", async () => {
    const input = signUpSchema.parse(signUpInput());
    await createUser(input);
    const again = signUpSchema.parse(signUpInput({ username: input.username.toUpperCase(), name: "Someone Else" }));
    await expect(createUser(again)).rejects.toThrow(new UserFacingError("That username is taken. Choose another.", "username"));
    expect(await countUsers(input.username)).toBe(1);
    expect(await db().user.count({ where: { name: "Someone Else", username: input.username } })).toBe(0);
  });

  it("refuses an email address another account uses", async () => {
    const email = `${uniqueUsername("mail")}@example.org`;
    await createUser(signUpSchema.parse(signUpInput({ email })));
    const second = signUpSchema.parse(signUpInput({ email: email.toUpperCase() }));
    await expect(createUser(second)).rejects.toMatchObject({ field: "email" });
    expect(await countUsers(second.username)).toBe(0);
  });

  it("lets exactly one of two simultaneous sign-ups for one name through", async () => {
    const username = uniqueUsername("race");
    const results = await Promise.allSettled([
      createUser(signUpSchema.parse(signUpInput({ username }))),
      createUser(signUpSchema.parse(signUpInput({ username }))),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected");
    expect(rejected?.reason).toBeInstanceOf(UserFacingError);
    expect(await countUsers(username)).toBe(1);
  });
});

describe("verifyCredentials", () => {
  it("signs in with the username in any case or with the email, and not with a wrong password", async () => {
    const email = `${uniqueUsername("login")}@example.org`;
    const input = signUpSchema.parse(signUpInput({ email, role: "teacher", name: "Wanjiru Kamau" }));
    const user = await createUser(input);
    expect(await verifyCredentials(input.username.toUpperCase(), input.password)).toEqual({
      id: user.id,
      username: input.username,
      name: "Wanjiru Kamau",
      role: "teacher",
      mustChangePassword: false,
    });
    expect(await verifyCredentials(email, input.password)).toMatchObject({ id: user.id });
    expect(await verifyCredentials(input.username, "not the password")).toBeNull();
    expect(await verifyCredentials(uniqueUsername("nobody"), input.password)).toBeNull();
  });
});

describe("getOwnProfile", () => {
  it("returns the acting user's own profile", async () => {
    const user = await createUser(signUpSchema.parse(signUpInput({ name: "Otieno Ouma" })));
    const profile = await getOwnProfile({ ...user });
    expect(profile).toMatchObject({ id: user.id, name: "Otieno Ouma", role: "student" });
  });
});

describe("guessable passwords", () => {
  it("are refused at sign-up, and nothing is created", async () => {
    const username = uniqueUsername("kofi");
    for (const password of ["password123", "12345678", `${username}99`, "Factdeck2026"]) {
      const input = signUpSchema.parse(signUpInput({ username, password }));
      await expect(createUser(input)).rejects.toEqual(new UserFacingError("That password is too easy to guess: it is one of the most common passwords, or your username. Choose another.", "password"));
    }
    expect(await db().user.count({ where: { username } })).toBe(0);
  });

  it("are refused when a student chooses their password", async () => {
    const created = await createUser(signUpSchema.parse(signUpInput({ username: uniqueUsername("esi") })));
    const actor = { ...created, mustChangePassword: true };
    await expect(setOwnPassword(actor, "iloveyou1")).rejects.toBeInstanceOf(UserFacingError);
    await expect(setOwnPassword(actor, created.username)).rejects.toBeInstanceOf(UserFacingError);
    await setOwnPassword(actor, "esi picks a long one");
  });
});

describe("password hashes", () => {
  it("made with weaker settings are stored again with today's at sign-in", async () => {
    const created = await createUser(signUpSchema.parse(signUpInput({ username: uniqueUsername("ama") })));
    const weak = await hash(TEST_PASSWORD, { algorithm: 2, memoryCost: 4096, timeCost: 1, parallelism: 1 });
    await db().user.update({ where: { id: created.id }, data: { passwordHash: weak } });
    expect(await verifyCredentials(created.username, TEST_PASSWORD)).toMatchObject({ id: created.id });
    const stored = (await db().user.findUniqueOrThrow({ where: { id: created.id } })).passwordHash;
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyCredentials(created.username, TEST_PASSWORD)).toMatchObject({ id: created.id });
  });
});
