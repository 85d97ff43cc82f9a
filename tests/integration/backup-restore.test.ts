// npm run db:backup and db:restore (scripts/backup/sqlite-backup.ts) on the
// suite's SQLite database: a backup taken while the app's data layer writes
// reviews in a loop is one consistent moment of it, and restoring it gives
// back exactly that moment. The scripts' refusals are checked through the
// commands themselves. PostgreSQL is backed up with pg_dump: on it, only the
// message saying so is checked.
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/config/env";
import type { SessionUser } from "@/server/auth/session";
import { databaseProvider, db } from "@/server/db/client";
import { submitReviews } from "@/server/reviews/submit-reviews";
import { backupSqlite, BackupError, knownMigrations, restoreSqlite } from "@/scripts/backup/sqlite-backup";
import { createStudent, setItemIds, SMALL_SET } from "@/tests/fixtures/classes";

const ROOT = path.resolve(import.meta.dirname, "../..");
const isSqlite = databaseProvider() === "sqlite";
let folder: string;

beforeAll(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), "factdeck-backup-test-"));
});

afterAll(async () => {
  await db().$disconnect();
  rmSync(folder, { recursive: true, force: true });
});

/** Runs `npm run SCRIPT -- ARGS` as a person would, on the database `databaseUrl`. */
function command(script: "db-backup" | "db-restore", args: string[], databaseUrl: string) {
  const result = spawnSync(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** What a database holds for one learner, read with a connection of its own. */
function learnerRows(file: string, userId: string) {
  const database = new Database(file, { readonly: true });
  try {
    const integrity = database.pragma("integrity_check", { simple: true });
    const logs = Number((database.prepare(`SELECT count(*) AS n FROM "ReviewLog" WHERE "userId" = ?`).get(userId) as { n: number }).n);
    // Every review updates its card in the same transaction: a torn copy would show a card whose repetitions differ from its logs.
    const torn = Number(
      (
        database
          .prepare(`SELECT count(*) AS n FROM "Card" c WHERE c."userId" = ? AND c."reps" <> (SELECT count(*) FROM "ReviewLog" r WHERE r."cardId" = c."id")`)
          .get(userId) as { n: number }
      ).n,
    );
    return { integrity, logs, torn };
  } finally {
    database.close();
  }
}

describe.runIf(isSqlite)("db:backup and db:restore on SQLite", () => {
  let learner: SessionUser;
  let items: string[];
  const suiteFile = () => (parseEnv({ DATABASE_URL: process.env.DATABASE_URL }, ROOT).database as { file: string }).file;

  beforeAll(async () => {
    items = await setItemIds(SMALL_SET);
    learner = await createStudent();
  });

  const review = (n: number) => submitReviews(learner, [{ reviewId: randomUUID(), itemId: items[n % items.length]!, rating: ((n % 4) + 1) as 1 | 2 | 3 | 4, reviewedAt: new Date() }], new Date());

  it("backs up a consistent moment while reviews are being written, and restores exactly it", async () => {
    for (let n = 0; n < 20; n++) await review(n);
    const before = await db().reviewLog.count({ where: { userId: learner.id } });

    // The app's connection writes in a loop while the backup copies.
    let isWriting = true;
    let written = 0;
    const writer = (async () => {
      while (isWriting) {
        await review(before + written++);
        // The SQLite driver answers synchronously: without a turn of the event loop, nothing else (the backup's steps, the timers) would run.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const backupFile = path.join(folder, "nested", "backup.db");
    const summary = await backupSqlite(suiteFile(), backupFile);
    await new Promise((resolve) => setTimeout(resolve, 50));
    isWriting = false;
    await writer;
    const after = await db().reviewLog.count({ where: { userId: learner.id } });

    expect(written).toBeGreaterThan(0);
    expect(summary).toMatchObject({ file: backupFile, migrations: knownMigrations(ROOT) });
    expect(summary.bytes).toBeGreaterThan(0);
    expect(readdirSync(path.dirname(backupFile))).toEqual(["backup.db"]);
    const backedUp = learnerRows(backupFile, learner.id);
    expect(backedUp).toMatchObject({ integrity: "ok", torn: 0 });
    expect(backedUp.logs).toBeGreaterThanOrEqual(before);
    expect(backedUp.logs).toBeLessThanOrEqual(after);
    expect(summary.counts.ReviewLog).toBeGreaterThanOrEqual(backedUp.logs);

    // The restore replaces a later state of the database (a copy of it, so that the suite keeps its own).
    const target = path.join(folder, "app", "factdeck.db");
    await backupSqlite(suiteFile(), target);
    const later = learnerRows(target, learner.id).logs;
    expect(later).toBe(after);
    const restored = await restoreSqlite({ target, backup: backupFile, keepDir: path.join(folder, "kept"), keptName: "before.db", known: knownMigrations(ROOT) });

    expect(restored).toMatchObject({ file: target, keptCopy: path.join(folder, "kept", "before.db"), pending: [], counts: summary.counts });
    expect(readdirSync(path.dirname(target))).toEqual(["factdeck.db"]);
    expect(learnerRows(target, learner.id)).toEqual(backedUp);
    expect(learnerRows(path.join(folder, "kept", "before.db"), learner.id)).toMatchObject({ integrity: "ok", logs: after });
  });

  it("refuses to restore over a database another connection has open, and changes nothing", async () => {
    const target = path.join(folder, "open", "factdeck.db");
    const backupFile = path.join(folder, "open-backup.db");
    await backupSqlite(suiteFile(), target);
    await backupSqlite(suiteFile(), backupFile);
    const app = new Database(target);
    app.pragma("journal_mode = WAL");
    app.prepare(`SELECT count(*) FROM "User"`).get();
    try {
      const attempt = restoreSqlite({ target, backup: backupFile, keepDir: path.join(folder, "open-kept"), keptName: "before.db", known: knownMigrations(ROOT) });
      await expect(attempt).rejects.toThrow(BackupError);
      await expect(attempt).rejects.toThrow(/is in use \(is Factdeck running\?\): stop the app/);
      expect(existsSync(path.join(folder, "open-kept", "before.db"))).toBe(false);
      expect(existsSync(`${target}.restoring`)).toBe(false);
      expect(app.pragma("journal_mode", { simple: true })).toBe("wal");
    } finally {
      app.close();
    }
  });

  it("refuses a backup from a newer version, and one that is not a Factdeck database", async () => {
    const target = path.join(folder, "checks", "factdeck.db");
    await backupSqlite(suiteFile(), target);
    const newer = path.join(folder, "newer.db");
    await backupSqlite(suiteFile(), newer);
    const database = new Database(newer);
    database
      .prepare(`INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES (?, 'x', ?, 0, 0, 1)`)
      .run(randomUUID(), "29990101000000_from_the_future");
    database.close();
    const restore = (backup: string) => restoreSqlite({ target, backup, keepDir: path.join(folder, "checks-kept"), keptName: "before.db", known: knownMigrations(ROOT) });
    await expect(restore(newer)).rejects.toThrow(/does not know \(29990101000000_from_the_future\): it comes from a newer version/);

    const other = path.join(folder, "other.db");
    new Database(other).exec("CREATE TABLE notes (text TEXT)").close();
    await expect(restore(other)).rejects.toThrow(/is not a Factdeck database \(it has no _prisma_migrations, User/);
    expect(existsSync(path.join(folder, "checks-kept"))).toBe(false);
    expect(readdirSync(path.dirname(target))).toEqual(["factdeck.db"]);
  });

  it("answers wrong input on the command line with a message and no stack trace", () => {
    const target = path.join(folder, "cli", "factdeck.db");
    const url = `file:${target}`;
    const text = path.join(folder, "notes.txt");
    writeFileSync(text, "not a database\n");

    expect(command("db-backup", [], url)).toEqual({ status: 1, output: `No file at ${target}.\n` });
    expect(command("db-restore", [], url)).toMatchObject({ status: 2, output: expect.stringMatching(/^Name the backup file to restore\.\nUsage: npm run db:restore/) });
    expect(command("db-restore", [text], url)).toEqual({ status: 1, output: `${text} is not a SQLite database.\n` });
    expect(command("db-restore", [path.join(folder, "missing.db")], url)).toEqual({ status: 1, output: `No file at ${path.join(folder, "missing.db")}.\n` });
  });

  it("backs up and restores through the commands", async () => {
    const target = path.join(folder, "cli-app", "factdeck.db");
    const url = `file:${target}`;
    await backupSqlite(suiteFile(), target);
    const backupFile = path.join(folder, "cli-backup.db");

    const backedUp = command("db-backup", [backupFile], url);
    expect(backedUp.status).toBe(0);
    expect(backedUp.output).toMatch(/^Backed up .*factdeck\.db to .*cli-backup\.db\n {2}size: [\d.]+ [kM]B; integrity_check: ok; migrations: \d+ \(latest \d{14}_\w+\)\n {2}rows: User \d+/);
    const restored = command("db-restore", [backupFile], url);
    expect(restored.status).toBe(0);
    expect(restored.output).toMatch(/^Kept the database as it was in data\/backups\/before-restore-\d{8}-\d{6}\.db\nRestored .*cli-backup\.db to .*factdeck\.db\n {2}size: .*; integrity_check: ok; migrations: \d+, 0 to apply\n/);
    const kept = /data\/backups\/(before-restore-\d{8}-\d{6}\.db)/.exec(restored.output)![1]!;
    rmSync(path.join(ROOT, "data/backups", kept));
  });
});

describe.runIf(!isSqlite)("db:backup and db:restore on PostgreSQL", () => {
  it("say to use pg_dump and pg_restore, and write nothing", () => {
    const url = process.env.DATABASE_URL!;
    const backup = command("db-backup", [], url);
    expect(backup.status).toBe(1);
    expect(backup.output).toMatch(/^The database is PostgreSQL: db:backup copies SQLite files only, and nothing was written\.\n.*pg_dump --format=custom/);
    const restore = command("db-restore", [path.join(os.tmpdir(), "factdeck.dump")], url);
    expect(restore.status).toBe(1);
    expect(restore.output).toMatch(/pg_restore --clean --if-exists/);
  });
});
