import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRandom, hashSeed, pick, shuffle } from "./seeded-random";

function draws(seed: string, count: number): number[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => random.next());
}

describe("createRandom", () => {
  it("gives the same sequence for the same seed and another for another seed", () => {
    expect(draws("factdeck", 20)).toEqual(draws("factdeck", 20));
    expect(draws("factdeck", 20)).not.toEqual(draws("factdeck!", 20));
    expect(hashSeed("a")).not.toBe(hashSeed("b"));
  });

  it("stays in [0, 1) and gives integers in range", () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 1000 }), (seed, max) => {
        const random = createRandom(seed);
        for (let draw = 0; draw < 50; draw++) {
          const value = random.next();
          const int = random.int(max);
          if (value < 0 || value >= 1 || !Number.isInteger(int) || int < 0 || int >= max) return false;
        }
        return true;
      }),
    );
  });

  it("spreads integers evenly", () => {
    const random = createRandom("spread");
    const counts = new Array<number>(10).fill(0);
    for (let draw = 0; draw < 10_000; draw++) {
      const bucket = random.int(10);
      counts[bucket] = (counts[bucket] ?? 0) + 1;
    }
    for (const count of counts) expect(count).toBeGreaterThan(850);
    for (const count of counts) expect(count).toBeLessThan(1150);
  });
});

describe("shuffle", () => {
  it("returns a permutation and leaves its input alone", () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.string(), (items, seed) => {
        const copy = [...items];
        const shuffled = shuffle(items, createRandom(seed));
        expect(items).toEqual(copy);
        expect([...shuffled].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
    );
  });

  it("is deterministic for a seed and varies across seeds", () => {
    const items = Array.from({ length: 10 }, (_, index) => index);
    expect(shuffle(items, createRandom("x"))).toEqual(shuffle(items, createRandom("x")));
    const orders = new Set(["a", "b", "c", "d", "e"].map((seed) => shuffle(items, createRandom(seed)).join(",")));
    expect(orders.size).toBeGreaterThan(1);
  });

  it("puts every item in every position about as often", () => {
    const random = createRandom("positions");
    const firsts = new Array<number>(4).fill(0);
    for (let round = 0; round < 4000; round++) {
      const first = shuffle([0, 1, 2, 3], random)[0] ?? 0;
      firsts[first] = (firsts[first] ?? 0) + 1;
    }
    for (const count of firsts) expect(count).toBeGreaterThan(850);
  });
});

describe("pick", () => {
  it("picks one of the items", () => {
    fc.assert(fc.property(fc.array(fc.string(), { minLength: 1 }), fc.string(), (items, seed) => items.includes(pick(items, createRandom(seed)))));
  });

  it("throws on an empty list", () => {
    expect(() => pick([], createRandom("empty"))).toThrow();
  });
});
