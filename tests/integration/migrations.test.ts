import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The renaming migration (names_and_enums) on a database filled before it:
// every row keeps its values under the new column names, on the provider
// the suite runs on. The migrations are applied as the migration files say,
// in a scratch database (SQLite) or schema (PostgreSQL) of their own.

const ROOT = path.resolve(import.meta.dirname, "../..");
const RENAMING = "20261202011411_names_and_enums";
const isPostgres = (process.env.DATABASE_URL ?? "").startsWith("postgres");
const folder = path.join(ROOT, isPostgres ? "prisma/postgresql/migrations" : "prisma/migrations");

function migrationsUpTo(name: string, { including }: { including: boolean }): string[] {
  const names = readdirSync(folder)
    .filter((entry) => /^\d{14}_/.test(entry))
    .sort();
  const index = names.indexOf(name);
  if (index < 0) throw new Error(`no migration ${name} in ${folder}`);
  return names.slice(0, including ? index + 1 : index).map((entry) => readFileSync(path.join(folder, entry, "migration.sql"), "utf8"));
}

/** Rows of the tables the migration renames or converts, as they were written before it. */
const BEFORE = [
  `INSERT INTO "User" ("id", "username", "name", "role", "passwordHash", "updatedAt") VALUES ('u1', 'amina', 'Amina Otieno', 'teacher', 'x', '2026-11-20 09:00:00')`,
  `INSERT INTO "Fact" ("id", "statement", "kind", "attributedTo", "question", "answerType", "answer", "topics", "difficulty", "version", "position")
     VALUES ('f1', 'Kim Ives argues that the mission is an occupation.', 'opinion', 'Kim Ives', 'Who argues it?', 'person', '{}', '[]', 3, 'v1', 0)`,
  `INSERT INTO "Item" ("id", "version", "type", "prompt", "difficulty", "payload") VALUES ('i1', 'v1', 'attribution', 'Who argues it?', 2, '{}')`,
  `INSERT INTO "ItemSet" ("slug", "title", "description", "kind", "position") VALUES ('all', 'Everything', 'All questions', 'all', 0)`,
  `INSERT INTO "Class" ("id", "name", "teacherId", "joinCode", "updatedAt") VALUES ('c1', 'Form 3', 'u1', 'ABCD2345', '2026-11-20 09:00:00')`,
  `INSERT INTO "Assignment" ("id", "classId", "setSlug", "itemIds", "title", "mode", "opensAt", "dueAt", "timeZone", "questionCount", "attemptsAllowed", "revealAnswers", "shuffle", "updatedAt")
     VALUES ('a1', 'c1', 'all', '["i1"]', 'Week 1', 'both', '2026-11-20 09:00:00', '2026-11-21 09:00:00', 'Africa/Nairobi', 5, 1, 'after-each', false, '2026-11-20 09:00:00')`,
  `INSERT INTO "Card" ("id", "userId", "itemId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state")
     VALUES ('k1', 'u1', 'i1', '2026-11-22 09:00:00', 4.5, 6.25, 1, 2, 0, 2, 0, 2)`,
  `INSERT INTO "ReviewLog" ("id", "userId", "cardId", "itemId", "rating", "source", "reviewedAt", "cardBefore", "state", "stability", "difficulty", "elapsedDays", "scheduledDays")
     VALUES ('r1', 'u1', 'k1', 'i1', 3, 'quiz', '2026-11-20 09:00:00', '{}', 1, 2.5, 5.75, 0, 1)`,
];

const AFTER = {
  fact: `SELECT "kind", "voice", "difficulty" FROM "Fact" WHERE "id" = 'f1'`,
  item: `SELECT "difficulty" FROM "Item" WHERE "id" = 'i1'`,
  set: `SELECT "kind" FROM "ItemSet" WHERE "slug" = 'all'`,
  assignment: `SELECT "mode", "revealAnswers" FROM "Assignment" WHERE "id" = 'a1'`,
  card: `SELECT "stability", "fsrsDifficulty", "state" FROM "Card" WHERE "id" = 'k1'`,
  log: `SELECT "origin", "fsrsDifficulty", "rating" FROM "ReviewLog" WHERE "id" = 'r1'`,
};

type Scratch = { run: (sql: string) => Promise<void>; one: (sql: string) => Promise<Record<string, unknown>>; close: () => Promise<void> };

async function scratchDatabase(): Promise<Scratch> {
  if (isPostgres) {
    const schema = `migration_${randomBytes(4).toString("hex")}`;
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await client.query(`CREATE SCHEMA "${schema}"`);
    await client.query(`SET search_path TO "${schema}"`);
    return {
      run: async (sql) => void (await client.query(sql)),
      one: async (sql) => (await client.query(sql)).rows[0] as Record<string, unknown>,
      close: async () => {
        await client.query(`DROP SCHEMA "${schema}" CASCADE`);
        await client.end();
      },
    };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "factdeck-migration-"));
  const database = new Database(path.join(dir, "scratch.db"));
  return {
    run: async (sql) => void database.exec(sql),
    one: async (sql) => database.prepare(sql).get() as Record<string, unknown>,
    close: async () => {
      database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe(`the ${RENAMING} migration on a filled database`, () => {
  let scratch: Scratch;
  const after: Record<string, Record<string, unknown>> = {};

  beforeAll(async () => {
    scratch = await scratchDatabase();
    for (const sql of migrationsUpTo(RENAMING, { including: false })) await scratch.run(sql);
    for (const row of BEFORE) await scratch.run(row);
    const [renaming] = migrationsUpTo(RENAMING, { including: true }).slice(-1);
    await scratch.run(renaming ?? "");
    for (const [name, sql] of Object.entries(AFTER)) after[name] = await scratch.one(sql);
  });

  afterAll(async () => {
    await scratch?.close();
  });

  it("keeps the content's difficulty and a fact's voice, and its kind", () => {
    expect(after.fact).toEqual({ kind: "opinion", voice: "Kim Ives", difficulty: 3 });
    expect(after.item).toEqual({ difficulty: 2 });
    expect(after.set).toEqual({ kind: "all" });
  });

  it("keeps an assignment's mode and when answers are shown", () => {
    expect(after.assignment).toEqual({ mode: "both", revealAnswers: "after-each" });
  });

  it("moves FSRS's difficulty to fsrsDifficulty and a review's source to its origin", () => {
    expect(after.card).toEqual({ stability: 4.5, fsrsDifficulty: 6.25, state: 2 });
    expect(after.log).toEqual({ origin: "quiz", fsrsDifficulty: 5.75, rating: 3 });
  });
});
