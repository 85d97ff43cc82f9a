import "server-only";

type PrismaKnownError = { code: string; meta?: Record<string, unknown> };

function isPrismaKnownError(error: unknown): error is PrismaKnownError {
  return typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string";
}

/** A unique constraint rejected the write (Prisma P2002). */
export function isUniqueViolation(error: unknown): error is PrismaKnownError {
  return isPrismaKnownError(error) && error.code === "P2002";
}
