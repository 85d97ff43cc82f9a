import "server-only";
import { CARD_STATE } from "@/lib/srs/card";
import { PASSING_RATING } from "@/lib/progress/progress";
import { databaseProvider, db } from "@/server/db/client";

// Counts for the progress page made by the database, one GROUP BY each, so
// a learner with 100,000 cards and their review logs is never read into
// memory. Days (and weeks) are ranges of instants whose boundaries the
// caller computes in the learner's time zone (lib/time/zone dayStart): the
// database only compares instants, the same on SQLite and PostgreSQL, and a
// daylight-saving change is in the boundaries, not in SQL. Only `userId`'s
// rows are read; the caller passes the acting learner's own id.

/**
 * A bound instant. PostgreSQL stores DateTime as timestamp(3) in UTC (the
 * cast ignores the "Z"). SQLite's adapter stores it as text,
 * "2026-11-20T07:00:00.000+00:00", compared as text: bound the same way, a
 * value written "…Z" (server/db/bulk-insert.ts) still compares right, as
 * "Z" sorts after "+".
 */
function instant(value: Date, isPostgres: boolean, index: number): { sql: string; value: string } {
  const iso = value.toISOString();
  return isPostgres ? { sql: `$${index}::timestamp(3)`, value: iso } : { sql: "?", value: iso.replace(/Z$/, "+00:00") };
}

type Query = { sql: string; parameters: unknown[] };

/**
 * `SELECT bucket, …aggregates FROM table WHERE … GROUP BY bucket` where
 * bucket i holds the rows whose `column` lies in [bounds[i], bounds[i + 1]);
 * with `countsEarlier`, bucket 0 also holds every row before bounds[0].
 */
function bucketQuery(table: string, column: string, where: string, whereParameters: unknown[], aggregates: string, bounds: readonly Date[], countsEarlier: boolean): Query {
  const isPostgres = databaseProvider() === "postgresql";
  const parameters: unknown[] = [];
  const bind = (value: unknown) => {
    parameters.push(value);
    return isPostgres ? `$${parameters.length}` : "?";
  };
  const bindInstant = (value: Date) => {
    const bound = instant(value, isPostgres, parameters.length + 1);
    parameters.push(bound.value);
    return bound.sql;
  };
  const cases = bounds.slice(1).map((bound, index) => `WHEN "${column}" < ${bindInstant(bound)} THEN ${index}`);
  const conditions = where.replace(/\$\?/g, () => bind(whereParameters.shift()));
  const lower = countsEarlier ? "" : ` AND "${column}" >= ${bindInstant(bounds[0]!)}`;
  const upper = ` AND "${column}" < ${bindInstant(bounds[bounds.length - 1]!)}`;
  return {
    sql: `SELECT CASE ${cases.join(" ")} END AS "bucket", ${aggregates} FROM "${table}" WHERE ${conditions}${lower}${upper} GROUP BY 1`,
    parameters,
  };
}

async function run<Row extends { bucket: unknown }>(query: Query, buckets: number): Promise<(Row | undefined)[]> {
  const rows = await db().$queryRawUnsafe<Row[]>(query.sql, ...query.parameters);
  const byBucket = new Array<Row | undefined>(buckets).fill(undefined);
  for (const row of rows) if (row.bucket !== null) byBucket[Number(row.bucket)] = row;
  return byBucket;
}

/** Reviews of the learner not undone in each range [bounds[i], bounds[i + 1]). */
export async function reviewCounts(userId: string, bounds: readonly Date[]): Promise<number[]> {
  if (bounds.length < 2) return [];
  const query = bucketQuery("ReviewLog", "reviewedAt", `"userId" = $? AND "undoneAt" IS NULL`, [userId], `COUNT(*) AS "count"`, bounds, false);
  const rows = await run<{ bucket: unknown; count: unknown }>(query, bounds.length - 1);
  return rows.map((row) => Number(row?.count ?? 0));
}

/**
 * Reviews of the learner's cards in review state (not undone) in each range
 * [bounds[i], bounds[i + 1]), and how many of them passed (rated Hard or
 * better): true retention's counts (lib/progress retentionByWeek).
 */
export async function retentionCounts(userId: string, bounds: readonly Date[]): Promise<{ reviews: number; passed: number }[]> {
  if (bounds.length < 2) return [];
  const query = bucketQuery(
    "ReviewLog",
    "reviewedAt",
    `"userId" = $? AND "undoneAt" IS NULL AND "state" = $?`,
    [userId, CARD_STATE.review],
    `COUNT(*) AS "reviews", SUM(CASE WHEN "rating" >= ${PASSING_RATING} THEN 1 ELSE 0 END) AS "passed"`,
    bounds,
    false,
  );
  const rows = await run<{ bucket: unknown; reviews: unknown; passed: unknown }>(query, bounds.length - 1);
  return rows.map((row) => ({ reviews: Number(row?.reviews ?? 0), passed: Number(row?.passed ?? 0) }));
}

/**
 * The learner's scheduled cards (not new) falling due in each range
 * [bounds[i], bounds[i + 1]), with every card due before bounds[0] (overdue)
 * counted in the first: lib/progress forecast's counts.
 */
export async function dueCounts(userId: string, bounds: readonly Date[]): Promise<number[]> {
  if (bounds.length < 2) return [];
  const query = bucketQuery("Card", "due", `"userId" = $? AND "state" <> $?`, [userId, CARD_STATE.new], `COUNT(*) AS "count"`, bounds, true);
  const rows = await run<{ bucket: unknown; count: unknown }>(query, bounds.length - 1);
  return rows.map((row) => Number(row?.count ?? 0));
}
