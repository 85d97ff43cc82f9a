// npm run bench:crash [-- --db sqlite|postgres] [--kills N] [--port P]:
// does an acknowledged review survive the server being killed? Starts the
// production server as `npm start` does (node --import tsx scripts/start.ts,
// building first if needed) on a fresh database (a SQLite file, or a
// throwaway database on the PostgreSQL server at POSTGRES_URL), makes 8
// students who study a set, and has each send reviews to POST /api/reviews
// without pause, as a phone would. At a random moment (1-6 s into each
// run) it kills the server's whole process tree with SIGKILL, restarts it
// and goes on, N times (20 unless told). Then it reads the database itself:
// every review the server answered "stored" must be there. Prints
// acknowledged / found / lost and the consistency checks, and exits 1 when
// an acknowledged review is lost or a check fails. See docs/BENCHMARKS.md.
// Linux only: it finds the server's processes in /proc.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import pg from "pg";
import { parseEnv } from "../../lib/config/env";
import type { DatabaseTarget } from "../../lib/config/database-url";
import { ensureBuilt, ensureClientsGenerated, root } from "../setup";
import { createThrowawayDatabase } from "../throwaway-database";

const USAGE = "Usage: npm run bench:crash [-- --db sqlite|postgres] [--kills N] [--port P]";
const POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/postgres";
const SECRET = "bench-crash-secret-0123456789abcdefghijklmnop";
const STUDENTS = 8;
const SET = "topic:quotes";
const START_TIMEOUT_MS = 120_000;

type Options = { provider: "sqlite" | "postgresql"; kills: number; port: number };

function parseOptions(args: string[]): Options {
  const options: Options = { provider: "sqlite", kills: 20, port: 3122 };
  for (let index = 0; index < args.length; index += 2) {
    const [flag, value = ""] = [args[index], args[index + 1]];
    if (flag === "--db" && (value === "sqlite" || value === "postgres")) options.provider = value === "postgres" ? "postgresql" : "sqlite";
    else if (flag === "--kills" && /^[1-9]\d*$/.test(value)) options.kills = Number(value);
    else if (flag === "--port" && /^[1-9]\d{3,4}$/.test(value)) options.port = Number(value);
    else {
      console.error(USAGE);
      process.exit(2);
    }
  }
  return options;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The processes of process group `group` (the server's tree: start.ts, next and anything they started), from /proc. */
function groupMembers(group: number): number[] {
  const members: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the command name (in parentheses, which may hold spaces): state, ppid, pgrp.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === group && fields[0] !== "Z") members.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return members;
}

/** Which of `pids` have the file `file` open. */
function holdersOf(pids: number[], file: string): number[] {
  return pids.filter((pid) => {
    try {
      return readdirSync(`/proc/${pid}/fd`).some((fd) => {
        try {
          return readlinkSync(`/proc/${pid}/fd/${fd}`) === file;
        } catch {
          return false;
        }
      });
    } catch {
      return false;
    }
  });
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).slice(0, 3).join(" ");
  } catch {
    return "?";
  }
}

/** The server, started as `npm start` starts it, in a process group of its own so that one signal reaches its whole tree. */
class Server {
  #child: ChildProcess | null = null;
  #log: string[] = [];
  constructor(
    readonly port: number,
    readonly env: NodeJS.ProcessEnv,
  ) {}

  /** The server's last lines of output: what it said about a refused request. */
  recentLog(characters = 2000): string {
    return this.#log.join("").slice(-characters);
  }

  get origin() {
    return `http://localhost:${this.port}`;
  }

  get group(): number {
    return this.#child!.pid!;
  }

  async start(): Promise<number> {
    const began = performance.now();
    this.#log = [];
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { cwd: root, env: this.env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    this.#child = child;
    const keep = (chunk: Buffer) => this.#log.push(chunk.toString());
    child.stdout!.on("data", keep);
    child.stderr!.on("data", keep);
    let exited = false;
    child.once("exit", () => (exited = true));
    while (performance.now() - began < START_TIMEOUT_MS) {
      if (exited) throw new Error(`The server stopped while starting:\n${this.#log.join("").slice(-3000)}`);
      try {
        const response = await fetch(`${this.origin}/api/health`);
        if (response.ok) return performance.now() - began;
      } catch {
        // Not listening yet.
      }
      await sleep(100);
    }
    throw new Error(`The server did not answer /api/health within ${START_TIMEOUT_MS / 1000} s:\n${this.#log.join("").slice(-3000)}`);
  }

  /** Sends `signal` to every process of the server's tree at once, and waits until none is left. */
  async stop(signal: "SIGKILL" | "SIGTERM"): Promise<void> {
    const group = this.group;
    try {
      process.kill(-group, signal);
    } catch {
      return;
    }
    for (let waited = 0; groupMembers(group).length > 0; waited += 20) {
      if (waited > 30_000) throw new Error(`Process group ${group} still has ${groupMembers(group).join(", ")} after ${signal}.`);
      await sleep(20);
    }
  }
}

/** What the clients saw: every review the server answered "stored", and every one sent without that answer. */
type Tally = { acknowledged: Set<string>; unanswered: Set<string>; requests: number; failures: number; refused: number };

/** One student's phone: sends 1-3 new reviews at a time while `isRunning()`, waiting while the server is down. */
async function client(server: Server, cookie: string, itemIds: string[], tally: Tally, isRunning: () => boolean, isUp: () => boolean) {
  const origin = server.origin;
  while (isRunning()) {
    if (!isUp()) {
      await sleep(20);
      continue;
    }
    const reviews = Array.from({ length: 1 + Math.floor(Math.random() * 3) }, () => ({
      reviewId: randomUUID(),
      itemId: itemIds[Math.floor(Math.random() * itemIds.length)]!,
      rating: 1 + Math.floor(Math.random() * 4),
      reviewedAt: new Date().toISOString(),
    }));
    tally.requests++;
    try {
      const response = await fetch(`${origin}/api/reviews`, {
        method: "POST",
        headers: { "content-type": "application/json", origin, cookie },
        body: JSON.stringify({ reviews }),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
      const { results } = (await response.json()) as { results: Array<{ reviewId: string; status: string }> };
      const stored = new Set(results.filter((result) => result.status === "stored").map((result) => result.reviewId));
      for (const review of reviews) (stored.has(review.reviewId) ? tally.acknowledged : tally.unanswered).add(review.reviewId);
      if (stored.size !== reviews.length) throw new Error(`Not stored: ${JSON.stringify(results)}`);
    } catch (error) {
      for (const review of reviews) if (!tally.acknowledged.has(review.reviewId)) tally.unanswered.add(review.reviewId);
      tally.failures++;
      // A refused review is a defect of the bench or the app, not of a crash: say so at once.
      if (error instanceof Error && /^(HTTP|Not stored)/.test(error.message)) {
        tally.refused++;
        if (tally.refused <= 3) console.error(`\n  refused: ${error.message.slice(0, 300)}\n  the server's last output:\n${server.recentLog()}`);
      }
    }
  }
}

/** Students who study a set, each with a session cookie as next-auth sets at sign-in. Runs in this process through server/. */
async function makeStudents(): Promise<Array<{ cookie: string; itemIds: string[] }>> {
  const { encode } = await import("next-auth/jwt");
  const { authCallbacks, SESSION_MAX_AGE_S } = await import("../../server/auth/options");
  const { db } = await import("../../server/db/client");
  const { studySet } = await import("../../server/reviews/review-queue");
  const { createStudent } = await import("../../tests/fixtures/classes");
  const students = [];
  for (let n = 0; n < STUDENTS; n++) {
    const student = await createStudent(`Crash Student ${n + 1}`);
    await studySet(student, SET, new Date());
    const cards = await db().card.findMany({ where: { userId: student.id }, select: { itemId: true } });
    const token = await authCallbacks.jwt!({ token: { sub: student.id, name: student.name }, user: { ...student, mustChangePassword: false }, account: null });
    students.push({ cookie: `next-auth.session-token=${await encode({ token, secret: SECRET, maxAge: SESSION_MAX_AGE_S })}`, itemIds: cards.map((card) => card.itemId) });
  }
  await db().$disconnect();
  return students;
}

/**
 * The review logs in the database, and checks that it is whole: every log's
 * card exists, and every card's repetitions and last review agree with its
 * logs (a review writes both in one transaction). On SQLite, PRAGMA
 * integrity_check too.
 */
const CONSISTENCY = {
  orphanLogs: `SELECT count(*) AS n FROM "ReviewLog" r LEFT JOIN "Card" c ON c."id" = r."cardId" WHERE c."id" IS NULL`,
  cardsOutOfStep: `SELECT count(*) AS n FROM "Card" c WHERE c."reps" <> (SELECT count(*) FROM "ReviewLog" r WHERE r."cardId" = c."id")
    OR c."lastReview" IS DISTINCT FROM (SELECT max(r."reviewedAt") FROM "ReviewLog" r WHERE r."cardId" = c."id")`,
};

type Verdict = { ids: Set<string>; checks: Array<{ name: string; ok: boolean; detail: string }> };

async function readBack(database: DatabaseTarget): Promise<Verdict> {
  if (database.provider === "sqlite") {
    const connection = new Database(database.file, { fileMustExist: true });
    try {
      const integrity = (connection.pragma("integrity_check") as Array<{ integrity_check: string }>).map((row) => row.integrity_check);
      const count = (sql: string) => Number((connection.prepare(sql).get() as { n: number }).n);
      const ids = new Set((connection.prepare(`SELECT "id" FROM "ReviewLog"`).all() as Array<{ id: string }>).map((row) => row.id));
      return {
        ids,
        checks: [
          { name: "PRAGMA integrity_check", ok: integrity.length === 1 && integrity[0] === "ok", detail: integrity.slice(0, 5).join("; ") },
          { name: "review logs without their card", ok: count(CONSISTENCY.orphanLogs) === 0, detail: String(count(CONSISTENCY.orphanLogs)) },
          { name: "cards out of step with their logs", ok: count(CONSISTENCY.cardsOutOfStep) === 0, detail: String(count(CONSISTENCY.cardsOutOfStep)) },
        ],
      };
    } finally {
      connection.close();
    }
  }
  const connection = new pg.Client({ connectionString: database.url });
  await connection.connect();
  try {
    const count = async (sql: string) => Number((await connection.query<{ n: string }>(sql)).rows[0]!.n);
    const ids = new Set((await connection.query<{ id: string }>(`SELECT "id" FROM "ReviewLog"`)).rows.map((row) => row.id));
    const [orphans, outOfStep] = [await count(CONSISTENCY.orphanLogs), await count(CONSISTENCY.cardsOutOfStep)];
    return {
      ids,
      checks: [
        { name: "review logs without their card", ok: orphans === 0, detail: String(orphans) },
        { name: "cards out of step with their logs", ok: outOfStep === 0, detail: String(outOfStep) },
      ],
    };
  } finally {
    await connection.end();
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  ensureClientsGenerated();
  ensureBuilt({ ...process.env, NEXTAUTH_SECRET: SECRET });
  const target = parseEnv({ DATABASE_URL: options.provider === "postgresql" ? POSTGRES_URL : "" }, root).database;
  const throwaway = await createThrowawayDatabase(target, "factdeck-crash");
  const database = parseEnv({ DATABASE_URL: throwaway.url }, root).database;
  const origin = `http://localhost:${options.port}`;
  // This process makes the students through server/, on the same database and secret as the server.
  Object.assign(process.env, { DATABASE_URL: throwaway.url, NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: origin });
  const server = new Server(options.port, { ...process.env, PORT: String(options.port), FACTDECK_DEMO: "0", NODE_ENV: "production" });
  console.log(`Crash test on ${throwaway.description}: ${options.kills} × kill -9 under load from ${STUDENTS} students, port ${options.port}.`);
  try {
    const firstStart = await server.start();
    console.log(`  first start (migrations, content, build check): ${(firstStart / 1000).toFixed(1)} s`);
    const students = await makeStudents();
    const tally: Tally = { acknowledged: new Set(), unanswered: new Set(), requests: 0, failures: 0, refused: 0 };
    let isRunning = true;
    let isUp = true;
    const clients = students.map((student) => client(server, student.cookie, student.itemIds, tally, () => isRunning, () => isUp));

    const restarts: number[] = [];
    let loadMs = 0;
    for (let kill = 1; kill <= options.kills; kill++) {
      const window = 1000 + Math.random() * 5000;
      await sleep(window);
      loadMs += window;
      const members = groupMembers(server.group);
      const holders = database.provider === "sqlite" ? holdersOf(members, database.file) : members;
      const commands = members.map((pid) => `${pid} (${commandOf(pid)})`);
      if (holders.length === 0) throw new Error(`No process of the server's group (${members.join(", ")}) has ${database.provider === "sqlite" ? database.file : "the database"} open.`);
      await server.stop("SIGKILL");
      isUp = false;
      const gone = holders.every((pid) => groupMembers(server.group).indexOf(pid) === -1);
      if (kill === 1) {
        console.log(`  server tree killed: ${commands.join(", ")}`);
        if (database.provider === "sqlite") console.log(`  of which holding the database file: ${holders.join(", ")}`);
      }
      if (!gone) throw new Error("A process holding the database outlived SIGKILL.");
      restarts.push(await server.start());
      isUp = true;
      process.stdout.write(`\r  kills: ${kill}/${options.kills}, acknowledged so far: ${tally.acknowledged.size}`);
    }
    process.stdout.write("\n");
    isRunning = false;
    await Promise.all(clients);
    await server.stop("SIGTERM");

    const verdict = await readBack(database);
    const found = [...tally.acknowledged].filter((id) => verdict.ids.has(id)).length;
    const lost = tally.acknowledged.size - found;
    const unansweredStored = [...tally.unanswered].filter((id) => verdict.ids.has(id)).length;
    const median = [...restarts].sort((a, b) => a - b)[Math.floor(restarts.length / 2)]!;
    console.log(`  requests: ${tally.requests} (${tally.failures - tally.refused} cut off by a kill, ${tally.refused} refused by the server), ${((tally.acknowledged.size / loadMs) * 1000).toFixed(0)} acknowledged reviews/s under load`);
    console.log(`  restarts: median ${(median / 1000).toFixed(1)} s, max ${(Math.max(...restarts) / 1000).toFixed(1)} s`);
    console.log(`  acknowledged: ${tally.acknowledged.size}, found: ${found}, lost: ${lost}`);
    console.log(`  sent but not acknowledged (in flight at a kill): ${tally.unanswered.size}, of which stored: ${unansweredStored}`);
    for (const check of verdict.checks) console.log(`  ${check.name}: ${check.ok ? "ok" : "FAILED"}${check.detail !== "ok" ? ` (${check.detail})` : ""}`);
    const isWhole = lost === 0 && tally.refused === 0 && verdict.checks.every((check) => check.ok) && tally.acknowledged.size > 0;
    const failures = [
      lost > 0 ? `${lost} acknowledged reviews lost` : "",
      tally.refused > 0 ? `${tally.refused} requests refused by the server (its output for the first is above)` : "",
      verdict.checks.some((check) => !check.ok) ? "a consistency check failed" : "",
      tally.acknowledged.size === 0 ? "no review was acknowledged" : "",
    ].filter(Boolean);
    console.log(isWhole ? "No acknowledged review was lost." : `FAILED: ${failures.join("; ")}.`);
    process.exitCode = isWhole ? 0 : 1;
  } finally {
    await server.stop("SIGKILL").catch(() => undefined);
    await throwaway.cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
