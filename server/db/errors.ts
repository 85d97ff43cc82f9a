import "server-only";

type PrismaKnownError = { code: string; meta?: Record<string, unknown> };

function isPrismaKnownError(error: unknown): error is PrismaKnownError {
  return typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string";
}

function driverErrorKind(error: unknown): unknown {
  const cause = (error as { cause?: { kind?: unknown } } | null)?.cause;
  return typeof cause === "object" && cause !== null ? cause.kind : undefined;
}

/**
 * A unique constraint rejected the write: Prisma P2002, or (from inside an
 * interactive transaction) the driver adapter's UniqueConstraintViolation.
 */
export function isUniqueViolation(error: unknown): error is PrismaKnownError {
  return (isPrismaKnownError(error) && error.code === "P2002") || driverErrorKind(error) === "UniqueConstraintViolation";
}

/**
 * A conditional write found its row changed since the transaction read it
 * (another transaction wrote it in between): the work must be done again
 * from a fresh read, like any lost write conflict.
 */
export class StaleRowError extends Error {
  constructor(what: string) {
    super(`${what} changed while it was being written: try again.`);
    this.name = "StaleRowError";
  }
}

/**
 * A transaction lost a write conflict or a serialization check: running it
 * again is safe. Prisma reports it as P2034, or (from inside an interactive
 * transaction) as the driver adapter's TransactionWriteConflict; a
 * conditional write that found its row changed throws StaleRowError. On SQLite a
 * transaction that read before it wrote is refused at once (busy, P1008)
 * when another connection wrote meanwhile: the busy timeout does not wait
 * for that case, and running it again is just as safe.
 */
export function isWriteConflict(error: unknown): boolean {
  return (
    error instanceof StaleRowError ||
    (isPrismaKnownError(error) && (error.code === "P2034" || error.code === "P1008")) ||
    driverErrorKind(error) === "TransactionWriteConflict" ||
    driverErrorKind(error) === "SocketTimeout"
  );
}

export type RetryOptions = {
  /** Runs in all, the first included. */
  tries?: number;
  /** The longest wait before the second run, in ms; it doubles for each run after. */
  firstDelayMs?: number;
  /** No wait is longer than this, in ms. */
  maxDelayMs?: number;
  /** A number in [0, 1): Math.random, or a fixed source in tests. */
  random?: () => number;
};

/**
 * Enough runs for a burst of 50 writers on one row on PostgreSQL (50
 * different reviews of one card at once): each round lets one of them win,
 * and the waits spread the rest out. The unluckiest of the 50 was measured
 * needing up to 14 runs (decision 023).
 */
export const RETRY_TRIES = 20;

/**
 * How long to wait before run `attempt + 1`: "full jitter" (a random time up
 * to an exponentially growing limit), so transactions that lost the same race
 * do not all come back at the same moment and lose again.
 */
export function retryDelayMs(attempt: number, { firstDelayMs = 10, maxDelayMs = 1000, random = Math.random }: RetryOptions = {}): number {
  const limit = Math.min(maxDelayMs, firstDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * limit);
}

/**
 * Runs a transaction, again (up to `tries` runs in all, after a jittered
 * wait) while it loses to a concurrent one (`shouldRetry`). Each run must be
 * all-or-nothing. Any other error, or the last run's, is thrown.
 */
export async function withRetry<T>(run: () => Promise<T>, shouldRetry: (error: unknown) => boolean, options: RetryOptions = {}): Promise<T> {
  const tries = options.tries ?? RETRY_TRIES;
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= tries || !shouldRetry(error)) throw error;
      const delay = retryDelayMs(attempt, options);
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
