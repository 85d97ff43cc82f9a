// What `npm run db:backup` and `npm run db:restore` decide without touching
// a file: their arguments, the names of the files they write, and whether a
// backup's migrations fit this version of Factdeck.

export const BACKUP_USAGE = "Usage: npm run db:backup [-- FILE]   (default: data/backups/factdeck-YYYYMMDD-HHMMSS.db)";
export const RESTORE_USAGE = "Usage: npm run db:restore -- FILE   (stop Factdeck first)";

/** The first 16 bytes of every SQLite database file. */
const SQLITE_HEADER = "SQLite format 3\0";

export type ParsedArgs = { ok: true; file: string | null } | { ok: false; error: string };

function parseOneFile(args: readonly string[], usage: string, isRequired: boolean): ParsedArgs {
  const options = args.filter((arg) => arg.startsWith("-"));
  if (options.length > 0) return { ok: false, error: `Unknown option ${options[0]}.\n${usage}` };
  if (args.length > 1) return { ok: false, error: `Expected one file, got ${args.length}.\n${usage}` };
  const file = args[0]?.trim() ?? "";
  if (file === "") return isRequired ? { ok: false, error: `Name the backup file to restore.\n${usage}` } : { ok: true, file: null };
  return { ok: true, file };
}

/** `db:backup [FILE]`: the file to write, or null for the default name. */
export function parseBackupArgs(args: readonly string[]): ParsedArgs {
  return parseOneFile(args, BACKUP_USAGE, false);
}

/** `db:restore FILE`: the backup to restore (required). */
export function parseRestoreArgs(args: readonly string[]): { ok: true; file: string } | { ok: false; error: string } {
  const parsed = parseOneFile(args, RESTORE_USAGE, true);
  return parsed.ok ? { ok: true, file: parsed.file! } : parsed;
}

/** YYYYMMDD-HHMMSS in UTC: names sort by time, whatever the server's zone. */
function stamp(now: Date): string {
  const iso = now.toISOString();
  return `${iso.slice(0, 10).replaceAll("-", "")}-${iso.slice(11, 19).replaceAll(":", "")}`;
}

/** The default backup's file name: factdeck-20261203-054210.db. */
export function backupFileName(now: Date): string {
  return `factdeck-${stamp(now)}.db`;
}

/** The name of the copy of the current database a restore keeps before replacing it. */
export function keptCopyName(now: Date): string {
  return `before-restore-${stamp(now)}.db`;
}

/** Whether a file starting with `bytes` is a SQLite database. */
export function hasSqliteHeader(bytes: Uint8Array): boolean {
  return bytes.length >= SQLITE_HEADER.length && [...SQLITE_HEADER].every((char, index) => bytes[index] === char.charCodeAt(0));
}

export type MigrationCheck = { ok: true; pending: string[] } | { ok: false; error: string };

/**
 * Whether a database with migrations `applied` can be used by this version,
 * which has migrations `known`: every applied one must be known (a backup
 * from a newer version is refused: this version cannot read its schema);
 * the known ones it lacks are applied after the restore.
 */
export function checkMigrations(applied: readonly string[], known: readonly string[]): MigrationCheck {
  if (applied.length === 0) return { ok: false, error: "it has no migrations applied: it is not a Factdeck database" };
  const knownSet = new Set(known);
  const unknown = applied.filter((name) => !knownSet.has(name));
  if (unknown.length > 0) {
    return {
      ok: false,
      error: `it has ${unknown.length === 1 ? "a migration" : `${unknown.length} migrations`} this version of Factdeck does not know (${unknown.join(", ")}): it comes from a newer version; update Factdeck first`,
    };
  }
  const appliedSet = new Set(applied);
  return { ok: true, pending: known.filter((name) => !appliedSet.has(name)) };
}

/** 1,234 bytes as "1.2 kB", and so on: for a person reading the output. */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ["kB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = -1;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}
