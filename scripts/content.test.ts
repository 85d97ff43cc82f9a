import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ContentFile } from "@/lib/content/parse";
import { formatProblem } from "@/lib/content/parse";
import { CONTENT_EDITS, FIXTURE_DIR, applyEdit, expectedLine, fixtureFiles, type ContentEdit } from "@/tests/fixtures/content-edits";
import { checkContent } from "@/server/content/build-item-bank";

// `npm run content`: the check that the command line runs (checkContent, the
// checker and the quality gate) on the fixture with each edit of
// tests/fixtures/content-edits.ts, in process; then the command line itself,
// spawned as package.json runs it, a few times (each spawn costs a second).
const root = path.resolve(import.meta.dirname, "..");

const scratch = mkdtempSync(path.join(os.tmpdir(), "content-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes the fixture's files (paths under FIXTURE_DIR) to a new directory; returns its path relative to the repository root. */
function writeContentDir(files: ContentFile[]): string {
  const dir = mkdtempSync(path.join(scratch, "content-"));
  for (const file of files) {
    const target = path.join(dir, file.path.slice(FIXTURE_DIR.length + 1));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.text);
  }
  return path.relative(root, dir).split(path.sep).join("/");
}

function editOf(name: string): ContentEdit {
  const edit = CONTENT_EDITS.find((entry) => entry.name === name);
  if (!edit) throw new Error(`no edit "${name}"`);
  return edit;
}

type Run = { code: number; stdout: string; stderr: string };

function runCli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/content.ts", ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const lines = (text: string) => text.split("\n").filter((line) => line !== "");

describe("content check on the fixture with one edit: the one line for its rule", () => {
  for (const edit of CONTENT_EDITS) {
    it(`${edit.name}`, () => {
      const dir = writeContentDir(applyEdit(fixtureFiles(), edit));
      expect(checkContent(root, dir).problems.map(formatProblem)).toEqual([expectedLine(edit, dir)]);
    });
  }
});

describe("content check on the fixture", () => {
  it("passes, with an item for every fact", () => {
    const { bank, items, problems } = checkContent(root, FIXTURE_DIR);
    expect(problems).toEqual([]);
    const withItems = new Set(items.flatMap((item) => item.factIds));
    expect(bank.facts.filter((fact) => !withItems.has(fact.id)).map((fact) => fact.id)).toEqual([]);
  });

  it("adds generated wrong options to the curator's when the curator gives fewer than three", () => {
    const fewer = { name: "two distractors", file: "facts/agreement.yaml", find: '["Mombasa", "Kisumu", "Port-au-Prince"]', replace: '["Mombasa", "Kisumu"]', expected: "" };
    const { items, problems } = checkContent(root, writeContentDir(applyEdit(fixtureFiles(), fewer)));
    expect(problems.map(formatProblem)).toEqual([]);
    const item = items.find((candidate) => candidate.type === "multiple-choice" && candidate.factIds[0] === "agreement-signing-place");
    // Port-au-Prince is the one city of the story left.
    expect(item && "options" in item ? [...item.options].sort() : null).toEqual(["Kisumu", "Mombasa", "Nairobi", "Port-au-Prince"]);
  });
});

describe("npm run content", { timeout: 60_000 }, () => {
  it.concurrent("check passes on the shipped content and prints its counts", async () => {
    const run = await runCli("check");
    const { bank, items } = checkContent(root);
    expect(run.stderr).toBe("");
    expect(lines(run.stdout)).toEqual([`content ok: ${bank.articles.length} articles, ${bank.facts.length} facts, ${items.length} items, 0 problems`]);
    expect(bank.articles.length).toBeGreaterThan(0);
    expect(run.code).toBe(0);
  });

  it.concurrent("check --dir passes on the fixture", async () => {
    const run = await runCli("check", "--dir", FIXTURE_DIR);
    const { items } = checkContent(root, FIXTURE_DIR);
    expect(lines(run.stdout)).toEqual([`content ok: 3 articles, 10 facts, ${items.length} items, 0 problems`]);
    expect(run.code).toBe(0);
  });

  it.concurrent("check --dir prints the problem of a broken content directory and exits 1", async () => {
    const edit = editOf("an unknown field");
    const dir = writeContentDir(applyEdit(fixtureFiles(), edit));
    const run = await runCli("check", "--dir", dir);
    expect(lines(run.stdout)).toEqual([expectedLine(edit, dir)]);
    expect(lines(run.stderr)).toEqual([expect.stringMatching(/^content check failed: 3 articles, 9 facts, \d+ items, 1 problem$/)]);
    expect(run.code).toBe(1);
  });

  it.concurrent("prints usage and exits 2 on a bad command line", async () => {
    const cases = [[], ["check", "--dir", "tests/fixtures/no-such-dir"], ["export", "--format", "pdf"]];
    const runs = await Promise.all(cases.map((args) => runCli(...args)));
    runs.forEach((run, index) => {
      const args = cases[index]?.join(" ") ?? "";
      expect(run.code, args).toBe(2);
      expect(run.stderr, args).toContain("Usage: npm run content -- check [--dir <content dir>]");
      expect(run.stdout, args).toBe("");
    });
    expect(lines(runs[1]?.stderr ?? "")[0]).toBe("Not a directory: tests/fixtures/no-such-dir");
    expect(lines(runs[2]?.stderr ?? "")[0]).toBe("--format must be one of json, csv, gift");
  });

  it.concurrent("review --out writes a Markdown sheet with every item", async () => {
    const out = path.join(scratch, "review-sheet.md");
    const run = await runCli("review", "--out", out);
    const { items } = checkContent(root);
    expect(run.code).toBe(0);
    expect(lines(run.stdout)).toEqual([`review sheet: ${items.length} items written to ${out}`]);
    const sheet = readFileSync(out, "utf8");
    expect(sheet.startsWith("# Review sheet\n")).toBe(true);
    const headings = sheet.split("\n").filter((line) => line.startsWith("### ")).map((line) => line.slice(4).split(" · ")[0]);
    expect(headings).toEqual(items.map((item) => item.id));
  });

  it.concurrent("export --format csv writes one row per distinct front", async () => {
    const run = await runCli("export", "--format", "csv");
    expect(run.code).toBe(0);
    const rows = lines(run.stdout).map((line) => line.split("\t"));
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) expect(row, row.join(" | ")).toHaveLength(2);
    const fronts = rows.map(([front = ""]) => front.trim().toLowerCase().replace(/\s+/g, " "));
    const repeated = fronts.filter((front, index) => fronts.indexOf(front) !== index);
    expect(repeated).toEqual([]);
  });
});
