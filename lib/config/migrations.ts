// Whether a database already has every committed migration, so that start-up
// can skip `prisma migrate deploy` (which spawns the schema engine, seconds
// on this machine) when there is nothing to apply.

/** A committed migration: its folder name and the SHA-256 (hex) of its migration.sql, as Prisma records it. */
export type MigrationFile = { name: string; checksum: string };

/** A row of Prisma's `_prisma_migrations` table. */
export type AppliedMigration = { migrationName: string; checksum: string; finishedAt: unknown; rolledBackAt: unknown };

/**
 * True when every committed migration is recorded as applied, finished, not
 * rolled back, with the same checksum. A missing, unfinished or edited one
 * means `migrate deploy` must run (it applies or reports it).
 */
export function areMigrationsApplied(files: MigrationFile[], applied: AppliedMigration[]): boolean {
  const finished = new Map<string, string>();
  for (const row of applied) if (row.finishedAt != null && row.rolledBackAt == null) finished.set(row.migrationName, row.checksum);
  return files.every((file) => finished.get(file.name) === file.checksum);
}
