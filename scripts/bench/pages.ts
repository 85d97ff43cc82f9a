// `npm run bench:pages`: Lighthouse mobile (default throttling, Debian
// Chromium) on the app's pages, N runs each, against Next.js's own empty page
// built and served in the same run. Per page: median performance,
// accessibility, LCP, TBT and first-load JavaScript (the gzipped sizes of the
// scripts the page loads, from Lighthouse's network records).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../lib/demo/accounts";
import { parseEnv } from "../../lib/config/env";
import { ensureBuilt, ensureClientsGenerated, migrate, root, seed } from "../setup";
import { createThrowawayDatabase } from "../throwaway-database";
import { loadLine, reportFigures, type Figure } from "./figures";
import { argument, median, parseRuns } from "./databases";

const USAGE = "Usage: npm run bench:pages -- [--runs N] [--port P] [--figures FILE]";
const args = process.argv.slice(2);
const runs = parseRuns(args, 5, USAGE);
const port = Number(argument(args, "--port") ?? 3400);
const emptyPort = port + 1;
const SECRET = "bench-only-secret-0123456789abcdefghijklmnop";
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** What Lighthouse gives a page: one run's figures, or the medians of several. */
type Scores = { performance: number; accessibility: number; lcp: number; tbt: number; scriptKb: number; failing: string[] };

type Run = Scores & {
  /**
   * The compressed kB of the page's scripts that had finished loading before
   * its largest paint in the unthrottled load Lighthouse observed: its
   * simulation of a slow phone makes the paint wait for their download.
   */
  scriptKbBeforePaint: number;
};

type NetworkRecord = { resourceType?: string; transferSize?: number; networkEndTime?: number };

async function waitForServer(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) throw new Error(`The server at ${url} exited with ${child.exitCode}.`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server at ${url} did not answer.`);
}

function stop(child: ChildProcess): void {
  if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
}

/** Next.js's empty page with the app's own next and react, built in a temporary folder. */
function buildEmptyApp(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), "factdeck-pages-empty-"));
  mkdirSync(path.join(folder, "app"));
  writeFileSync(path.join(folder, "package.json"), JSON.stringify({ name: "empty", private: true, type: "module" }));
  writeFileSync(path.join(folder, "app/layout.tsx"), 'export const metadata = { title: "Empty" };\nexport default function RootLayout({ children }: { children: React.ReactNode }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  );\n}\n');
  writeFileSync(path.join(folder, "app/page.tsx"), "export default function Page() {\n  return <main><h1>Empty page</h1></main>;\n}\n");
  writeFileSync(path.join(folder, "tsconfig.json"), JSON.stringify({ compilerOptions: { target: "ES2017", lib: ["dom", "esnext"], jsx: "preserve", module: "esnext", moduleResolution: "bundler", strict: true, skipLibCheck: true, noEmit: true, esModuleInterop: true, isolatedModules: true, plugins: [{ name: "next" }] }, include: ["**/*.tsx"] }));
  symlinkSync(path.join(root, "node_modules"), path.join(folder, "node_modules"));
  // The packages are the app's own, outside the folder: Turbopack must be allowed to read there.
  writeFileSync(path.join(folder, "next.config.mjs"), `export default { turbopack: { root: ${JSON.stringify(path.parse(folder).root)} } };\n`);
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], { cwd: folder, stdio: "inherit", env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error("The empty app did not build.");
  return folder;
}

/** Signs in over HTTP as next-auth's credentials form does; returns the Cookie header. */
async function signIn(base: string, username: string): Promise<string> {
  const csrfResponse = await fetch(`${base}/api/auth/csrf`);
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, ...value] = pair!.split("=");
      jar.set(name!, value.join("="));
    }
  };
  keep(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie(), Origin: base },
    body: new URLSearchParams({ csrfToken, login: username, password: DEMO_PASSWORD, json: "true" }),
  });
  keep(response);
  if (![...jar.keys()].some((name) => name.includes("session-token"))) throw new Error(`Could not sign in as ${username} (status ${response.status}).`);
  return cookie();
}

async function firstLink(base: string, page: string, prefix: string, cookie?: string): Promise<string> {
  const html = await (await fetch(`${base}${page}`, { headers: cookie ? { Cookie: cookie } : {} })).text();
  const match = new RegExp(`href="(${prefix}[^"?#]+)"`).exec(html);
  if (!match) throw new Error(`No link to ${prefix}… on ${page}.`);
  return match[1]!;
}

async function measure(url: string, chromePort: number, cookie?: string): Promise<Run> {
  const result = await lighthouse(url, { port: chromePort, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"], extraHeaders: cookie ? { Cookie: cookie } : undefined });
  const lhr = result!.lhr;
  const requests = (lhr.audits["network-requests"]?.details as { items?: NetworkRecord[] } | undefined)?.items ?? [];
  const scripts = requests.filter((request) => request.resourceType === "Script");
  const scriptBytes = scripts.reduce((sum, request) => sum + (request.transferSize ?? 0), 0);
  // Lighthouse simulates a slow phone from the load it observed: a script
  // that had finished loading before the observed largest paint is one the
  // simulated paint waits for.
  const paint = (lhr.audits.metrics?.details as { items?: { observedLargestContentfulPaint?: number }[] } | undefined)?.items?.[0]?.observedLargestContentfulPaint ?? 0;
  const loadedBeforePaint = scripts.filter((request) => (request.networkEndTime ?? Infinity) <= paint);
  const failing = Object.values(lhr.audits)
    .filter((audit) => audit.scoreDisplayMode === "binary" && audit.score === 0)
    .map((audit) => audit.id);
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    lcp: (lhr.audits["largest-contentful-paint"]?.numericValue ?? 0) / 1000,
    tbt: lhr.audits["total-blocking-time"]?.numericValue ?? 0,
    scriptKb: scriptBytes / 1000,
    failing,
    scriptKbBeforePaint: loadedBeforePaint.reduce((sum, request) => sum + (request.transferSize ?? 0), 0) / 1000,
  };
}

type Summary = Scores & {
  page: string;
  /** Each run's LCP with the compressed kB of script loaded before its paint (Run). */
  lcpRuns: { lcp: number; scriptKbBeforePaint: number }[];
};

function summarize(page: string, results: Run[]): Summary {
  return {
    page,
    performance: median(results.map((run) => run.performance)),
    accessibility: median(results.map((run) => run.accessibility)),
    lcp: median(results.map((run) => run.lcp)),
    tbt: median(results.map((run) => run.tbt)),
    scriptKb: median(results.map((run) => run.scriptKb)),
    failing: [...new Set(results.flatMap((run) => run.failing))],
    lcpRuns: results.map((run) => ({ lcp: run.lcp, scriptKbBeforePaint: run.scriptKbBeforePaint })),
  };
}

/** "1.19 s (0), 2.21 s (159), …": each run's LCP and the kB of script loaded before its paint. */
function lcpRuns(summary: Summary): string {
  return summary.lcpRuns.map((run) => `${run.lcp.toFixed(2)} s (${run.scriptKbBeforePaint.toFixed(0)})`).join(", ");
}

async function main() {
  console.log(`bench:pages, ${runs} runs a page; ${loadLine()}`);
  ensureClientsGenerated();
  ensureBuilt({ ...process.env, NEXTAUTH_SECRET: SECRET });
  const database = await createThrowawayDatabase(parseEnv({}, root).database, "factdeck-pages");
  const config = parseEnv({ DATABASE_URL: database.url, FACTDECK_DEMO: "1" }, root);
  migrate(config);
  seed(config, { ...process.env, FACTDECK_DEMO: "1", NEXTAUTH_SECRET: SECRET });
  const env = { ...process.env, DATABASE_URL: database.url, PORT: String(port), FACTDECK_DEMO: "1", NEXTAUTH_SECRET: SECRET, NODE_ENV: "production" as const, AUTH_URL: `http://localhost:${port}`, NEXTAUTH_URL: `http://localhost:${port}` };
  const app = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { cwd: root, env, detached: true, stdio: ["ignore", "inherit", "inherit"] });
  const emptyFolder = buildEmptyApp();
  const empty = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(emptyPort)], { cwd: emptyFolder, detached: true, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" } });
  const base = `http://localhost:${port}`;
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  try {
    await waitForServer(`${base}/api/health`, app);
    await waitForServer(`http://localhost:${emptyPort}/`, empty);
    const student = DEMO_ACCOUNTS.find((account) => account.role === "student")!.username;
    const cookie = await signIn(base, student);
    const article = await firstLink(base, "/library", "/library/articles/");
    const setSlug = (await firstLink(base, "/library", "/library/sets/")).split("/").pop()!;
    process.env.DATABASE_URL = database.url;
    const { db } = await import("../../server/db/client");
    const { startPractice } = await import("../../server/attempts/start-practice");
    const user = await db().user.findUniqueOrThrow({ where: { username: student }, select: { id: true, name: true, username: true, role: true } });
    const attempt = await startPractice({ ...user, role: user.role as "student" | "teacher" }, setSlug, new Date());
    const pages: { name: string; url: string; cookie?: string }[] = [
      { name: "empty Next.js page", url: `http://localhost:${emptyPort}/` },
      { name: "/", url: `${base}/` },
      { name: "/home", url: `${base}/home`, cookie },
      { name: "quiz", url: `${base}/quiz/${attempt.id}`, cookie },
      { name: "/review", url: `${base}/review`, cookie },
      { name: "/progress", url: `${base}/progress`, cookie },
      { name: article, url: `${base}${article}` },
    ];
    chrome = await chromeLauncher.launch({ chromePath: "/usr/bin/chromium", chromeFlags: CHROME_FLAGS });
    const summaries: Summary[] = [];
    for (const page of pages) {
      await measure(page.url, chrome.port, page.cookie); // warm-up, not counted
      const results: Run[] = [];
      for (let index = 0; index < runs; index++) results.push(await measure(page.url, chrome.port, page.cookie));
      const summary = summarize(page.name, results);
      summaries.push(summary);
      console.log(
        `${summary.page}: performance ${summary.performance}, accessibility ${summary.accessibility}, LCP ${summary.lcp.toFixed(2)} s, TBT ${summary.tbt.toFixed(0)} ms, first-load JS ${summary.scriptKb.toFixed(1)} kB gz; per run, LCP (kB gz of script loaded before the paint): ${lcpRuns(summary)}${summary.failing.length ? `; failing audits: ${summary.failing.join(", ")}` : ""}`,
      );
    }
    const [emptySummary, ...appSummaries] = summaries;
    const jsLimit = emptySummary!.scriptKb + 40;
    const figures: Figure[] = [
      { name: "empty Next.js page: first-load JS", value: emptySummary!.scriptKb, unit: "kB gz", target: "reference", met: null },
      { name: "empty Next.js page: LCP", value: emptySummary!.lcp, unit: "s", target: "reference", met: null },
    ];
    for (const summary of appSummaries) {
      const note = (what: string) => `${what}; median TBT ${summary.tbt.toFixed(0)} ms, LCP ${summary.lcp.toFixed(2)} s${summary.failing.length ? `, failing audits: ${summary.failing.join(", ")}` : ""}`;
      figures.push(
        { name: `${summary.page}: performance`, value: summary.performance, unit: "", target: "≥ 95", met: summary.performance >= 95, note: note("Lighthouse mobile") },
        { name: `${summary.page}: accessibility`, value: summary.accessibility, unit: "", target: "100", met: summary.accessibility === 100, note: note("failing audits") },
        { name: `${summary.page}: LCP`, value: summary.lcp, unit: "s", target: "≤ 1.5 s", met: summary.lcp <= 1.5, note: note(`empty page ${emptySummary!.lcp.toFixed(2)} s (runs ${lcpRuns(emptySummary!)}); this page's runs ${lcpRuns(summary)}, LCP (kB gz of script loaded before the observed paint, which the simulated paint waits for)`) },
        { name: `${summary.page}: first-load JS`, value: summary.scriptKb, unit: "kB gz", target: `≤ empty page + 40 (${jsLimit.toFixed(1)})`, met: summary.scriptKb <= jsLimit, note: note(`empty page ${emptySummary!.scriptKb.toFixed(1)} kB gz`) },
      );
    }
    reportFigures(figures, args);
  } finally {
    await chrome?.kill();
    stop(app);
    stop(empty);
    rmSync(emptyFolder, { recursive: true, force: true });
    await database.cleanup();
  }
  process.exit(0);
}

await main();
