import "server-only";
import type { Prisma } from "@/generated/prisma/sqlite/client";
import { db } from "./client";
import { isUniqueViolation, isWriteConflict, withRetry } from "./errors";

type Options = {
  /** Serializable isolation (the default): two racing writers cannot both read the old state. */
  isSerializable?: boolean;
  /** Also run again on a unique key (a racing copy inserted first); write conflicts are always run again (`withRetry`). */
  retryOnDuplicates?: boolean;
  /** How long the transaction may run, in ms (Prisma's default is 5 s): for the few large writes, such as an import. */
  timeoutMs?: number;
};

/**
 * One all-or-nothing unit of work, run again when it lost a race to a
 * concurrent one, so that the second run finds what the first stored.
 */
export function inTransaction<T>(run: (tx: Prisma.TransactionClient) => Promise<T>, { isSerializable = true, retryOnDuplicates = false, timeoutMs }: Options = {}): Promise<T> {
  const timing = timeoutMs === undefined ? {} : { timeout: timeoutMs, maxWait: 10_000 };
  return withRetry(
    () => db().$transaction(run, isSerializable ? { isolationLevel: "Serializable", ...timing } : timing),
    (error) => isWriteConflict(error) || (retryOnDuplicates && isUniqueViolation(error)),
  );
}
