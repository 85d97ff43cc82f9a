import { cyrb53 } from "./hash";

// A small deterministic random number generator: the same seed string gives
// the same sequence on every machine, so generated quizzes are reproducible.

export type Random = {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [0, maxExclusive). */
  int(maxExclusive: number): number;
};

/** A 32-bit hash of a string: cyrb53's two lanes folded into one, which spreads short seeds well. */
export function hashSeed(seed: string): number {
  const { high, low } = cyrb53(seed);
  return (high ^ low) >>> 0;
}

/** mulberry32, seeded with the hash of `seed`. */
export function createRandom(seed: string): Random {
  let state = hashSeed(seed);
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (maxExclusive) => Math.floor(next() * maxExclusive) };
}

/** A shuffled copy (Fisher-Yates); the input is left as it is. */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const result = [...items];
  for (let index = result.length - 1; index > 0; index--) {
    const other = random.int(index + 1);
    const item = result[index] as T;
    result[index] = result[other] as T;
    result[other] = item;
  }
  return result;
}

/** One of the items; throws on an empty list. */
export function pick<T>(items: readonly T[], random: Random): T {
  if (items.length === 0) throw new Error("pick() needs at least one item");
  return items[random.int(items.length)] as T;
}
