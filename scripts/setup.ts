// The steps `npm start` (and the test harness) run before serving: each is
// idempotent and skips work that is already done.
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { AppConfig } from "../lib/config/env";
import { areMigrationsApplied, type AppliedMigration, type MigrationFile } from "../lib/config/migrations";
import { runPrisma } from "./prisma.mjs";

export const root = path.resolve(import.meta.dirname, "..");
const SCHEMAS = ["prisma/schema.prisma", "prisma/postgresql/schema.prisma"];
const GENERATED_STAMP = "generated/prisma/.stamp";
const BUILD_STAMP = ".next/factdeck-build-stamp";
const BUILD_INPUTS = ["app", "components", "lib", "server", "types", "public", "generated/prisma"];
const BUILD_FILES = ["next.config.js", "tailwind.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];

export class SetupError extends Error {}

/** Reads ./.env (if present) into process.env; variables already set win. */
export function loadDotEnv(): void {
  const file = path.join(root, ".env");
  if (existsSync(file)) process.loadEnvFile(file);
}

function run(command: string, args: string[], options: SpawnSyncOptions = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options });
  if (result.status !== 0) throw new SetupError(`${[command, ...args].join(" ")} failed (exit ${result.status ?? result.signal}).`);
}

function hashFiles(paths: string[], skip: (file: string) => boolean = () => false): string {
  const hash = createHash("sha256");
  const visit = (relative: string) => {
    const absolute = path.join(root, relative);
    if (!existsSync(absolute)) return;
    if (statSync(absolute).isDirectory()) {
      for (const entry of readdirSync(absolute).sort()) visit(path.join(relative, entry));
      return;
    }
    if (skip(relative)) return;
    hash.update(relative).update("\0").update(readFileSync(absolute)).update("\0");
  };
  paths.forEach(visit);
  return hash.digest("hex");
}

function isStampCurrent(stampFile: string, value: string): boolean {
  const file = path.join(root, stampFile);
  return existsSync(file) && readFileSync(file, "utf8") === value;
}

/** Generates both providers' Prisma clients unless the schemas are unchanged since the last run. */
export function ensureClientsGenerated(): void {
  const version = JSON.parse(readFileSync(path.join(root, "node_modules/prisma/package.json"), "utf8")).version as string;
  const stamp = `${version}:${hashFiles(SCHEMAS)}`;
  if (isStampCurrent(GENERATED_STAMP, stamp) && SCHEMAS.every((_, i) => existsSync(path.join(root, `generated/prisma/${i ? "postgresql" : "sqlite"}/client.ts`)))) {
    return;
  }
  for (const schema of SCHEMAS) {
    const result = runPrisma(["generate", "--schema", schema], { capture: true });
    if (result.status !== 0) throw new SetupError(`prisma generate --schema ${schema} failed:\n${result.stdout}${result.stderr}`);
  }
  writeFileSync(path.join(root, GENERATED_STAMP), stamp);
  console.log("Generated the Prisma clients.");
}

/** The session-signing secret: NEXTAUTH_SECRET, or one generated once into ./data/auth-secret. */
export function ensureAuthSecret(config: AppConfig): string {
  if (config.authSecret) return config.authSecret;
  const file = path.join(root, "data/auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(48).toString("base64url") + "\n", { mode: 0o600 });
    chmodSync(file, 0o600);
    console.log("Generated a session secret in data/auth-secret.");
  }
  return readFileSync(file, "utf8").trim();
}

/** The committed SQLite migrations, each with the SHA-256 of its migration.sql as Prisma records it. */
function committedSqliteMigrations(): MigrationFile[] {
  const folder = path.join(root, "prisma/migrations");
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(folder, entry.name, "migration.sql")))
    .map((entry) => ({ name: entry.name, checksum: createHash("sha256").update(readFileSync(path.join(folder, entry.name, "migration.sql"))).digest("hex") }));
}

/**
 * Whether a SQLite database file already records every committed migration
 * (read-only; any doubt, such as no file or no table, answers false and
 * `migrate deploy` runs as before).
 */
function isSqliteUpToDate(file: string): boolean {
  if (!existsSync(file)) return false;
  let database: Database.Database | undefined;
  try {
    database = new Database(file, { readonly: true, fileMustExist: true });
    const rows = database
      .prepare("SELECT migration_name AS migrationName, checksum, finished_at AS finishedAt, rolled_back_at AS rolledBackAt FROM _prisma_migrations")
      .all() as AppliedMigration[];
    return areMigrationsApplied(committedSqliteMigrations(), rows);
  } catch {
    return false;
  } finally {
    database?.close();
  }
}

/**
 * Applies committed migrations (creating the database if needed). Never `db
 * push`. A SQLite database that already records every committed migration
 * is left alone without starting the schema engine (seconds on a small
 * machine); PostgreSQL always goes through `migrate deploy`.
 */
export function migrate(config: AppConfig): void {
  if (config.database.provider === "sqlite" && isSqliteUpToDate(config.database.file)) {
    console.log("Database schema is up to date.");
    return;
  }
  const result = runPrisma(["migrate", "deploy"], { capture: true, env: { DATABASE_URL: config.database.url } });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  if (result.status !== 0) {
    if (config.database.provider === "sqlite" && /SocketTimeout|database is locked/.test(output)) {
      throw new SetupError(
        `Could not apply migrations: ${config.database.file} is in use by another process (is Factdeck already running?). Stop it and try again.`,
      );
    }
    throw new SetupError(`Could not apply migrations to the ${config.database.provider} database:\n${output.trim()}`);
  }
  const applied = /The following migration\(s\) have been applied:[\s\S]*?All migrations have been successfully applied\./.exec(output);
  console.log(applied ? "Applied database migrations." : "Database schema is up to date.");
}

/** Loads demo data (and, as content grows, the content bank) idempotently. */
export function seed(config: AppConfig, env: NodeJS.ProcessEnv): void {
  run(process.execPath, ["--conditions=react-server", "--import", "tsx", "prisma/seed.ts"], {
    env: { ...env, DATABASE_URL: config.database.url, FACTDECK_DEMO: config.isDemo ? "1" : "0" },
  });
}

function buildStamp(): string {
  return hashFiles([...BUILD_INPUTS, ...BUILD_FILES], (file) => /\.test\.tsx?$/.test(file));
}

/** Builds the production bundle unless the sources are unchanged since the last build. */
export function ensureBuilt(env: NodeJS.ProcessEnv): void {
  const stamp = buildStamp();
  if (isStampCurrent(BUILD_STAMP, stamp) && existsSync(path.join(root, ".next/BUILD_ID"))) return;
  console.log("Building the app (the first time takes about a minute)…");
  run(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    env: { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  writeFileSync(path.join(root, BUILD_STAMP), stamp);
}
