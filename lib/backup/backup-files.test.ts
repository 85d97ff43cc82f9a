import { describe, expect, it } from "vitest";
import { backupFileName, checkMigrations, formatSize, hasSqliteHeader, keptCopyName, parseBackupArgs, parseRestoreArgs } from "./backup-files";

describe("parseBackupArgs", () => {
  it("takes no file (the default name) or one file", () => {
    expect(parseBackupArgs([])).toEqual({ ok: true, file: null });
    expect(parseBackupArgs(["data/mine.db"])).toEqual({ ok: true, file: "data/mine.db" });
  });

  it("refuses options and a second file, with the usage", () => {
    const option = parseBackupArgs(["--force"]);
    expect(option).toMatchObject({ ok: false });
    expect(!option.ok && option.error).toMatch(/^Unknown option --force\.\nUsage: npm run db:backup/);
    expect(parseBackupArgs(["a.db", "b.db"])).toMatchObject({ ok: false, error: expect.stringMatching(/^Expected one file, got 2/) });
  });
});

describe("parseRestoreArgs", () => {
  it("needs exactly one file", () => {
    expect(parseRestoreArgs(["data/backups/factdeck-20261203-054210.db"])).toEqual({ ok: true, file: "data/backups/factdeck-20261203-054210.db" });
    expect(parseRestoreArgs([])).toMatchObject({ ok: false, error: expect.stringMatching(/^Name the backup file to restore\.\nUsage: npm run db:restore/) });
    expect(parseRestoreArgs(["  "])).toMatchObject({ ok: false });
    expect(parseRestoreArgs(["a.db", "b.db"])).toMatchObject({ ok: false });
    expect(parseRestoreArgs(["-f", "a.db"])).toMatchObject({ ok: false, error: expect.stringMatching(/^Unknown option -f\./) });
  });
});

describe("file names", () => {
  it("stamp the time in UTC, so that names sort by time", () => {
    const now = new Date("2026-12-03T05:42:10.999+03:00");
    expect(backupFileName(now)).toBe("factdeck-20261203-024210.db");
    expect(keptCopyName(now)).toBe("before-restore-20261203-024210.db");
    expect(backupFileName(new Date("2026-01-09T23:05:01Z")) < backupFileName(new Date("2026-01-10T00:00:00Z"))).toBe(true);
  });
});

describe("hasSqliteHeader", () => {
  it("recognizes a SQLite file by its first 16 bytes", () => {
    const header = new TextEncoder().encode("SQLite format 3\0");
    expect(hasSqliteHeader(new Uint8Array([...header, 16, 0]))).toBe(true);
    expect(hasSqliteHeader(new TextEncoder().encode("SQLite format 3 but text"))).toBe(false);
    expect(hasSqliteHeader(header.subarray(0, 10))).toBe(false);
    expect(hasSqliteHeader(new Uint8Array())).toBe(false);
  });
});

describe("checkMigrations", () => {
  const known = ["20261101000000_init", "20261120000000_classes", "20261202000000_sessions"];

  it("accepts the same migrations, and older ones with what is left to apply", () => {
    expect(checkMigrations(known, known)).toEqual({ ok: true, pending: [] });
    expect(checkMigrations(known.slice(0, 1), known)).toEqual({ ok: true, pending: known.slice(1) });
  });

  it("refuses a backup from a newer version, naming the migrations it does not know", () => {
    const result = checkMigrations([...known, "20270101000000_future", "20270102000000_later"], known);
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.error).toBe(
      "it has 2 migrations this version of Factdeck does not know (20270101000000_future, 20270102000000_later): it comes from a newer version; update Factdeck first",
    );
  });

  it("refuses a database with no migrations", () => {
    expect(checkMigrations([], known)).toMatchObject({ ok: false, error: expect.stringMatching(/not a Factdeck database/) });
  });
});

describe("formatSize", () => {
  it("rounds to a readable unit", () => {
    expect(formatSize(512)).toBe("512 B");
    expect(formatSize(1234)).toBe("1.2 kB");
    expect(formatSize(4_096_000)).toBe("4.1 MB");
    expect(formatSize(123_456_789)).toBe("123 MB");
  });
});
