import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { RateLimitedError } from "@/lib/actions/result";
import { db } from "@/server/db/client";

/**
 * Fixed-window limits: tries allowed per window (seconds). None is keyed on
 * a name anyone can type for someone else's account: a stranger cannot use
 * them to lock an owner out (sign-ins per account slow down instead, below).
 */
export const RATE_LIMITS = {
  /** Failed sign-ins from one address (the socket's, or as TRUSTED_PROXIES allows), whatever the account: stops guessing across many accounts. */
  "sign-in-address": { points: 100, duration: 15 * 60 },
  /** Wrong join codes from one student account. */
  "join-code": { points: 10, duration: 10 * 60 },
  /** Students joining one class by its code: a code passed around beyond the class cannot fill it. */
  "class-joins": { points: 100, duration: 60 * 60 },
  /** Accounts made from one address. */
  "sign-up": { points: 30, duration: 60 * 60 },
} as const;

export type RateLimitKind = keyof typeof RATE_LIMITS;

/**
 * Sign-ins per account slow down instead of locking: the first few failures
 * cost nothing, then each further try must wait for the one before it, twice
 * as long each time, up to a cap. An attacker gets one guess per cap at most;
 * the owner's right password works once the current wait is over, and a
 * successful sign-in clears the count.
 */
export const SIGN_IN_DELAYS = { freeFailures: 5, firstDelaySeconds: 1, maxDelaySeconds: 120, windowSeconds: 24 * 60 * 60 } as const;

/** The wait before the next try after the n-th failure in a row (0 while it is free). */
export function signInDelaySeconds(failures: number): number {
  const { freeFailures, firstDelaySeconds, maxDelaySeconds } = SIGN_IN_DELAYS;
  if (failures < freeFailures) return 0;
  return Math.min(maxDelaySeconds, firstDelaySeconds * 2 ** (failures - freeFailures));
}

const limiters = new Map<string, RateLimiterPrisma>();

// Counters live in the database (RateLimiterFlexible), so every app instance
// behind a load balancer shares them.
function limiter(name: string, points: number, duration: number): RateLimiterPrisma {
  let existing = limiters.get(name);
  if (!existing) {
    existing = new RateLimiterPrisma({ storeClient: db(), tableName: "rateLimiterFlexible", keyPrefix: name, points, duration, clearExpiredByTimeout: false });
    limiters.set(name, existing);
  }
  return existing;
}

const fixed = (kind: RateLimitKind) => limiter(kind, RATE_LIMITS[kind].points, RATE_LIMITS[kind].duration);
// Failures per account in a row (no limit of its own: it sets the wait), and
// the gate each try passes once the wait since the last one is over.
const signInFailures = () => limiter("sign-in-failures", Number.MAX_SAFE_INTEGER, SIGN_IN_DELAYS.windowSeconds);
const signInGate = () => limiter("sign-in-gate", 1, SIGN_IN_DELAYS.firstDelaySeconds);

function retryAfter(ms: number): RateLimitedError {
  return new RateLimitedError(Math.max(1, Math.ceil(ms / 1000)));
}

/**
 * Counts a try against `key` before the answer is checked, and throws
 * RateLimitedError, saying when to try again, past the limit. Counting first
 * means tries sent at the same moment cannot slip past it. A try that turns
 * out right is forgiven (forgiveTry), so only failures use up the limit. No
 * key (an address the server could not tell): nothing is counted.
 */
export async function countTry(kind: RateLimitKind, key: string | undefined): Promise<void> {
  if (!key) return;
  try {
    await fixed(kind).consume(key);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    throw retryAfter(error.msBeforeNext);
  }
}

/** Gives back the try counted for a right answer. */
export async function forgiveTry(kind: RateLimitKind, key: string | undefined): Promise<void> {
  if (key) await fixed(kind).reward(key, 1);
}

/**
 * Before a password for `account` is checked: counts the try, and once the
 * free failures are used up, lets it through only if the wait set by the
 * previous try is over (else RateLimitedError with the seconds left; a try
 * refused here is not counted). Of tries sent at one moment, only one passes
 * each wait.
 */
export async function beginSignInTry(account: string): Promise<void> {
  const counted = await signInFailures().consume(account);
  const failuresBefore = counted.consumedPoints - 1;
  if (failuresBefore < SIGN_IN_DELAYS.freeFailures - 1) return;
  try {
    // Passing the gate closes it for as long as the next try must wait.
    await signInGate().consume(account, 1, { customDuration: Math.max(1, signInDelaySeconds(failuresBefore + 1)) });
  } catch (error) {
    await signInFailures().reward(account, 1);
    if (!(error instanceof RateLimiterRes)) throw error;
    throw retryAfter(error.msBeforeNext);
  }
}

/** The password was right: the account's failures and wait are cleared. */
export async function signInSucceeded(account: string): Promise<void> {
  await signInFailures().delete(account);
  await signInGate().delete(account);
}

/**
 * The counters that name a user, as a filter on the table: rate-limiter-flexible
 * stores each under `${limiter}:${key}`, and a key names an account as
 * `account:ID` and a name typed at sign-in as `login:NAME` (their username or
 * email). Matching the key's end covers every limiter, new ones included.
 * For the export and deletion of an account (decision 021).
 */
export function counterRowsOf(user: { id: string; username: string; email: string | null }) {
  const names = [user.username, ...(user.email ? [user.email] : [])];
  return { OR: [{ key: { endsWith: `:account:${user.id}` } }, ...names.map((name) => ({ key: { endsWith: `:login:${name}` } }))] };
}

/** The counters of one class (joins by its code, `class:ID`), for its deletion (decision 021). */
export function classCounterRows(classId: string) {
  return { key: { endsWith: `:class:${classId}` } };
}
