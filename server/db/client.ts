import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient as SqliteClient } from "@/generated/prisma/sqlite/client";
import { PrismaClient as PostgresClient } from "@/generated/prisma/postgresql/client";
import type { DatabaseTarget } from "@/lib/config/database-url";
import { appConfig } from "@/server/config";

/**
 * The Prisma client type the data layer is written against. Both providers'
 * clients are generated from one model (prisma/schema.prisma), so they share
 * it; the SQLite client's types are the narrower of the two.
 */
export type Db = SqliteClient;

/**
 * Milliseconds a SQLite writer waits for a lock before giving up. Writes are
 * short, but on a loaded machine a queue of them (a class answering at once,
 * a roster being created) can hold the lock for seconds: waiting is better
 * than failing a student's answer.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 15_000;

/**
 * The pragmas every SQLite connection starts with. WAL: readers do not block
 * the writer. synchronous = FULL: each commit is on disk before the write is
 * acknowledged, so a stored review survives a power cut, not only a crash of
 * the process (NORMAL could lose the last commits; decision 022 has the
 * measured cost). A busy timeout: concurrent writers wait instead of failing
 * at once. Foreign keys on.
 */
export const SQLITE_PRAGMAS = `PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}; PRAGMA foreign_keys = ON;`;

/** Opens every SQLite connection with SQLITE_PRAGMAS. */
class ConfiguredSqliteFactory implements SqlDriverAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  readonly #inner: PrismaBetterSqlite3;

  constructor(file: string) {
    this.#inner = new PrismaBetterSqlite3({ url: file, timeout: SQLITE_BUSY_TIMEOUT_MS });
    this.adapterName = this.#inner.adapterName;
  }

  async connect() {
    const adapter = await this.#inner.connect();
    await adapter.executeScript(SQLITE_PRAGMAS);
    return adapter;
  }
}

export function createDb(database: DatabaseTarget): Db {
  if (database.provider === "postgresql") {
    const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: database.url }) });
    return client as unknown as Db;
  }
  mkdirSync(path.dirname(database.file), { recursive: true });
  return new SqliteClient({ adapter: new ConfiguredSqliteFactory(database.file) });
}

const globalForDb = globalThis as unknown as { factdeckDb?: Db };

/** The process-wide client (kept across hot reloads in development). */
export function db(): Db {
  globalForDb.factdeckDb ??= createDb(appConfig().database);
  return globalForDb.factdeckDb;
}

export function databaseProvider(): DatabaseTarget["provider"] {
  return appConfig().database.provider;
}
