import { describe, expect, it } from "vitest";
import { isWriteConflict, withRetry } from "./errors";

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
  it("runs a transaction again after a busy refusal, at most three times", async () => {
    let runs = 0;
    await expect(withRetry(async () => (++runs < 3 ? Promise.reject({ code: "P1008" }) : "stored"), isWriteConflict)).resolves.toBe("stored");
    expect(runs).toBe(3);
    runs = 0;
    await expect(withRetry(() => (++runs, Promise.reject({ code: "P1008" })), isWriteConflict)).rejects.toEqual({ code: "P1008" });
    expect(runs).toBe(3);
  });
});
