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
 * A transaction lost a write conflict or a serialization check: running it
 * again is safe. Prisma reports it as P2034, or (from inside an interactive
 * transaction) as the driver adapter's TransactionWriteConflict. On SQLite a
 * transaction that read before it wrote is refused at once (busy, P1008)
 * when another connection wrote meanwhile: the busy timeout does not wait
 * for that case, and running it again is just as safe.
 */
export function isWriteConflict(error: unknown): boolean {
  return (
    (isPrismaKnownError(error) && (error.code === "P2034" || error.code === "P1008")) ||
    driverErrorKind(error) === "TransactionWriteConflict" ||
    driverErrorKind(error) === "SocketTimeout"
  );
}

/**
 * Runs a transaction, again up to `tries` times while it loses to a
 * concurrent one (`shouldRetry`). Each run must be all-or-nothing.
 */
export async function withRetry<T>(run: () => Promise<T>, shouldRetry: (error: unknown) => boolean, tries = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= tries || !shouldRetry(error)) throw error;
    }
  }
}
