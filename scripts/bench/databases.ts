// What the database benchmarks share: reading --runs N, timing a run N times
// after one not counted, and running the script's child once per database
// (a fresh SQLite file, and a throwaway PostgreSQL database when
// DATABASE_URL names a PostgreSQL server), each in a process of its own (the
// data layer's client is one per process).
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { parseEnv } from "../../lib/config/env";
import { ensureClientsGenerated, migrate, root } from "../setup";
import { createThrowawayDatabase } from "../throwaway-database";

/** `--runs N` from the arguments, `fallback` without it; exits 2 with `usage` on anything else. */
export function parseRuns(args: string[], fallback: number, usage: string): number {
  const index = args.indexOf("--runs");
  if (index === -1) return fallback;
  const value = args[index + 1] ?? "";
  if (!/^[1-9]\d*$/.test(value)) {
    console.error(usage);
    process.exit(2);
  }
  return Number(value);
}

/** The value after `name` in the arguments (`--port 3210` → "3210"), undefined without it. */
export function argument(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
}

/** The median of the values (the mean of the middle two for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The local PostgreSQL server the benchmarks use when DATABASE_URL names none. */
const LOCAL_POSTGRES = "postgresql://postgres@127.0.0.1:5432/postgres";

/**
 * The databases `--db sqlite|postgres|both` (default both) asks for: the
 * default SQLite file's settings, and PostgreSQL on DATABASE_URL when it
 * names a PostgreSQL server, else on the local one. Exits 2 with `usage` on
 * anything else.
 */
export function databasesFrom(args: string[], usage: string): ReturnType<typeof parseEnv>["database"][] {
  const which = argument(args, "--db") ?? "both";
  if (!["sqlite", "postgres", "both"].includes(which)) {
    console.error(usage);
    process.exit(2);
  }
  const targets = [];
  if (which !== "postgres") targets.push(parseEnv({}, root).database);
  if (which !== "sqlite") {
    const named = parseEnv({ DATABASE_URL: process.env.DATABASE_URL }, root).database;
    targets.push(named.provider === "postgresql" ? named : parseEnv({ DATABASE_URL: LOCAL_POSTGRES }, root).database);
  }
  return targets;
}

/** The median and maximum of `runs` runs, after a warm-up run not counted (compiled code, the client's connection). */
export async function time(runs: number, run: () => unknown): Promise<{ median: number; max: number }> {
  await run();
  const times: number[] = [];
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return { median: median(times), max: Math.max(...times) };
}

/**
 * In the parent: runs `script` with `--child --runs N` once per database,
 * migrated and named by DATABASE_URL, and exits with the first failure's
 * status. In the child (`--child`): calls `child(runs)`.
 */
export async function benchEachDatabase(script: string, args: string[], runs: number, child: (runs: number) => Promise<void>): Promise<void> {
  if (args.includes("--child")) return child(runs);
  ensureClientsGenerated();
  const targets = [parseEnv({}, root).database];
  const named = parseEnv({ DATABASE_URL: process.env.DATABASE_URL }, root).database;
  if (named.provider === "postgresql") targets.push(named);
  let status = 0;
  for (const target of targets) {
    const database = await createThrowawayDatabase(target, "factdeck-bench");
    try {
      console.log(`${database.description}, ${runs} runs:`);
      migrate(parseEnv({ DATABASE_URL: database.url }, root));
      const result = spawnSync(process.execPath, [...process.execArgv, script, "--child", "--runs", String(runs)], {
        cwd: root,
        stdio: "inherit",
        env: { ...process.env, DATABASE_URL: database.url },
      });
      status ||= result.status ?? 1;
    } finally {
      await database.cleanup();
    }
  }
  process.exit(status);
}
