import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Runs the content CLI as `npm run content -- check` does, from the repository root.
const root = path.resolve(import.meta.dirname, "..");
const BROKEN = "tests/fixtures/content-broken";

type Run = { code: number; stdout: string; stderr: string };

function runCli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["--import", "tsx", "scripts/content.ts", ...args], { cwd: root }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const lines = (text: string) => text.split("\n").filter((line) => line !== "");

// One folder per bad input, each a full content tree with one mistake, and
// the one problem line the checker must print for it.
const BROKEN_FIXTURES: Record<string, string> = {
  "bad-yaml": "facts/agreement.yaml:5: YAML syntax error: Implicit keys need to be on a single line",
  "not-a-list": "facts/agreement.yaml:3: a fact file must be a YAML list of facts",
  "fact-not-mapping": "facts/agreement.yaml:3: a fact must be a mapping (id, statement, kind, ...)",
  "unknown-field": "facts/haiti-mission.yaml:36: unknown field said",
  "unknown-kind": 'facts/haiti-mission.yaml:50: kind must be one of fact, claim, quote, opinion, got "rumor"',
  "claim-without-claimant": "facts/haiti-mission.yaml:50: claim without claimant",
  "quote-without-speaker": "facts/haiti-mission.yaml:34: quote without speaker",
  "opinion-without-holder": "facts/haiti-mission.yaml:64: opinion without holder",
  "bad-answer-type":
    'facts/agreement.yaml:8: answer.type must be one of person, organization, country, place, text, number, money, date, list, got "city"',
  "number-without-number": "facts/haiti-mission.yaml:7: missing field answer.number",
  "bad-date": 'facts/agreement.yaml:23: answer.date must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got "2023-9-25"',
  "bad-difficulty": "facts/haiti-mission.yaml:57: difficulty must be one of 1, 2, 3, got 4",
  "unknown-article": "facts/agreement.yaml:44: unknown article gamma-report",
  "unknown-conflict-article": "facts/haiti-mission.yaml:29: unknown article beta-report",
  "quote-not-verbatim": "facts/haiti-mission.yaml:46: quote does not occur in article alpha-report",
  "quote-text-not-in-evidence": "facts/haiti-mission.yaml:36: quote text does not occur in any evidence article (alpha-report)",
  "duplicate-id": `facts/haiti-mission.yaml:48: duplicate fact id agreement-parties (first at ${BROKEN}/duplicate-id/facts/agreement.yaml:34)`,
  "list-duplicates": 'facts/agreement.yaml:40: duplicate list item "Kenya"',
  "no-evidence": "facts/haiti-mission.yaml:58: fact has no evidence",
  "value-not-in-statement": 'facts/agreement.yaml:9: answer value "Nairobi" does not appear in the statement',
  "duplicate-alias": 'facts/haiti-mission.yaml:12: duplicate alias "1,000"',
  "answer-not-an-entity": `facts/agreement.yaml:9: answer value "Mombasa" is not listed under places in ${BROKEN}/answer-not-an-entity/entities.yaml`,
  "article-no-front-matter": "articles/beta-brief.md:1: missing front matter: the file must start with a --- line",
  "article-missing-field": "articles/beta-brief.md:1: missing field source_file",
  "article-unknown-kind":
    'articles/beta-brief.md:6: kind must be one of news-report, news-brief, opinion, press-statement, got "blog-post"',
  "bad-hash": "articles/alpha-report.md:8: body hash mismatch: expected hash 9eb4599b08c3b9d19b71a02d2e53e405fc51c0ad5b189e67343071b60f9d1115",
  "entity-alias-conflict": 'entities.yaml:10: alias "Ruto" of UN Security Council is already used by William Ruto (line 6)',
  "entity-duplicate-name": 'entities.yaml:18: duplicate entity name "Kenya" (first at line 14)',
};

// Each test starts the command line (about a second on a loaded machine).
describe("npm run content -- check", { timeout: 30_000 }, () => {
  it.concurrent("passes on the shipped content and prints a summary", async () => {
    const run = await runCli("check");
    expect(run.stderr).toBe("");
    expect(lines(run.stdout)).toEqual([expect.stringMatching(/^content ok: [1-9]\d* articles, [1-9]\d* facts, 0 problems$/)]);
    expect(run.code).toBe(0);
  });

  it.concurrent("passes on the minimal fixture", async () => {
    const run = await runCli("check", "--dir", "tests/fixtures/content");
    expect(lines(run.stdout)).toEqual(["content ok: 2 articles, 7 facts, 0 problems"]);
    expect(run.code).toBe(0);
  });

  it("has an expected problem for every broken fixture", () => {
    const folders = readdirSync(path.join(root, BROKEN), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(folders.map((entry) => entry.name).sort()).toEqual(Object.keys(BROKEN_FIXTURES).sort());
  });

  for (const [name, problem] of Object.entries(BROKEN_FIXTURES)) {
    it.concurrent(`reports ${name} at its line and exits 1`, async () => {
      const run = await runCli("check", "--dir", `${BROKEN}/${name}`);
      expect(lines(run.stdout)).toEqual([`${BROKEN}/${name}/${problem}`]);
      expect(lines(run.stderr)).toEqual([expect.stringMatching(/^content check failed: \d+ articles?, \d+ facts?, 1 problem$/)]);
      expect(run.code).toBe(1);
    });
  }

  it.concurrent("prints usage and exits 2 without a known command", async () => {
    for (const args of [[], ["build-everything"], ["check", "--dir"], ["check", "--dir", "tests/fixtures/no-such-dir"], ["check", "--verbose"]]) {
      const run = await runCli(...args);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr, args.join(" ")).toContain("Usage: npm run content -- check [--dir <content dir>]");
      expect(run.stdout).toBe("");
    }
  });
});
