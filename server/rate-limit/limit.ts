import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { RateLimitedError } from "@/lib/actions/result";
import { db } from "@/server/db/client";

/** Failed tries allowed per minute, per account and per address. */
export const RATE_LIMITS = {
  "sign-in": { points: 10, duration: 60 },
  "join-code": { points: 10, duration: 60 },
} as const;

export type RateLimitKind = keyof typeof RATE_LIMITS;

const limiters = new Map<RateLimitKind, RateLimiterPrisma>();

// Counters live in the database (RateLimiterFlexible), so every app instance
// behind a load balancer shares them.
function limiter(kind: RateLimitKind): RateLimiterPrisma {
  let existing = limiters.get(kind);
  if (!existing) {
    existing = new RateLimiterPrisma({
      storeClient: db(),
      tableName: "rateLimiterFlexible",
      keyPrefix: kind,
      points: RATE_LIMITS[kind].points,
      duration: RATE_LIMITS[kind].duration,
      clearExpiredByTimeout: false,
    });
    limiters.set(kind, existing);
  }
  return existing;
}

function present(keys: Array<string | undefined>): string[] {
  return keys.filter((key): key is string => Boolean(key));
}

/**
 * Counts a try against every key (e.g. "account:ID", "ip:ADDRESS") before
 * the answer is checked, and throws RateLimitedError, saying when to try
 * again, if any key is over its limit. Counting first means tries sent at the
 * same moment cannot slip past the limit. A try that turns out right is
 * forgiven (forgiveTry), so only failures use up the limit.
 */
export async function countTry(kind: RateLimitKind, keys: Array<string | undefined>): Promise<void> {
  let waitMs = 0;
  for (const key of present(keys)) {
    try {
      await limiter(kind).consume(key);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      waitMs = Math.max(waitMs, error.msBeforeNext);
    }
  }
  if (waitMs > 0) throw new RateLimitedError(Math.max(1, Math.ceil(waitMs / 1000)));
}

/** Gives back the try counted for a right answer. */
export async function forgiveTry(kind: RateLimitKind, keys: Array<string | undefined>): Promise<void> {
  for (const key of present(keys)) await limiter(kind).reward(key, 1);
}
