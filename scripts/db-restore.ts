// npm run db:restore -- FILE: replaces the SQLite database with a backup
// made by db:backup, then applies any migrations the backup lacks. Stop the
// app first: the restore refuses while another connection has the database
// open. The current database is kept as data/backups/before-restore-*.db.
import path from "node:path";
import { formatSize, keptCopyName, parseRestoreArgs } from "../lib/backup/backup-files";
import { EnvError, parseEnv } from "../lib/config/env";
import { BackupError, describeCounts, shown, knownMigrations, restoreSqlite } from "./backup/sqlite-backup";
import { loadDotEnv, migrate, root, SetupError } from "./setup";

async function main(): Promise<number> {
  const args = parseRestoreArgs(process.argv.slice(2));
  if (!args.ok) {
    console.error(args.error);
    return 2;
  }
  loadDotEnv();
  const config = parseEnv(process.env, root);
  if (config.database.provider === "postgresql") {
    console.error(
      "The database is PostgreSQL: db:restore replaces SQLite files only, and nothing was changed.\n" +
        'Restore a pg_dump file with: pg_restore --clean --if-exists --dbname="$DATABASE_URL" FILE',
    );
    return 1;
  }
  const result = await restoreSqlite({
    target: config.database.file,
    backup: path.resolve(args.file),
    keepDir: path.join(root, "data/backups"),
    keptName: keptCopyName(new Date()),
    known: knownMigrations(root),
  });
  if (result.keptCopy) console.log(`Kept the database as it was in ${shown(result.keptCopy)}`);
  console.log(`Restored ${args.file} to ${shown(result.file)}`);
  console.log(`  size: ${formatSize(result.bytes)}; integrity_check: ok; migrations: ${result.migrations.length}, ${result.pending.length} to apply`);
  console.log(`  rows: ${describeCounts(result.counts)}`);
  if (result.pending.length > 0) migrate(config);
  return 0;
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    if (error instanceof EnvError) console.error(error.problems.map((problem) => `Configuration error: ${problem}`).join("\n"));
    else if (error instanceof BackupError || error instanceof SetupError) console.error(error.message);
    else console.error(`The restore failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
