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
 * Throws RateLimitedError, saying when to try again, if any key (e.g.
 * "account:NAME", "ip:ADDRESS") has used up its tries. Counts nothing.
 */
export async function assertNotRateLimited(kind: RateLimitKind, keys: Array<string | undefined>): Promise<void> {
  let waitMs = 0;
  for (const key of present(keys)) {
    const state = await limiter(kind).get(key);
    if (state && state.consumedPoints >= RATE_LIMITS[kind].points) waitMs = Math.max(waitMs, state.msBeforeNext);
  }
  if (waitMs > 0) throw new RateLimitedError(Math.max(1, Math.ceil(waitMs / 1000)));
}

/** Counts a failed try (a wrong password, a wrong join code) against every key. */
export async function recordFailedTry(kind: RateLimitKind, keys: Array<string | undefined>): Promise<void> {
  for (const key of present(keys)) {
    try {
      await limiter(kind).consume(key);
    } catch (error) {
      // Already over the limit: assertNotRateLimited reports it on the next try.
      if (!(error instanceof RateLimiterRes)) throw error;
    }
  }
}
