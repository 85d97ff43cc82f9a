// npm test: typecheck, lint, unit tests, migration check, integration tests
// (SQLite) and end-to-end tests (Playwright in Debian's Chromium). Stops at
// the first failing step and ends with one line of totals.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureClientsGenerated, root } from "./setup";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const reports = mkdtempSync(path.join(os.tmpdir(), "factdeck-test-"));
const totals = { passed: 0, failed: 0, skipped: 0 };

function bin(name: string) {
  return path.join(root, "node_modules/.bin", name);
}

function step(title: string, command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✘ ${title} failed after ${seconds} s.`);
    finish(1, title);
  }
  console.log(`✓ ${title} (${seconds} s)`);
}

function countVitest(file: string) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number };
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests;
}

function countPlaywright(file: string) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; skipped: number; flaky: number } };
  totals.passed += report.stats.expected + report.stats.flaky;
  totals.failed += report.stats.unexpected;
  totals.skipped += report.stats.skipped;
}

function finish(code: number, failedStep?: string): never {
  countVitest(path.join(reports, "unit.json"));
  countVitest(path.join(reports, "integration.json"));
  countPlaywright(path.join(reports, "e2e.json"));
  // A step that fails without failing a test (a type error, a server that
  // does not start) still counts as a failure.
  if (failedStep && totals.failed === 0) totals.failed = 1;
  rmSync(reports, { recursive: true, force: true });
  console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(code);
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() === 0) {
    console.log(`${CHROMIUM} is missing: installing Debian's chromium package.`);
    step("Install Chromium", "sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium"]);
    return;
  }
  console.error(
    `The end-to-end tests need Chromium at ${CHROMIUM}. Install it with:\n  sudo apt-get update && sudo apt-get install -y chromium\n(or set CHROMIUM_PATH to another Chromium), then run npm test again.`,
  );
  process.exit(1);
}

ensureChromium();
ensureClientsGenerated();
step("Typecheck", bin("tsc"), ["--noEmit"]);
step("Lint", bin("eslint"), ["--max-warnings=0", "."]);
step("Unit tests", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${path.join(reports, "unit.json")}`]);
step("Content check", process.execPath, ["--import", "tsx", "scripts/content.ts", "check"]);
step("Migrations in step with the model", process.execPath, ["scripts/db-migration.mjs", "--check"]);
step(
  "Integration tests (SQLite)",
  process.execPath,
  ["--import", "tsx", "scripts/test-integration.ts"],
  { DATABASE_URL: "", FACTDECK_TEST_REPORT: path.join(reports, "integration.json") },
);
step("End-to-end tests (Chromium)", bin("playwright"), ["test", "--reporter=list,json"], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(reports, "e2e.json"),
  CHROMIUM_PATH: CHROMIUM,
});
finish(0);
