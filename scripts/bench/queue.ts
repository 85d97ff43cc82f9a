// `npm run bench:queue`: how long GET /api/reviews/queue, /home and
// /progress take (over HTTP, against `next start`) for a learner with 1,000,
// 10,000 and 100,000 cards, on SQLite and PostgreSQL: one warm-up request,
// then the median and maximum of N.
//
//   npm run bench:queue                      # SQLite and PostgreSQL, 10 runs
//   npm run bench:queue -- --db sqlite       # one of them
//   npm run bench:queue -- --runs 20         # more requests per page
//   npm run bench:queue -- --figures FILE    # also write the figures as JSON
//
// Each learner has real Item rows behind their cards (the shipped items
// first, then generated ones), a mix of new, learning, review and
// relearning cards with due dates spread over the past and the future, and
// a few review logs per reviewed card over the last six months, all
// inserted in bulk (server/db/bulk-insert.ts); on PostgreSQL then VACUUM
// ANALYZE, as autovacuum would do after such a load. PostgreSQL: a
// throwaway database on DATABASE_URL when it names a PostgreSQL server,
// else on postgresql://postgres@127.0.0.1:5432/postgres. Each database is
// measured in a child process of its own (the data layer's client is one
// per process).
import { spawn, spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseEnv } from "../../lib/config/env";
import { createRandom } from "../../lib/quiz/seeded-random";
import { ensureBuilt, ensureClientsGenerated, migrate, root, seed } from "../setup";
import { createThrowawayDatabase } from "../throwaway-database";
import { argument, databasesFrom, median, parseRuns } from "./databases";
import { loadLine, reportFigures, type Figure } from "./figures";
import { stopServer, waitForHealth } from "./servers";

const USAGE = "usage: npm run bench:queue -- [--db sqlite|postgres|both] [--runs N] [--port P] [--figures FILE]";
const SECRET = "bench-only-secret-0123456789abcdefghijklmnop";
const SIZES = [1_000, 10_000, 100_000];
const TARGET_MS = 200;
const TIME_ZONE = "America/New_York";
const PAGES = ["/api/reviews/queue", "/home", "/progress"] as const;
const DAY_MS = 86_400_000;

type Timing = { page: string; cards: number; median: number; max: number };
type DatabaseResult = { provider: "sqlite" | "postgresql"; seedSeconds: number; timings: Timing[] };

/** Inserts the rows with the app's own bulk insert (multi-row INSERTs, server/db/bulk-insert.ts): createMany takes minutes for 100,000 cards. */
async function insert(table: string, rows: Record<string, unknown>[], json: string[] = []): Promise<void> {
  if (rows.length === 0) return;
  const { db } = await import("@/server/db/client");
  const { insertRows } = await import("@/server/db/bulk-insert");
  const columns = Object.fromEntries(Object.keys(rows[0]!).map((name) => [name, json.includes(name) ? ("json" as const) : ("value" as const)]));
  await insertRows(db(), table, columns, rows);
}

/** Generated items to make up the largest learner's cards, each a copy of a shipped item under a new id. */
async function makeItems(count: number): Promise<string[]> {
  const { db } = await import("@/server/db/client");
  const shipped = await db().item.findMany({ where: { retiredAt: null }, orderBy: { id: "asc" }, select: { id: true, version: true, type: true, prompt: true, difficulty: true, payload: true } });
  if (shipped.length === 0) throw new Error("No shipped items: the content was not loaded.");
  const made = Array.from({ length: Math.max(0, count - shipped.length) }, (_, index) => {
    const template = shipped[index % shipped.length]!;
    const id = `bench-item-${index}`;
    return { ...template, id, payload: { ...(template.payload as Record<string, unknown>), id } };
  });
  await insert("Item", made, ["payload"]);
  return [...shipped.map((item) => item.id), ...made.map((item) => item.id)];
}

/**
 * A learner with `count` cards over the first `count` items: 15 % new, 8 %
 * learning or relearning (due within a few hours either side of now), the
 * rest in review, due from 20 days ago to 120 days ahead (about one in ten
 * overdue); every card not new has 1 to 5 review logs over the last 180
 * days, one in 50 of them undone.
 */
async function makeLearner(count: number, itemIds: string[], now: Date): Promise<{ id: string; cookie: string }> {
  const { encode } = await import("next-auth/jwt");
  const { authCallbacks, SESSION_MAX_AGE_S } = await import("@/server/auth/options");
  const { createAccounts } = await import("@/tests/fixtures/classes");
  const { learner: user } = await createAccounts({ learner: ["student", `Bench Learner ${count}`] });
  const random = createRandom(`queue-${count}`);
  const at = (ms: number) => new Date(now.getTime() + Math.round(ms));
  const cards = [];
  const logs = [];
  for (let index = 0; index < count; index++) {
    const id = `bench-card-${count}-${index}`;
    const createdAt = at(-200 * DAY_MS + index);
    const kind = random.next();
    const state = kind < 0.15 ? 0 : kind < 0.2 ? 1 : kind < 0.23 ? 3 : 2;
    const due = state === 0 ? createdAt : state === 2 ? at((-20 + random.next() * 140) * DAY_MS) : at((random.next() - 0.5) * 8 * 3_600_000);
    const stability = state === 0 ? 0 : state === 2 ? 1 + random.next() * 60 : 0.5 + random.next() * 2;
    const reviews = state === 0 ? 0 : 1 + Math.floor(random.next() * 5);
    cards.push({ id, userId: user.id, itemId: itemIds[index]!, due, stability, fsrsDifficulty: 1 + random.next() * 9, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: reviews, lapses: state === 3 ? 1 : 0, state, lastReview: reviews ? at(-random.next() * 5 * DAY_MS) : null, createdAt });
    for (let review = 0; review < reviews; review++) {
      const reviewedAt = at(-random.next() * 180 * DAY_MS);
      logs.push({
        id: `bench-log-${count}-${index}-${review}`,
        userId: user.id,
        cardId: id,
        itemId: itemIds[index]!,
        rating: random.next() < 0.12 ? 1 : 2 + Math.floor(random.next() * 3),
        origin: random.next() < 0.9 ? ("flashcard" as const) : ("quiz" as const),
        reviewedAt,
        receivedAt: reviewedAt,
        cardBefore: {},
        state: review === 0 ? 0 : random.next() < 0.8 ? 2 : 1,
        stability: 1,
        fsrsDifficulty: 5,
        elapsedDays: 0,
        scheduledDays: 0,
        undoneAt: random.next() < 0.02 ? reviewedAt : null,
      });
    }
  }
  await insert("Card", cards);
  await insert("ReviewLog", logs, ["cardBefore"]);
  const token = await authCallbacks.jwt!({ token: { sub: user.id, name: user.name }, user: { ...user, mustChangePassword: false }, account: null } as never);
  return { id: user.id, cookie: `next-auth.session-token=${await encode({ token, secret: SECRET, maxAge: SESSION_MAX_AGE_S })}; tz=${encodeURIComponent(TIME_ZONE)}` };
}

/** One request, its body read to the end; milliseconds taken. Throws unless it answers 200. */
async function timeRequest(url: string, cookie: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}.`);
  return performance.now() - start;
}

async function child(args: string[], runs: number): Promise<void> {
  const provider = parseEnv({ DATABASE_URL: process.env.DATABASE_URL }, root).database.provider;
  const port = Number(argument(args, "--port") ?? 3260);
  const out = argument(args, "--out")!;
  const now = new Date();
  const seedStart = performance.now();
  const itemIds = await makeItems(Math.max(...SIZES));
  const learners = [];
  for (const size of SIZES) learners.push({ size, ...(await makeLearner(size, itemIds, now)) });
  if (provider === "postgresql") {
    // What autovacuum does within a minute of a bulk load: the planner's statistics and the visibility map.
    const { db } = await import("@/server/db/client");
    await db().$executeRawUnsafe("VACUUM ANALYZE");
  }
  const seedSeconds = (performance.now() - seedStart) / 1000;
  console.log(`  seeded ${SIZES.map((size) => size.toLocaleString("en-US")).join(", ")} cards (with their items and review logs) in ${seedSeconds.toFixed(1)} s`);
  const origin = `http://localhost:${port}`;
  const server = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/server.ts")], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), NEXTAUTH_URL: origin, NEXTAUTH_SECRET: SECRET, FACTDECK_DEMO: "0" },
  });
  const timings: Timing[] = [];
  try {
    await waitForHealth(port, server);
    for (const learner of learners) {
      for (const page of PAGES) {
        const url = `${origin}${page}${page === "/api/reviews/queue" ? `?timeZone=${encodeURIComponent(TIME_ZONE)}` : ""}`;
        await timeRequest(url, learner.cookie); // warm-up, not counted
        const times: number[] = [];
        for (let run = 0; run < runs; run++) times.push(await timeRequest(url, learner.cookie));
        const timing = { page, cards: learner.size, median: median(times), max: Math.max(...times) };
        timings.push(timing);
        console.log(`  ${page}, ${learner.size.toLocaleString("en-US")} cards: median ${timing.median.toFixed(1)} ms, max ${timing.max.toFixed(1)} ms`);
      }
    }
  } finally {
    await stopServer(server);
  }
  writeFileSync(out, JSON.stringify({ provider, seedSeconds, timings } satisfies DatabaseResult));
}

function figuresOf(results: DatabaseResult[], runs: number): Figure[] {
  const figures: Figure[] = [];
  for (const result of results) {
    const label = result.provider === "sqlite" ? "SQLite" : "PostgreSQL";
    for (const page of PAGES) {
      const rows = result.timings.filter((timing) => timing.page === page);
      const growth = rows.map((timing) => `${timing.cards.toLocaleString("en-US")}: ${timing.median.toFixed(1)} ms`).join(", ");
      for (const timing of rows) {
        const isTarget = timing.cards === Math.max(...SIZES);
        figures.push({
          name: `GET ${page}, ${label}, ${timing.cards.toLocaleString("en-US")} cards: median of ${runs}`,
          value: timing.median,
          unit: "ms",
          target: isTarget ? `≤ ${TARGET_MS} ms` : "",
          met: isTarget ? timing.median <= TARGET_MS : null,
          note: `max ${timing.max.toFixed(1)} ms; medians by cards ${growth}`,
        });
      }
    }
  }
  return figures;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const runs = parseRuns(args, 10, USAGE);
  if (args.includes("--child")) return child(args, runs);
  const targets = databasesFrom(args, USAGE);
  ensureClientsGenerated();
  ensureBuilt({ ...process.env, NEXTAUTH_SECRET: SECRET });
  console.log(`Due queue, /home and /progress by cards: ${loadLine()}`);
  const results: DatabaseResult[] = [];
  for (const target of targets) {
    const database = await createThrowawayDatabase(target, "factdeck-bench-queue");
    const out = path.join(tmpdir(), `factdeck-bench-queue-${process.pid}-${results.length}.json`);
    try {
      console.log(`${database.description}:`);
      const config = parseEnv({ DATABASE_URL: database.url }, root);
      migrate(config);
      seed(config, { ...process.env, NEXTAUTH_SECRET: SECRET });
      const run = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, "--child", "--out", out, ...args], {
        cwd: root,
        stdio: "inherit",
        env: { ...process.env, DATABASE_URL: database.url, NEXTAUTH_SECRET: SECRET },
      });
      if (run.status !== 0) throw new Error(`The measurement on ${database.description} failed.`);
      results.push(JSON.parse(readFileSync(out, "utf8")) as DatabaseResult);
    } finally {
      rmSync(out, { force: true });
      await database.cleanup();
    }
  }
  console.log("");
  reportFigures(figuresOf(results, runs), args);
}

await main();
