// npm run content -- COMMAND
//   check [--dir <content dir>]   validate the content (see content/README.md),
//                                 printing each problem as `file:line: message`
//   build                         check, generate the items and sets, and sync
//                                 them into the database in one transaction
//   export --format json|csv|gift [--set <slug>]
//                                 write the item bank (or one set) to stdout
//   review [--out <file>]         write the review sheet (Markdown) of every
//                                 item with its sources, to stdout or a file
// Exit codes: 0 success, 1 content problems, 2 bad usage.
import { existsSync, statSync, writeFileSync } from "node:fs";
import { CONTENT_DIR, formatProblem } from "../lib/content/parse";
import { exportCsv } from "../lib/quiz/export/csv";
import { exportGift } from "../lib/quiz/export/gift";
import { exportJson } from "../lib/quiz/export/json";
import { buildItemBank, checkContent, ContentProblemsError } from "@/server/content/build-item-bank";
import { contentDirPath } from "@/server/content/read-content-files";
import { reviewSheet } from "./content/review-sheet";

const USAGE = [
  "Usage: npm run content -- check [--dir <content dir>]",
  "       npm run content -- build",
  "       npm run content -- export --format json|csv|gift [--set <slug>]",
  "       npm run content -- review [--out <file>]",
].join("\n");

const FORMATS = ["json", "csv", "gift"] as const;
type Format = (typeof FORMATS)[number];

class UsageError extends Error {}

type CheckOptions = { dir: string };

function parseCheckOptions(args: string[]): CheckOptions {
  let dir = CONTENT_DIR;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg !== "--dir") throw new UsageError(`Unknown argument: ${arg}`);
    const value = args[index + 1];
    if (value === undefined) throw new UsageError("--dir needs a path");
    dir = value;
    index++;
  }
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`Not a directory: ${dir}`);
  return { dir };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function check(options: CheckOptions): number {
  const root = process.cwd();
  const dir = contentDirPath(root, options.dir);
  const { bank, items, problems } = checkContent(root, dir);
  for (const problem of problems) console.log(formatProblem(problem));
  const summary = [count(bank.articles.length, "article"), count(bank.facts.length, "fact"), count(items.length, "item"), count(problems.length, "problem")].join(", ");
  if (problems.length > 0) {
    console.error(`content check failed: ${summary}`);
    return 1;
  }
  console.log(`content ok: ${summary}`);
  return 0;
}

function parseExportOptions(args: string[]): { format: Format; set: string | undefined } {
  let format: string | undefined;
  let set: string | undefined;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    const value = args[index + 1];
    if ((arg !== "--format" && arg !== "--set") || value === undefined) throw new UsageError(`Unknown or incomplete argument: ${arg}`);
    if (arg === "--format") format = value;
    else set = value;
    index++;
  }
  if (!FORMATS.includes(format as Format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}`);
  return { format: format as Format, set };
}

function reportProblems(error: unknown): number {
  if (!(error instanceof ContentProblemsError)) throw error;
  for (const line of error.lines) console.log(line);
  console.error(`content has ${count(error.lines.length, "problem")}: nothing was changed`);
  return 1;
}

async function build(): Promise<number> {
  let itemBank;
  try {
    itemBank = buildItemBank(process.cwd());
  } catch (error) {
    return reportProblems(error);
  }
  const { syncContent, describeSync } = await import("../server/content/sync-content");
  const { db } = await import("../server/db/client");
  try {
    const report = await syncContent(itemBank.bank, itemBank.items, itemBank.sets);
    console.log(describeSync(report, itemBank));
  } finally {
    await db().$disconnect();
  }
  return 0;
}

function exportBank(options: { format: Format; set: string | undefined }): number {
  let itemBank;
  try {
    itemBank = buildItemBank(process.cwd());
  } catch (error) {
    return reportProblems(error);
  }
  let { items, sets } = itemBank;
  if (options.set !== undefined) {
    const set = sets.find((candidate) => candidate.slug === options.set);
    if (!set) throw new UsageError(`No set "${options.set}". Sets: ${sets.map((candidate) => candidate.slug).join(", ")}`);
    const ids = new Set(set.itemIds);
    items = items.filter((item) => ids.has(item.id));
    sets = [set];
  }
  const output =
    options.format === "json"
      ? exportJson(items, sets, { generatedFrom: itemBank.contentHash })
      : options.format === "csv"
        ? exportCsv(items)
        : exportGift(items);
  process.stdout.write(output);
  return 0;
}

function parseReviewOptions(args: string[]): { out: string | undefined } {
  if (args.length === 0) return { out: undefined };
  if (args[0] === "--out" && args[1] !== undefined && args.length === 2) return { out: args[1] };
  throw new UsageError(`Unknown or incomplete argument: ${args[0]}`);
}

function review(options: { out: string | undefined }): number {
  let itemBank;
  try {
    itemBank = buildItemBank(process.cwd());
  } catch (error) {
    return reportProblems(error);
  }
  const sheet = reviewSheet(itemBank.bank, itemBank.items);
  if (options.out === undefined) process.stdout.write(sheet);
  else {
    writeFileSync(options.out, sheet);
    console.log(`review sheet: ${count(itemBank.items.length, "item")} written to ${options.out}`);
  }
  return 0;
}

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case "check":
        return check(parseCheckOptions(rest));
      case "build":
        if (rest.length > 0) throw new UsageError(`Unknown argument: ${rest[0]}`);
        return await build();
      case "export":
        return exportBank(parseExportOptions(rest));
      case "review":
        return review(parseReviewOptions(rest));
      default:
        throw new UsageError(command === undefined ? "Missing command" : `Unknown command: ${command}`);
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    return 2;
  }
}

// `... export | head` closes the pipe early: that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
