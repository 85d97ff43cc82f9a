// `npm run bench:reviews`: how many single-review POSTs per second the app
// holds, open loop, from 100 signed-in students, on SQLite and PostgreSQL,
// against a bare Node http server doing the same writes with better-sqlite3
// (scripts/bench/bare-review-server.ts) measured in the same run.
//
//   npm run bench:reviews                      # SQLite and PostgreSQL
//   npm run bench:reviews -- --db sqlite       # one of them
//   npm run bench:reviews -- --seconds 8       # longer steps (default 5)
//   npm run bench:reviews -- --figures FILE    # also write the figures as JSON
//   npm run bench:reviews -- --profile DIR     # also write the app server's CPU profile there
//
// On PostgreSQL it also measures two app instances sharing the database
// and the session secret behind a round-robin proxy
// (scripts/bench/round-robin-proxy.ts).
//
// PostgreSQL: a throwaway database on DATABASE_URL when it names a
// PostgreSQL server, else on postgresql://postgres@127.0.0.1:5432/postgres.
// Each database is measured in a child process of its own (the data layer's
// client is one per process).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { parseEnv } from "../../lib/config/env";
import { ensureBuilt, ensureClientsGenerated, migrate, root, seed } from "../setup";
import { createThrowawayDatabase } from "../throwaway-database";
import { loadLine, reportFigures, type Figure } from "./figures";
import { argument, databasesFrom } from "./databases";
import { formatStep, peakRssMb, rssMb, runSteps, sustainedRate, type LoadRequest, type StepResult } from "./load";
import { stopServer, waitForHealth } from "./servers";

const USAGE = "usage: npm run bench:reviews -- [--db sqlite|postgres|both] [--seconds N] [--port P] [--figures FILE] [--profile DIR]";
const STUDENTS = 100;
const P95_LIMIT_MS = 50;
const TARGET_RATE = 500;
const TARGET_RATIO = 0.3;
const TARGET_RSS_MB = 400;
const APP_RATES = [50, 100, 150, 200, 300, 400, 500, 600, 700, 800, 1000, 1200, 1400, 1600, 2000];
const BARE_RATES = [200, 400, 800, 1200, 1600, 2000, 2400, 2800, 3200, 4000];
const SECRET = "bench-only-secret-0123456789abcdefghijklmnop";

/** What a child measured on one database. */
type DatabaseResult = { provider: "sqlite" | "postgresql"; app: StepResult[]; floor: StepResult[]; bare: StepResult[] | null; scaleOut: StepResult[] | null; peakRssMb: number; idleRssMb: number };

/** Students, signed in as next-auth signs them in, and the items they may review. */
async function makeStudents(): Promise<{ students: { id: string; cookie: string }[]; itemIds: string[] }> {
  const { encode } = await import("next-auth/jwt");
  const { authCallbacks, SESSION_MAX_AGE_S } = await import("@/server/auth/options");
  const { createAccounts } = await import("@/tests/fixtures/classes");
  const { db } = await import("@/server/db/client");
  const accounts = await createAccounts(Object.fromEntries(Array.from({ length: STUDENTS }, (_, index) => [`s${index}`, ["student", `Bench Student ${index + 1}`]])) as Record<string, ["student", string]>);
  const students = await Promise.all(
    Object.values(accounts).map(async (user) => {
      const token = await authCallbacks.jwt!({ token: { sub: user.id, name: user.name }, user: { ...user, mustChangePassword: false }, account: null } as never);
      return { id: user.id, cookie: `next-auth.session-token=${await encode({ token, secret: SECRET, maxAge: SESSION_MAX_AGE_S })}` };
    }),
  );
  const items = await db().item.findMany({ where: { ownerId: null }, select: { id: true } });
  return { students, itemIds: items.map((item) => item.id) };
}

/** The requests of a load: each a review of a random shipped item by a random student, sent as a device sends one. */
function reviewRequests(students: { id: string; cookie: string }[], itemIds: string[], origin: string) {
  return (): LoadRequest => {
    const student = students[Math.floor(Math.random() * students.length)]!;
    const itemId = itemIds[Math.floor(Math.random() * itemIds.length)]!;
    const review = { reviewId: randomUUID(), itemId, rating: 1 + Math.floor(Math.random() * 4), reviewedAt: new Date().toISOString() };
    return {
      path: "/api/reviews",
      headers: { "content-type": "application/json", cookie: student.cookie, origin, "x-user-id": student.id },
      body: JSON.stringify({ reviews: [review] }),
    };
  };
}

async function child(args: string[]): Promise<void> {
  const url = process.env.DATABASE_URL!;
  const provider = parseEnv({ DATABASE_URL: url }, root).database.provider;
  const port = Number(argument(args, "--port") ?? 3210);
  const durationMs = Number(argument(args, "--seconds") ?? 5) * 1000;
  const out = argument(args, "--out")!;
  const { students, itemIds } = await makeStudents();
  const origin = `http://localhost:${port}`;
  const next = reviewRequests(students, itemIds, origin);
  const log = (step: StepResult) => console.log(formatStep(step));

  console.log(`  app (next start, ${provider}), ${STUDENTS} students, ${itemIds.length} items, ${durationMs / 1000} s per rate:`);
  const profile = argument(args, "--profile");
  const profiling = profile ? [`--cpu-prof`, `--cpu-prof-dir=${path.resolve(profile)}`] : [];
  const server = startApp(port, origin, {}, profiling);
  let app: StepResult[];
  let floor: StepResult[];
  let rss: number;
  let idleRss: number;
  try {
    await waitForHealth(port, server);
    idleRss = rssMb(server.pid!);
    console.log(`  server memory right after start (VmRSS): ${idleRss.toFixed(0)} MB`);
    app = await runSteps({ port, durationMs, rates: APP_RATES, p95LimitMs: P95_LIMIT_MS, warmup: 25, serverPid: server.pid!, next, log });
    console.log("  the same server, GET /api/health (one small query, no session), for the framework's own cost:");
    floor = await runSteps({ port, durationMs, rates: APP_RATES, p95LimitMs: P95_LIMIT_MS, serverPid: server.pid!, next: () => ({ method: "GET", path: "/api/health", headers: {}, body: "" }), log });
    rss = peakRssMb(server.pid!);
    console.log(`  peak server memory (VmHWM): ${rss.toFixed(0)} MB`);
  } finally {
    await stopServer(server);
  }

  let scaleOut: StepResult[] | null = null;
  if (provider === "postgresql") scaleOut = await measureScaleOut(port, durationMs, students, itemIds, log);

  let bare: StepResult[] | null = null;
  if (provider === "sqlite") {
    const target = parseEnv({ DATABASE_URL: url }, root).database;
    const file = target.provider === "sqlite" ? target.file : "";
    console.log("  bare node:http + better-sqlite3, the same writes:");
    const yardstick = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/bench/bare-review-server.ts"), file, String(port + 1)], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
    try {
      await waitForPort(port + 1, yardstick);
      bare = await runSteps({ port: port + 1, durationMs, rates: BARE_RATES, p95LimitMs: P95_LIMIT_MS, warmup: 100, serverPid: yardstick.pid!, next, log });
    } finally {
      await stopServer(yardstick);
    }
  }
  const result: DatabaseResult = { provider, app, floor, bare, scaleOut, peakRssMb: rss, idleRssMb: idleRss };
  writeFileSync(out, JSON.stringify(result));
}

function startApp(port: number, origin: string, env: Record<string, string> = {}, nodeFlags: string[] = []): ChildProcess {
  return spawn(process.execPath, [...nodeFlags, "--import", "tsx", path.join(root, "scripts/server.ts")], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), NEXTAUTH_URL: origin, NEXTAUTH_SECRET: SECRET, FACTDECK_DEMO: "0", ...env },
  });
}

/**
 * Two app instances on the same database, sharing the session secret,
 * behind scripts/bench/round-robin-proxy.ts: first a student's cookie is
 * shown to work on each instance directly, then the same load goes through
 * the proxy, each request to the next instance in turn.
 */
async function measureScaleOut(port: number, durationMs: number, students: { id: string; cookie: string }[], itemIds: string[], log: (step: StepResult) => void): Promise<StepResult[]> {
  const proxyPort = port + 20;
  const origin = `http://localhost:${proxyPort}`;
  const instancePorts = [port + 10, port + 11];
  console.log(`  two app instances (ports ${instancePorts.join(", ")}) behind a round-robin proxy (port ${proxyPort}), the same load:`);
  const instances = instancePorts.map((instancePort) => startApp(instancePort, origin, { TRUSTED_PROXIES: "loopback" }));
  const proxy = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/bench/round-robin-proxy.ts"), String(proxyPort), ...instancePorts.map(String)], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  try {
    await Promise.all(instances.map((instance, index) => waitForHealth(instancePorts[index]!, instance)));
    await waitForHealth(proxyPort, proxy);
    for (const instancePort of instancePorts) {
      const response = await fetch(`http://127.0.0.1:${instancePort}/api/reviews/queue?limit=1`, { headers: { cookie: students[0]!.cookie } });
      if (response.status !== 200) throw new Error(`A student's session was refused by the instance on port ${instancePort} (${response.status}).`);
    }
    console.log("    one student's session cookie: 200 from each instance");
    return await runSteps({ port: proxyPort, durationMs, rates: APP_RATES, p95LimitMs: P95_LIMIT_MS, warmup: 25, next: reviewRequests(students, itemIds, origin), log });
  } finally {
    await Promise.all([...instances, proxy].map(stopServer));
  }
}

async function waitForPort(port: number, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The bare server exited with ${server.exitCode}.`);
    try {
      await fetch(`http://127.0.0.1:${port}/`, { method: "GET" });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`No answer from port ${port} within 30 s.`);
}

function heldLine(steps: StepResult[]): string {
  const held = steps.filter((step) => step.errors === 0 && step.p95 <= P95_LIMIT_MS).at(-1);
  const first = steps.find((step) => !(step.errors === 0 && step.p95 <= P95_LIMIT_MS));
  const parts = [];
  const cpu = (step: StepResult) => (step.cpuMsPerRequest === null ? "" : ` on ${step.cpuMsPerRequest.toFixed(2)} ms of server CPU per request`);
  if (held) parts.push(`held ${held.rate}/s at p95 ${held.p95.toFixed(1)} ms${cpu(held)}`);
  if (first) parts.push(`${first.rate}/s gave p95 ${first.p95.toFixed(0)} ms with ${first.errors} errors${cpu(first)}`);
  else parts.push("the highest rate offered was held");
  return parts.join("; ");
}

/** "6.10 ms" at the highest held step (the first step when none was held), or "unmeasured". */
function cpuAt(steps: StepResult[]): string {
  const held = steps.filter((step) => step.errors === 0 && step.p95 <= P95_LIMIT_MS).at(-1) ?? steps[0];
  return held?.cpuMsPerRequest == null ? "unmeasured" : `${held.cpuMsPerRequest.toFixed(2)} ms`;
}

/** What one process's CPU per review allows: a Node server runs a request's JavaScript on one core. */
function cpuLimit(result: DatabaseResult): string {
  const held = result.app.filter((step) => step.errors === 0 && step.p95 <= P95_LIMIT_MS).at(-1) ?? result.app[0];
  const cpu = held?.cpuMsPerRequest;
  if (cpu == null || cpu <= 0) return "";
  return `A Node server runs each request's JavaScript on one core: at ${cpu.toFixed(2)} ms of CPU a review one process cannot pass about ${Math.round(1000 / cpu)} reviews/s; ${TARGET_RATE}/s needs ≤ ${(1000 / TARGET_RATE).toFixed(1)} ms`;
}

/** Why two instances on this machine cannot double one: the cores they, the database, the proxy and the load share. */
function scaleOutLimit(result: DatabaseResult): string {
  const held = result.app.filter((step) => step.errors === 0 && step.p95 <= P95_LIMIT_MS).at(-1) ?? result.app[0];
  const cpu = held?.cpuMsPerRequest;
  if (!held || cpu == null) return "";
  const cores = availableParallelism();
  return `This machine has ${cores} cores for the two instances, PostgreSQL, the proxy and the load generator; one instance alone already used ${((held.rate * cpu) / 1000).toFixed(2)} cores at ${held.rate}/s (${cpu.toFixed(2)} ms a review), PostgreSQL's own CPU not counted`;
}

function figuresOf(results: DatabaseResult[]): Figure[] {
  const figures: Figure[] = [];
  for (const result of results) {
    const label = result.provider === "sqlite" ? "SQLite" : "PostgreSQL";
    const rate = sustainedRate(result.app, P95_LIMIT_MS);
    const held = result.app.filter((step) => step.rate === rate)[0];
    figures.push({
      name: `review submits, ${label}: sustained rate (p95 ≤ ${P95_LIMIT_MS} ms, no errors)`,
      value: rate,
      unit: "/s",
      target: `≥ ${TARGET_RATE}/s`,
      met: rate >= TARGET_RATE,
      note: `${heldLine(result.app)}. ${cpuLimit(result)}`,
    });
    if (held?.cpuMsPerRequest != null) figures.push({ name: `review submits, ${label}: server CPU per review at ${rate}/s`, value: held.cpuMsPerRequest, unit: "ms", target: "", met: null });
    const floorRate = sustainedRate(result.floor, P95_LIMIT_MS);
    figures.push({ name: `GET /api/health on the same server, ${label}: sustained rate`, value: floorRate, unit: "/s", target: "", met: null, note: heldLine(result.floor) });
    if (result.bare) {
      const bareRate = sustainedRate(result.bare, P95_LIMIT_MS);
      figures.push({ name: "review submits, bare node:http + better-sqlite3 (same run)", value: bareRate, unit: "/s", target: "", met: null, note: heldLine(result.bare) });
      const ratio = bareRate > 0 ? rate / bareRate : 0;
      figures.push({
        name: "review submits, SQLite: app / bare server",
        value: ratio,
        unit: "",
        target: `≥ ${TARGET_RATIO}`,
        met: ratio >= TARGET_RATIO,
        note: `app ${heldLine(result.app)}; bare ${heldLine(result.bare)}. Per review the app spends ${cpuAt(result.app)} of CPU and the bare server ${cpuAt(result.bare)}: the framework alone (GET /api/health) ${cpuAt(result.floor)}, the rest the session and the data layer's ten or so Prisma queries (docs/BENCHMARKS.md)`,
      });
    }
    if (result.scaleOut) {
      const scaled = sustainedRate(result.scaleOut, P95_LIMIT_MS);
      const factor = rate > 0 ? scaled / rate : 0;
      figures.push({
        name: `review submits, ${label}: two instances behind a proxy / one instance`,
        value: factor,
        unit: "×",
        target: "≥ 1.6×",
        met: rate > 0 && factor >= 1.6,
        note: `two instances ${heldLine(result.scaleOut)}; one instance ${heldLine(result.app)}. ${scaleOutLimit(result)}`,
      });
    }
    figures.push({
      name: `review submits, ${label}: peak server memory`,
      value: result.peakRssMb,
      unit: "MB",
      target: `≤ ${TARGET_RSS_MB} MB`,
      met: result.peakRssMb <= TARGET_RSS_MB,
      note: `the server holds ${result.idleRssMb.toFixed(0)} MB right after start (Next.js's server with its route modules, the Prisma clients and their query compilers); under load V8 lets the heap grow between collections while the machine has room (NODE_OPTIONS=--max-old-space-size=256 shows the heap's share: docs/BENCHMARKS.md)`,
    });
  }
  return figures;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes("--child")) return child(args);
  const targets = databasesFrom(args, USAGE);
  ensureClientsGenerated();
  ensureBuilt({ ...process.env, NEXTAUTH_SECRET: SECRET });
  console.log(`Review submits, open loop: ${loadLine()}`);
  const results: DatabaseResult[] = [];
  for (const target of targets) {
    const database = await createThrowawayDatabase(target, "factdeck-bench-reviews");
    try {
      console.log(`${database.description}:`);
      const config = parseEnv({ DATABASE_URL: database.url }, root);
      migrate(config);
      seed(config, { ...process.env, NEXTAUTH_SECRET: SECRET });
      const out = path.join(tmpdir(), `factdeck-bench-reviews-${process.pid}-${results.length}.json`);
      const run = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, "--child", "--out", out, ...args], {
        cwd: root,
        stdio: "inherit",
        env: { ...process.env, DATABASE_URL: database.url, NEXTAUTH_SECRET: SECRET },
      });
      if (run.status !== 0) throw new Error(`The measurement on ${database.description} failed.`);
      results.push(JSON.parse(readFileSync(out, "utf8")) as DatabaseResult);
    } finally {
      await database.cleanup();
    }
  }
  console.log("");
  reportFigures(figuresOf(results), args);
}

await main();
