import { describe, expect, it } from "vitest";
import { isUniqueViolation, isWriteConflict, RETRY_TRIES, retryDelayMs, withRetry } from "./errors";

describe("isWriteConflict", () => {
  it.each([
    ["a serialization failure", { code: "P2034" }, true],
    ["SQLite refusing a writer (busy)", { code: "P1008" }, true],
    ["the adapter's busy error", { cause: { kind: "SocketTimeout" } }, true],
    ["the adapter's write conflict", { cause: { kind: "TransactionWriteConflict" } }, true],
    ["a unique violation", { code: "P2002" }, false],
    ["any other error", new Error("boom"), false],
  ])("%s: %s", (_label, error, expected) => {
    expect(isWriteConflict(error)).toBe(expected);
  });
});

describe("withRetry", () => {
  const noWait = { random: () => 0 };

  it("runs a transaction again after a write conflict until it succeeds", async () => {
    let runs = 0;
    await expect(withRetry(async () => (++runs < 3 ? Promise.reject({ code: "P1008" }) : "stored"), isWriteConflict, noWait)).resolves.toBe("stored");
    expect(runs).toBe(3);
  });

  it("gives up after `tries` runs (RETRY_TRIES unless told) and throws the last error", async () => {
    let runs = 0;
    await expect(withRetry(() => (++runs, Promise.reject({ code: "P2034" })), isWriteConflict, { ...noWait, tries: 4 })).rejects.toEqual({ code: "P2034" });
    expect(runs).toBe(4);
    runs = 0;
    await expect(withRetry(() => (++runs, Promise.reject({ cause: { kind: "TransactionWriteConflict" } })), isWriteConflict, noWait)).rejects.toBeDefined();
    expect(runs).toBe(RETRY_TRIES);
  });

  it("does not run again on an error that is not a conflict", async () => {
    let runs = 0;
    await expect(withRetry(() => (++runs, Promise.reject({ code: "P2002" })), isWriteConflict, noWait)).rejects.toEqual({ code: "P2002" });
    expect(runs).toBe(1);
    runs = 0;
    await expect(withRetry(() => (++runs, Promise.reject(new Error("boom"))), isUniqueViolation, noWait)).rejects.toThrow("boom");
    expect(runs).toBe(1);
  });

  it("waits a random time before each new run, up to a limit that doubles to a cap", async () => {
    const waits: number[] = [];
    let runs = 0;
    const started = Date.now();
    await withRetry(async () => (++runs < 4 ? Promise.reject({ code: "P2034" }) : "stored"), isWriteConflict, {
      firstDelayMs: 20,
      random: () => {
        waits.push(runs);
        return 0.99;
      },
    });
    // Three waits (after runs 1, 2 and 3) of nearly 20, 40 and 80 ms.
    expect(waits).toEqual([1, 2, 3]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(19 + 39 + 79 - 5);
  });
});

describe("retryDelayMs", () => {
  it("is full jitter: between 0 and a limit that doubles from firstDelayMs up to maxDelayMs", () => {
    const options = { firstDelayMs: 10, maxDelayMs: 1000 };
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, { ...options, random: () => 0.5 }))).toEqual([5, 10, 20, 40]);
    expect(retryDelayMs(12, { ...options, random: () => 0.5 })).toBe(500);
    expect(retryDelayMs(3, { ...options, random: () => 0 })).toBe(0);
    const spread = new Set(Array.from({ length: 50 }, () => retryDelayMs(8, options)));
    expect(spread.size).toBeGreaterThan(10);
    expect(Math.max(...spread)).toBeLessThan(1000);
  });
});
