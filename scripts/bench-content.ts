// npm run bench:content [-- --runs N] [--precise]: times the content
// pipeline on (a) the shipped content and (b) a synthetic 10,000-fact corpus.
// Steps: read the files (a only), check them (parseContent), generate the
// quiz items and sets (generateBank), run the quality gate on them
// (checkItemQuality). Prints the median, the minimum and
// the first of N runs (default 5) of each step, the item count and the peak
// RSS, then whether the 10,000-fact total stays under the 10 s target
// (docs/decisions/009-content-check-time.md).
// --precise checks on parseContent's precise path only, for comparison. See
// docs/BENCHMARKS.md.
import os from "node:os";
import { performance } from "node:perf_hooks";
import { CONTENT_DIR, parseContent } from "../lib/content/parse";
import type { ContentFile } from "../lib/content/parse";
import { generateBank } from "../lib/quiz/generate/index";
import { checkItemQuality } from "../lib/quiz/quality-gate";
import { syntheticContent } from "./bench/synthetic-content";
import { readContentFiles } from "@/server/content/read-content-files";

const USAGE = "Usage: npm run bench:content [-- --runs N] [--precise]";
const SYNTHETIC_FACTS = 10_000;
const TARGET_MS = 10_000;
const SEED = "bench";

type Step = "read" | "check" | "generate" | "gate" | "total";

type Run = { times: Partial<Record<Step, number>>; articles: number; facts: number; problems: number; items: number; sets: number };

type Corpus = { title: string; about: string; steps: Step[]; load: () => ContentFile[] };

type Options = { runs: number; fastPath: boolean };

function parseOptions(args: string[]): Options {
  const options: Options = { runs: 5, fastPath: true };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === "--precise") {
      options.fastPath = false;
    } else if (arg === "--runs" && /^[1-9]\d*$/.test(args[index + 1] ?? "")) {
      options.runs = Number(args[index + 1]);
      index++;
    } else {
      console.error(`Unknown or incomplete argument: ${arg}\n${USAGE}`);
      process.exit(2);
    }
  }
  return options;
}

let peakRss = 0;

function sampleRss(): void {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}

function timed<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  const ms = performance.now() - start;
  sampleRss();
  return { value, ms };
}

function runOnce(corpus: Corpus, fastPath: boolean): Run {
  const read = timed(corpus.load);
  const check = timed(() => parseContent(read.value, CONTENT_DIR, { fastPath }));
  const generate = timed(() => generateBank(check.value.bank, { seed: SEED }));
  const gate = timed(() => checkItemQuality({ ...generate.value, bank: check.value.bank, files: read.value, seed: SEED }));
  const times: Run["times"] = { check: check.ms, generate: generate.ms, gate: gate.ms };
  if (corpus.steps.includes("read")) times.read = read.ms;
  times.total = (times.read ?? 0) + check.ms + generate.ms + gate.ms;
  const { bank, problems } = check.value;
  return { times, articles: bank.articles.length, facts: bank.facts.length, problems: problems.length, items: generate.value.items.length, sets: generate.value.sets.length };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function ms(value: number): string {
  return value >= 100 ? `${Math.round(value).toLocaleString("en-US")} ms` : `${value.toFixed(1)} ms`;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function sizeOf(files: ContentFile[]): string {
  const bytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.text, "utf8"), 0);
  return bytes >= 1024 * 1024 ? megabytes(bytes) : `${Math.round(bytes / 1024)} KB`;
}

function factFilesOf(files: ContentFile[]): ContentFile[] {
  return files.filter((file) => /\/facts\/[^/]+\.yaml$/.test(file.path));
}

function table(rows: string[][]): string {
  const widths = (rows[0] ?? []).map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length)));
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("   ")).join("\n");
}

/** Runs the corpus `runs` times and prints its table; returns the median total. */
function benchmark(corpus: Corpus, { runs, fastPath }: Options): number {
  const rssBefore = peakRss;
  const results: Run[] = [];
  for (let index = 0; index < runs; index++) results.push(runOnce(corpus, fastPath));
  const first = results[0];
  if (!first) throw new Error("no runs");

  console.log(`\n${corpus.title}`);
  console.log(`  ${corpus.about}`);
  console.log(`  ${first.articles} articles, ${first.facts.toLocaleString("en-US")} facts, ${first.problems} problems`);
  const rows = [["  step", "median", "min", "1st run"]];
  const totals: Record<Step, number[]> = { read: [], check: [], generate: [], gate: [], total: [] };
  for (const step of corpus.steps) {
    const values = results.map((run) => run.times[step] ?? 0);
    totals[step] = values;
    rows.push([`  ${step}`, ms(median(values)), ms(Math.min(...values)), ms(values[0] ?? 0)]);
  }
  console.log(table(rows));
  console.log(`  items: ${first.items.toLocaleString("en-US")} in ${first.sets} sets; peak RSS so far: ${megabytes(Math.max(peakRss, rssBefore))}`);
  return median(totals.total);
}

function main(): void {
  const options = parseOptions(process.argv.slice(2));
  const { runs } = options;
  sampleRss();
  const cpus = os.cpus();
  const path = options.fastPath ? "" : "; check on the precise path only (--precise)";
  console.log(`Content benchmark: ${runs} run${runs === 1 ? "" : "s"} of each step: median, min and 1st run${path}`);
  console.log(`node ${process.version}, ${os.availableParallelism()} CPUs (${cpus[0]?.model ?? "unknown CPU"}), ${os.platform()} ${os.arch()}`);

  const shipped = readContentFiles(process.cwd());
  benchmark(
    {
      title: "(a) shipped content (content/)",
      about: `${shipped.length} files, ${sizeOf(shipped)} (facts ${sizeOf(factFilesOf(shipped))}), read from disk on every run`,
      steps: ["read", "check", "generate", "gate", "total"],
      load: () => readContentFiles(process.cwd()),
    },
    options,
  );

  const built = timed(() => syntheticContent({ seed: SEED, facts: SYNTHETIC_FACTS }));
  const syntheticTotal = benchmark(
    {
      title: `(b) synthetic ${SYNTHETIC_FACTS.toLocaleString("en-US")}-fact corpus (scripts/bench/synthetic-content.ts, seed "${SEED}")`,
      about: `${built.value.length} files, ${sizeOf(built.value)} (facts ${sizeOf(factFilesOf(built.value))}), built in memory once in ${ms(built.ms)}, not timed`,
      steps: ["check", "generate", "gate", "total"],
      load: () => built.value,
    },
    options,
  );

  const problems = parseContent(built.value).problems.length;
  if (problems > 0) {
    console.error(`\nThe synthetic corpus has ${problems} problems: its numbers do not measure valid content.`);
    process.exitCode = 1;
  }
  console.log(`\nPeak RSS: ${megabytes(peakRss)} (highest process.memoryUsage().rss after each step)`);
  const verdict = syntheticTotal < TARGET_MS ? "under" : "OVER";
  console.log(`Target: the ${SYNTHETIC_FACTS.toLocaleString("en-US")}-fact total is ${ms(syntheticTotal)} (median of ${runs}), ${verdict} the ${ms(TARGET_MS)} target.`);
}

main();
