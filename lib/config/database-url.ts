import path from "node:path";

export type DatabaseProvider = "sqlite" | "postgresql";

export type DatabaseTarget =
  | { provider: "sqlite"; url: string; file: string }
  | { provider: "postgresql"; url: string };

/** Where the SQLite database lives when DATABASE_URL is not set. */
export const DEFAULT_SQLITE_FILE = "data/factdeck.db";

export class DatabaseUrlError extends Error {}

/**
 * Reads DATABASE_URL: empty means the embedded SQLite file under ./data,
 * `file:PATH` a SQLite file (relative to `root`), `postgres://` or
 * `postgresql://` a PostgreSQL server. Anything else is an error whose
 * message names the problem in one line.
 */
export function parseDatabaseUrl(value: string | undefined, root: string): DatabaseTarget {
  const raw = (value ?? "").trim();
  if (raw === "") {
    const file = path.resolve(root, DEFAULT_SQLITE_FILE);
    return { provider: "sqlite", url: `file:${file}`, file };
  }
  if (raw.startsWith("file:")) {
    const filePath = raw.slice("file:".length).replace(/\?.*$/, "");
    if (filePath === "" || filePath.endsWith("/")) {
      throw new DatabaseUrlError(`DATABASE_URL "${raw}" names no SQLite file (expected file:./data/factdeck.db).`);
    }
    const file = path.resolve(root, filePath);
    return { provider: "sqlite", url: `file:${file}`, file };
  }
  if (/^postgres(ql)?:\/\//i.test(raw)) {
    let parsed: URL;
    try {
      parsed = new URL(raw);
    } catch {
      throw new DatabaseUrlError(`DATABASE_URL is not a valid PostgreSQL URL (expected postgresql://USER:PASSWORD@HOST:PORT/DATABASE).`);
    }
    if (!parsed.hostname) {
      throw new DatabaseUrlError(`DATABASE_URL has no host (expected postgresql://USER:PASSWORD@HOST:PORT/DATABASE).`);
    }
    if (parsed.pathname.length <= 1) {
      throw new DatabaseUrlError(`DATABASE_URL names no database (expected postgresql://USER:PASSWORD@HOST:PORT/DATABASE).`);
    }
    return { provider: "postgresql", url: raw };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1];
  throw new DatabaseUrlError(
    scheme
      ? `DATABASE_URL uses the unsupported scheme "${scheme}:" (use file:PATH for SQLite or postgresql://... for PostgreSQL).`
      : `DATABASE_URL is not a URL (use file:PATH for SQLite or postgresql://... for PostgreSQL).`,
  );
}
