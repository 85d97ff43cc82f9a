// A fresh database for a run that must not touch the app's own: a new SQLite
// file in a temporary folder, or a throwaway database on the PostgreSQL
// server DATABASE_URL names. Used by scripts/test-integration.ts and the
// report benchmark (scripts/bench/reports.ts).
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { DatabaseTarget } from "../lib/config/database-url";

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

export type ThrowawayDatabase = { url: string; description: string; cleanup: () => Promise<void> };

/** Creates the database (not migrated yet); `cleanup` drops it or deletes the file. `prefix` names it. */
export async function createThrowawayDatabase(target: DatabaseTarget, prefix: string): Promise<ThrowawayDatabase> {
  if (target.provider === "postgresql") {
    const name = `${prefix.replaceAll("-", "_")}_${randomBytes(4).toString("hex")}`;
    await adminQuery(target.url, `CREATE DATABASE "${name}"`);
    return {
      url: withDatabase(target.url, name),
      description: `PostgreSQL (throwaway database ${name})`,
      cleanup: () => adminQuery(target.url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    };
  }
  const folder = mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  return {
    url: `file:${path.join(folder, "factdeck.db")}`,
    description: "SQLite (a fresh file)",
    cleanup: async () => rmSync(folder, { recursive: true, force: true }),
  };
}
