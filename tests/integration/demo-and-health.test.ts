import { afterAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/accounts";
import { createDb, databaseProvider, db, SQLITE_BUSY_TIMEOUT_MS } from "@/server/db/client";
import { seedDemoAccounts } from "@/server/demo/seed-demo-accounts";
import { checkDatabase } from "@/server/health/check-database";
import { verifyCredentials } from "@/server/users/verify-credentials";

afterAll(() => db().$disconnect());

describe("seedDemoAccounts", () => {
  it("creates the demo accounts once and changes nothing on a second run", async () => {
    await seedDemoAccounts();
    // Other test files make demo-flagged accounts of their own, with other names.
    const demo = { isDemo: true, username: { in: DEMO_ACCOUNTS.map((account) => account.username) } };
    const before = await db().user.findMany({ where: demo, orderBy: { username: "asc" } });
    expect(before.map((user) => [user.username, user.role])).toEqual(
      DEMO_ACCOUNTS.map((account) => [account.username, account.role]).sort(),
    );
    expect(await seedDemoAccounts()).toEqual({ created: [], updated: [] });
    const after = await db().user.findMany({ where: demo, orderBy: { username: "asc" } });
    expect(after).toEqual(before);
  });

  it("resets a demo account whose password was changed", async () => {
    await seedDemoAccounts();
    await db().user.update({ where: { username: "student" }, data: { passwordHash: "changed" } });
    expect(await seedDemoAccounts()).toEqual({ created: [], updated: ["student"] });
    expect(await verifyCredentials("student", DEMO_PASSWORD)).toMatchObject({ username: "student" });
  });
});

describe("demo accounts outside demo mode", () => {
  it("cannot sign in", async () => {
    await seedDemoAccounts();
    expect(await verifyCredentials("teacher", DEMO_PASSWORD, { allowDemo: true })).toMatchObject({ role: "teacher" });
    expect(await verifyCredentials("teacher", DEMO_PASSWORD, { allowDemo: false })).toBeNull();
  });
});

describe("checkDatabase", () => {
  it("answers ok with the provider in use", async () => {
    expect(await checkDatabase()).toEqual({ ok: true, db: databaseProvider() });
    expect(databaseProvider()).toBe(process.env.DATABASE_URL?.startsWith("postgres") ? "postgresql" : "sqlite");
  });

  it("answers not ok, without throwing, when the server does not answer", async () => {
    const unreachable = createDb({ provider: "postgresql", url: "postgresql://postgres@127.0.0.1:9/factdeck" });
    const health = await checkDatabase({ client: unreachable, provider: "postgresql", timeoutMs: 2000 });
    expect(health).toMatchObject({ ok: false, db: "postgresql" });
    await unreachable.$disconnect();
  });
});

describe.runIf(databaseProvider() === "sqlite")("SQLite connections", () => {
  it("use WAL mode, synchronous = FULL, a busy timeout and foreign keys", async () => {
    const [journal] = await db().$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    // 2 is FULL: a commit is on disk before the review is acknowledged (decision 022).
    const [synchronous] = await db().$queryRawUnsafe<{ synchronous: bigint | number }[]>("PRAGMA synchronous");
    const [timeout] = await db().$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
    const [foreignKeys] = await db().$queryRawUnsafe<{ foreign_keys: bigint | number }[]>("PRAGMA foreign_keys");
    expect(journal?.journal_mode).toBe("wal");
    expect(Number(synchronous?.synchronous)).toBe(2);
    expect(Number(timeout?.timeout)).toBe(SQLITE_BUSY_TIMEOUT_MS);
    expect(SQLITE_BUSY_TIMEOUT_MS).toBeGreaterThanOrEqual(15_000);
    expect(Number(foreignKeys?.foreign_keys)).toBe(1);
  });
});
