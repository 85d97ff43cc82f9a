// `npm run bench:start`: how long `npm start` takes to answer /api/health,
// the first time on a fresh SQLite database (migrations, content, demo
// accounts; the build is made beforehand and not counted) and then again on
// the same database, as a teacher restarting the app would see it.
//
//   npm run bench:start                    # one first start, 5 second starts
//   npm run bench:start -- --runs 10       # another number of second starts
//   npm run bench:start -- --figures FILE  # also write the figures as JSON
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { ensureBuilt, root } from "../setup";
import { argument, median, parseRuns } from "./databases";
import { loadLine, reportFigures } from "./figures";

const USAGE = "usage: npm run bench:start -- [--runs N] [--port P] [--figures FILE]";
const SECRET = "bench-only-secret-0123456789abcdefghijklmnop";
const TARGET_S = 5;

/** Runs `npm start` (scripts/start.ts) until /api/health answers 200, then stops it; seconds taken. */
async function timeStart(env: NodeJS.ProcessEnv, port: number): Promise<number> {
  const start = performance.now();
  const app = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/start.ts")], { cwd: root, env, stdio: "ignore", detached: true });
  try {
    const deadline = Date.now() + 300_000;
    while (Date.now() < deadline) {
      if (app.exitCode !== null) throw new Error(`npm start exited with ${app.exitCode}.`);
      try {
        if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return (performance.now() - start) / 1000;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error("No answer within 300 s.");
  } finally {
    await new Promise<void>((resolve) => {
      app.once("exit", () => resolve());
      process.kill(-app.pid!, "SIGTERM");
    });
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const runs = parseRuns(args, 5, USAGE);
  const port = Number(argument(args, "--port") ?? 3250);
  const directory = mkdtempSync(path.join(tmpdir(), "factdeck-bench-start-"));
  const env = { ...process.env, PORT: String(port), DATABASE_URL: `file:${path.join(directory, "factdeck.db")}`, NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: `http://localhost:${port}` };
  try {
    ensureBuilt(env);
    console.log(`npm start to a healthy server, SQLite: ${loadLine()}`);
    const first = await timeStart(env, port);
    console.log(`  first start (fresh database): ${first.toFixed(2)} s`);
    const seconds: number[] = [];
    for (let run = 0; run < runs; run++) {
      seconds.push(await timeStart(env, port));
      console.log(`  second start #${run + 1}: ${seconds.at(-1)!.toFixed(2)} s`);
    }
    const value = median(seconds);
    console.log("");
    reportFigures(
      [
        { name: "npm start, first start on a fresh SQLite database (built before)", value: first, unit: "s", target: "", met: null },
        {
          name: `npm start, second start to healthy (median of ${runs})`,
          value,
          unit: "s",
          target: `< ${TARGET_S} s`,
          met: value < TARGET_S,
          note: `second starts ${seconds.map((time) => time.toFixed(2)).join(", ")} s`,
        },
      ],
      args,
    );
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

await main();
