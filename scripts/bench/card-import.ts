// npm run bench:import [-- --runs N]: times importing a file of 5,000 cards
// (the import limit) with importCards, into a fresh SQLite database and
// also into a throwaway PostgreSQL database when DATABASE_URL names a
// PostgreSQL server, each in a child process of its own. Each run imports
// for a new teacher (an import rebuilds its teacher's whole bank). Prints
// the median and maximum of N runs (3 unless told), against two baselines
// measured in the same run: reading the file alone (parseCardRows), and
// checking and generating its items without writing (generateAuthored).
// See docs/BENCHMARKS.md.
import { randomBytes } from "node:crypto";
import { cardFact } from "../../lib/authoring/card-facts";
import { generateAuthored } from "../../lib/authoring/bank";
import { MAX_IMPORT_ROWS, parseCardRows } from "../../lib/authoring/csv-import";
import { benchEachDatabase, parseRuns, time } from "./databases";

const USAGE = "Usage: npm run bench:import [-- --runs N]";
const TARGET_MS = 5_000;

/** A Quizlet-style export: term TAB definition, no header. */
function cardFile(): string {
  const lines: string[] = [];
  for (let index = 1; index <= MAX_IMPORT_ROWS; index++) lines.push(`Story term ${index}\tThe meaning of term number ${index}, as a teacher writes it on a flashcard`);
  return lines.join("\n");
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

async function child(runs: number) {
  const { db } = await import("../../server/db/client");
  const { importCards } = await import("../../server/authoring/import-cards");
  const text = cardFile();
  const line = (label: string, { median: middle, max }: { median: number; max: number }, target?: number) =>
    console.log(`  ${label.padEnd(52)} median ${ms(middle).padStart(8)}   max ${ms(max).padStart(8)}${target ? `   ${middle <= target ? "under" : "OVER"} ${target} ms` : ""}`);

  line("baseline: parseCardRows", await time(runs, () => parseCardRows(text)));
  const rows = parseCardRows(text).rows;
  const article = { slug: "a_0000000000000000", title: "Bench", outlet: null, author: null, published: null, kind: null, hash: "-", body: rows.map((row) => `${row.term} — ${row.definition}`).join("\n") };
  const facts = rows.map((row, index) => cardFact(row, article.slug, `t-${index.toString(16).padStart(12, "0")}`));
  line("baseline: generateAuthored (no database)", await time(runs, () => generateAuthored([article], facts, { people: [], organizations: [], places: [] }, { seed: "bench" })));

  const importOnce = async () => {
    const teacher = await db().user.create({ data: { username: `bench-${randomBytes(6).toString("hex")}`, name: "Bench Teacher", role: "teacher", passwordHash: "-" } });
    const report = await importCards({ id: teacher.id, name: teacher.name, username: teacher.username, role: "teacher" }, { fileName: "cards.tsv", text });
    if (report.imported !== MAX_IMPORT_ROWS) throw new Error(`Imported ${report.imported} rows, not ${MAX_IMPORT_ROWS}.`);
  };
  const result = await time(runs, importOnce);
  line(`importCards, ${MAX_IMPORT_ROWS.toLocaleString("en-US")} rows`, result, TARGET_MS);
  await db().$disconnect();
  process.exit(result.median > TARGET_MS ? 1 : 0);
}

const args = process.argv.slice(2);
benchEachDatabase(import.meta.filename, args, parseRuns(args, 3, USAGE), child).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
