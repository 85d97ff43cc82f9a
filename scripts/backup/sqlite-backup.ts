// Backing up and restoring the SQLite database, for `npm run db:backup` and
// `npm run db:restore` (scripts/db-backup.ts, scripts/db-restore.ts). The
// argument parsing, names and migration check are in lib/backup/.
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { checkMigrations, hasSqliteHeader } from "../../lib/backup/backup-files";

/** A refusal or a failure with a message for the person at the terminal. */
export class BackupError extends Error {}

/** The tables whose rows a backup and a restore count, for the person to compare. */
export const COUNTED_TABLES = ["User", "Class", "Assignment", "Attempt", "Card", "ReviewLog"] as const;
export type RowCounts = Record<(typeof COUNTED_TABLES)[number], number>;

/** A path as the person typed it: relative to the working folder when inside it. */
export function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
}

/** "User 12, Class 2, ...": the counts on one line. */
export function describeCounts(counts: RowCounts): string {
  return COUNTED_TABLES.map((table) => `${table} ${counts[table].toLocaleString("en-US")}`).join(", ");
}

export type DatabaseSummary = { file: string; bytes: number; counts: RowCounts; migrations: string[] };

/**
 * Pages copied in one step of the backup: all of them. The copy then reads
 * one snapshot (in WAL mode the app's writes go on meanwhile); copied in
 * smaller steps, SQLite starts the copy over whenever another process
 * writes between two steps, and under steady writes it may never finish.
 */
const ALL_PAGES = 0x7fffffff;

/** The migrations this version of Factdeck has, oldest first. */
export function knownMigrations(root: string): string[] {
  return readdirSync(path.join(root, "prisma/migrations"))
    .filter((entry) => /^\d{14}_/.test(entry))
    .sort();
}

function readHeader(file: string): Uint8Array {
  const bytes = new Uint8Array(16);
  const handle = openSync(file, "r");
  try {
    readSync(handle, bytes, 0, bytes.length, 0);
  } finally {
    closeSync(handle);
  }
  return bytes;
}

function fsyncFile(file: string): void {
  const handle = openSync(file, "r");
  try {
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
}

function tableExists(database: Database.Database, name: string): boolean {
  return database.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/**
 * Checks an open database: PRAGMA integrity_check must answer "ok", and it
 * must have Factdeck's tables. Returns its row counts and applied migrations.
 */
function inspect(database: Database.Database, label: string): { counts: RowCounts; migrations: string[] } {
  const problems = database.pragma("integrity_check", { simple: false }) as Array<{ integrity_check: string }>;
  const verdict = problems.map((row) => row.integrity_check);
  if (verdict.length !== 1 || verdict[0] !== "ok") {
    throw new BackupError(`${label} failed PRAGMA integrity_check:\n  ${verdict.slice(0, 10).join("\n  ")}`);
  }
  const missing = ["_prisma_migrations", ...COUNTED_TABLES].filter((table) => !tableExists(database, table));
  if (missing.length > 0) throw new BackupError(`${label} is not a Factdeck database (it has no ${missing.join(", ")} table).`);
  const counts = Object.fromEntries(
    COUNTED_TABLES.map((table) => [table, Number((database.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n)]),
  ) as RowCounts;
  const migrations = (
    database.prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name").all() as Array<{
      migration_name: string;
    }>
  ).map((row) => row.migration_name);
  return { counts, migrations };
}

/** Milliseconds the backup waits for a lock the app holds (as long as the app's own writers wait). */
const BUSY_TIMEOUT_MS = 15_000;

function openExisting(file: string, label: string): Database.Database {
  if (!existsSync(file) || !statSync(file).isFile()) throw new BackupError(`No file at ${file}.`);
  if (!hasSqliteHeader(readHeader(file))) throw new BackupError(`${label} is not a SQLite database.`);
  return new Database(file, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
}

/**
 * Writes a consistent copy of the database `source` to `destination` with
 * SQLite's online backup API, while the app may be reading and writing it.
 * The copy is written beside its final name and renamed when it passed
 * PRAGMA integrity_check, so `destination` is never a partial file.
 */
export async function backupSqlite(source: string, destination: string): Promise<DatabaseSummary> {
  if (existsSync(destination)) throw new BackupError(`${destination} exists already: choose another file name.`);
  const database = openExisting(source, `The database ${source}`);
  const partial = `${destination}.partial`;
  try {
    mkdirSync(path.dirname(destination), { recursive: true });
    rmSync(partial, { force: true });
    await database.backup(partial, { progress: () => ALL_PAGES });
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    database.close();
  }
  try {
    const copy = new Database(partial, { fileMustExist: true });
    let summary: { counts: RowCounts; migrations: string[] };
    try {
      // A backup is one self-contained file: no -wal beside it, whoever opens it (the app turns WAL on again when it opens a restored one).
      copy.pragma("journal_mode = DELETE");
      summary = inspect(copy, `The copy ${partial}`);
    } finally {
      copy.close();
    }
    fsyncFile(partial);
    renameSync(partial, destination);
    return { file: destination, bytes: statSync(destination).size, ...summary };
  } finally {
    rmSync(partial, { force: true });
    rmSync(`${partial}-wal`, { force: true });
    rmSync(`${partial}-shm`, { force: true });
  }
}

/**
 * Copies the database about to be replaced to `keptCopy`, after making sure
 * no other connection has it open: leaving WAL mode needs the only
 * connection, so SQLite itself answers (an app that has not opened the
 * database yet will open the restored one). A file SQLite cannot read (the
 * reason for some restores) is kept as it is.
 */
async function keepCurrent(target: string, keptCopy: string): Promise<void> {
  let current: Database.Database | null = null;
  try {
    current = new Database(target, { fileMustExist: true, timeout: 0 });
    current.pragma("journal_mode = DELETE");
    await current.backup(keptCopy, { progress: () => ALL_PAGES });
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    if (code === "SQLITE_BUSY") throw new BackupError(`${target} is in use (is Factdeck running?): stop the app, then restore again. Nothing was changed.`);
    if (!/^SQLITE_(NOTADB|CORRUPT)/.test(code)) throw error;
    rmSync(keptCopy, { force: true });
    for (const suffix of ["", "-wal"]) if (existsSync(`${target}${suffix}`)) copyFileSync(`${target}${suffix}`, `${keptCopy}${suffix}`);
  } finally {
    current?.close();
  }
}

export type RestoreResult = DatabaseSummary & { keptCopy: string | null; pending: string[] };

/**
 * Replaces the database `target` with the backup `backup`:
 * 1. copies the backup beside the target and checks the copy (a SQLite file,
 *    integrity_check "ok", Factdeck's tables, migrations this version knows);
 * 2. refuses when another connection has the target open (the app running);
 * 3. keeps a copy of the current database in `keepDir` (keepCurrent);
 * 4. removes the target's -wal, -shm and -journal files (SQLite would
 *    otherwise apply the old database's log to the restored one; the
 *    current database was checkpointed into its file in step 2, and its
 *    copy kept in step 3) and renames the checked
 *    copy over the target, so the target is always one whole database.
 * The caller then applies the migrations in `pending`.
 */
export async function restoreSqlite(options: { target: string; backup: string; keepDir: string; keptName: string; known: readonly string[] }): Promise<RestoreResult> {
  const { target, backup, keepDir, keptName, known } = options;
  if (existsSync(target) && path.resolve(backup) === path.resolve(target)) throw new BackupError(`${backup} is the database itself: name a backup file.`);
  const incoming = `${target}.restoring`;
  const removeIncoming = () => ["", "-wal", "-shm", "-journal"].forEach((suffix) => rmSync(`${incoming}${suffix}`, { force: true }));

  openExisting(backup, backup).close();
  mkdirSync(path.dirname(target), { recursive: true });
  removeIncoming();
  copyFileSync(backup, incoming);
  try {
    const copy = new Database(incoming, { fileMustExist: true });
    let checked: { counts: RowCounts; migrations: string[] };
    try {
      checked = inspect(copy, backup);
    } finally {
      copy.close();
    }
    const fit = checkMigrations(checked.migrations, known);
    if (!fit.ok) throw new BackupError(`${backup} cannot be restored: ${fit.error}.`);
    fsyncFile(incoming);

    let keptCopy: string | null = null;
    if (existsSync(target)) {
      keptCopy = path.join(keepDir, keptName);
      if (existsSync(keptCopy)) throw new BackupError(`${keptCopy} exists already: wait a second and restore again. Nothing was changed.`);
      mkdirSync(keepDir, { recursive: true });
      await keepCurrent(target, keptCopy);
    }
    for (const suffix of ["-wal", "-shm", "-journal"]) rmSync(`${target}${suffix}`, { force: true });
    renameSync(incoming, target);
    fsyncFile(path.dirname(target));
    return { file: target, bytes: statSync(target).size, ...checked, keptCopy, pending: fit.pending };
  } finally {
    removeIncoming();
  }
}
