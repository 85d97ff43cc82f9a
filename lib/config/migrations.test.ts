import { describe, expect, it } from "vitest";
import { areMigrationsApplied, type AppliedMigration } from "./migrations";

const files = [
  { name: "20261125232402_init", checksum: "aa" },
  { name: "20261126001138_classes", checksum: "bb" },
];

function row(migrationName: string, checksum: string, overrides: Partial<AppliedMigration> = {}): AppliedMigration {
  return { migrationName, checksum, finishedAt: "2026-12-03T10:00:00Z", rolledBackAt: null, ...overrides };
}

describe("areMigrationsApplied", () => {
  it("is true when every migration is applied with its checksum", () => {
    expect(areMigrationsApplied(files, [row("20261125232402_init", "aa"), row("20261126001138_classes", "bb")])).toBe(true);
  });

  it("is false for a missing migration, an edited one, an unfinished one or one rolled back", () => {
    expect(areMigrationsApplied(files, [row("20261125232402_init", "aa")])).toBe(false);
    expect(areMigrationsApplied(files, [row("20261125232402_init", "aa"), row("20261126001138_classes", "cc")])).toBe(false);
    expect(areMigrationsApplied(files, [row("20261125232402_init", "aa"), row("20261126001138_classes", "bb", { finishedAt: null })])).toBe(false);
    expect(
      areMigrationsApplied(files, [row("20261125232402_init", "aa"), row("20261126001138_classes", "bb", { rolledBackAt: "2026-12-03T11:00:00Z" })]),
    ).toBe(false);
  });

  it("counts a rolled-back attempt followed by a finished one as applied", () => {
    const rows = [row("20261125232402_init", "aa"), row("20261126001138_classes", "bb", { finishedAt: null, rolledBackAt: "x" }), row("20261126001138_classes", "bb")];
    expect(areMigrationsApplied(files, rows)).toBe(true);
  });
});
