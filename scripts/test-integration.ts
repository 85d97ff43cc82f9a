// npm run test:integration: runs tests/integration against a fresh database.
//   SQLite (default): a new file in a temporary folder.
//   PostgreSQL: set DATABASE_URL to a server (any database on it, e.g.
//   postgresql://postgres@127.0.0.1:5432/postgres); a throwaway database is
//   created there, migrated, and dropped afterwards.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { EnvError, parseEnv } from "../lib/config/env";
import { ensureClientsGenerated, migrate, root } from "./setup";

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function adminQuery(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function main() {
  const target = parseEnv({ DATABASE_URL: process.env.DATABASE_URL }, root).database;
  ensureClientsGenerated();
  let databaseUrl: string;
  let cleanup: () => Promise<void>;
  if (target.provider === "postgresql") {
    const name = `factdeck_test_${randomBytes(4).toString("hex")}`;
    databaseUrl = withDatabase(target.url, name);
    await adminQuery(target.url, `CREATE DATABASE "${name}"`);
    cleanup = () => adminQuery(target.url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    console.log(`Integration tests on PostgreSQL (throwaway database ${name}).`);
  } else {
    const folder = mkdtempSync(path.join(os.tmpdir(), "factdeck-integration-"));
    databaseUrl = `file:${path.join(folder, "factdeck.db")}`;
    cleanup = async () => rmSync(folder, { recursive: true, force: true });
    console.log("Integration tests on SQLite (a fresh file).");
  }
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
