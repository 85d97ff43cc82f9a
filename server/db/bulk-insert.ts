import "server-only";
import type { Prisma } from "@/generated/prisma/sqlite/client";
import { databaseProvider } from "./client";

/** How a column's value is bound: as is, or a JSON value written as its text (jsonb on PostgreSQL). */
export type ColumnKind = "value" | "json";

/** Rows per statement: SQLite binds at most 32,766 parameters, PostgreSQL 65,535. */
const MAX_PARAMETERS = 30_000;

/** A value as the driver binds it: JSON as text; on SQLite a boolean as 0/1 and an instant as ISO text (how the adapter stores DateTime). */
function bound(value: unknown, isJson: boolean, isPostgres: boolean): unknown {
  if (value === undefined || value === null) return null;
  if (isJson) return JSON.stringify(value);
  if (isPostgres) return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  return value;
}

/**
 * Inserts many rows into one table with multi-row INSERT statements and
 * bound parameters, in the caller's transaction. For the few writes of
 * thousands of rows at once (a card import): Prisma's createMany spends
 * about 25 µs per value on this stack, 20 times this (docs/BENCHMARKS.md,
 * `npm run bench:import`). `table` and `columns` are this code's own names,
 * never input; every value is a bound parameter. Columns left out take
 * their defaults, so each row must give every column listed.
 */
export async function insertRows(
  tx: Prisma.TransactionClient,
  table: string,
  columns: Record<string, ColumnKind>,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  const names = Object.keys(columns);
  if (rows.length === 0 || names.length === 0) return;
  const isPostgres = databaseProvider() === "postgresql";
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / names.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const parameters: unknown[] = [];
    const tuples = chunk.map((row) => {
      const placeholders = names.map((name) => {
        const value = row[name];
        const isJson = columns[name] === "json";
        parameters.push(bound(value, isJson, isPostgres));
        if (!isPostgres) return "?";
        return isJson ? `$${parameters.length}::jsonb` : `$${parameters.length}`;
      });
      return `(${placeholders.join(", ")})`;
    });
    const quoted = names.map((name) => `"${name}"`).join(", ");
    await tx.$executeRawUnsafe(`INSERT INTO "${table}" (${quoted}) VALUES ${tuples.join(", ")}`, ...parameters);
  }
}
