// npm run test:integration: runs tests/integration against a fresh database.
//   SQLite (default): a new file in a temporary folder.
//   PostgreSQL: set DATABASE_URL to a server (any database on it, e.g.
//   postgresql://postgres@127.0.0.1:5432/postgres); a throwaway database is
//   created there, migrated, and dropped afterwards.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { EnvError, parseEnv } from "../lib/config/env";
import { ensureClientsGenerated, migrate, root } from "./setup";
import { createThrowawayDatabase } from "./throwaway-database";

async function main() {
  const target = parseEnv({ DATABASE_URL: process.env.DATABASE_URL }, root).database;
  ensureClientsGenerated();
  const { url: databaseUrl, description, cleanup } = await createThrowawayDatabase(target, "factdeck-integration");
  console.log(`Integration tests on ${description}.`);
  let status = 1;
  try {
    const config = parseEnv({ DATABASE_URL: databaseUrl }, root);
    migrate(config);
    const report = process.env.FACTDECK_TEST_REPORT ?? path.join(os.tmpdir(), `factdeck-integration-${process.pid}.json`);
    const vitest = spawnSync(
      process.execPath,
      [
        path.join(root, "node_modules/vitest/vitest.mjs"),
        "run",
        "--config",
        "vitest.integration.config.ts",
        "--reporter=default",
        "--reporter=json",
        `--outputFile.json=${report}`,
        ...process.argv.slice(2),
      ],
      { cwd: root, stdio: "inherit", env: { ...process.env, DATABASE_URL: databaseUrl, FACTDECK_DEMO: "1" } },
    );
    status = vitest.status ?? 1;
    if (existsSync(report)) {
      const counts = JSON.parse(readFileSync(report, "utf8")) as { numPassedTests: number; numFailedTests: number };
      console.log(`${target.provider}: ${counts.numPassedTests} passed, ${counts.numFailedTests} failed`);
      if (!process.env.FACTDECK_TEST_REPORT) rmSync(report, { force: true });
    }
  } finally {
    await cleanup();
  }
  process.exit(status);
}

main().catch((error) => {
  console.error(error instanceof EnvError ? error.problems.join("\n") : error);
  process.exit(1);
});
