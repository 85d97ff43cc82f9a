import "server-only";
import { hash, verify } from "@node-rs/argon2";

// The one place that knows how passwords are hashed: argon2id with the
// OWASP-recommended minimum (19 MiB memory, 2 iterations, 1 lane).
const OPTIONS = { algorithm: 2 /* Algorithm.Argon2id */, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/**
 * Whether a stored hash was made with weaker settings than today's (another
 * algorithm, less memory, fewer iterations): signing in then stores it again
 * with today's, as the settings rise over the years.
 */
export function needsRehash(passwordHash: string): boolean {
  const found = /^\$argon2id\$v=\d+\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(passwordHash);
  if (!found) return true;
  const [memory, time, lanes] = found.slice(1).map(Number) as [number, number, number];
  return memory < OPTIONS.memoryCost || time < OPTIONS.timeCost || lanes < OPTIONS.parallelism;
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verified when no account matches, so that a wrong username costs as much
// time as a wrong password and does not reveal which usernames exist.
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword("factdeck-no-such-account");
  await verifyPassword(await dummyHash, password);
  return false;
}
