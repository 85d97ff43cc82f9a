// npm run db:backup [-- FILE]: a consistent copy of the SQLite database
// while the app runs (SQLite's online backup API), checked with PRAGMA
// integrity_check; by default data/backups/factdeck-YYYYMMDD-HHMMSS.db
// (UTC). On PostgreSQL it says to use pg_dump instead.
import path from "node:path";
import { backupFileName, formatSize, parseBackupArgs } from "../lib/backup/backup-files";
import { EnvError, parseEnv } from "../lib/config/env";
import { BackupError, backupSqlite, describeCounts, shown } from "./backup/sqlite-backup";
import { loadDotEnv, root } from "./setup";

async function main(): Promise<number> {
  const args = parseBackupArgs(process.argv.slice(2));
  if (!args.ok) {
    console.error(args.error);
    return 2;
  }
  loadDotEnv();
  const { database } = parseEnv(process.env, root);
  if (database.provider === "postgresql") {
    console.error(
      "The database is PostgreSQL: db:backup copies SQLite files only, and nothing was written.\n" +
        'Back PostgreSQL up with its own tool, while the app runs: pg_dump --format=custom --file=factdeck.dump "$DATABASE_URL"\n' +
        'and restore with: pg_restore --clean --if-exists --dbname="$DATABASE_URL" factdeck.dump',
    );
    return 1;
  }
  const destination = path.resolve(args.file ?? path.join(root, "data/backups", backupFileName(new Date())));
  const summary = await backupSqlite(database.file, destination);
  console.log(`Backed up ${shown(database.file)} to ${shown(summary.file)}`);
  console.log(`  size: ${formatSize(summary.bytes)}; integrity_check: ok; migrations: ${summary.migrations.length} (latest ${summary.migrations.at(-1)})`);
  console.log(`  rows: ${describeCounts(summary.counts)}`);
  return 0;
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    if (error instanceof EnvError) console.error(error.problems.map((problem) => `Configuration error: ${problem}`).join("\n"));
    else if (error instanceof BackupError) console.error(error.message);
    else console.error(`The backup failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
