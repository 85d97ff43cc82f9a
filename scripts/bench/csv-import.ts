// node --import tsx scripts/bench/csv-import.ts [--runs N]: times
// parseCardRows on a generated file of 5,000 cards (the import limit), as
// comma-separated CSV with a header (every fourth definition quoted, with a
// comma, a doubled quotation mark and a line break), and as Anki's
// plain-text export with #html:true (tags and entities in every field).
// Prints the median, minimum and maximum of N runs (5 unless told), after
// one run not counted.
import { performance } from "node:perf_hooks";
import { parse } from "csv-parse/sync";
import { MAX_IMPORT_ROWS, parseCardRows } from "../../lib/authoring/csv-import";

const USAGE = "Usage: node --import tsx scripts/bench/csv-import.ts [--runs N]";

function parseRuns(args: string[]): number {
  if (args.length === 0) return 5;
  const runs = Number(args[1]);
  if (args[0] !== "--runs" || args.length !== 2 || !Number.isInteger(runs) || runs < 1) {
    console.error(USAGE);
    process.exit(2);
  }
  return runs;
}

function definition(index: number): string {
  return `The meaning of term number ${index}, as a teacher would write it for a flashcard about the story and its people`;
}

function csvFile(): string {
  const lines = ["term,definition"];
  for (let index = 1; index <= MAX_IMPORT_ROWS; index++) {
    lines.push(index % 4 === 0 ? `Term ${index},"${definition(index)}: ""quoted"",\nand a second line"` : `Term ${index},${definition(index).replaceAll(",", ";")}`);
  }
  return lines.join("\r\n");
}

function ankiFile(): string {
  const lines = ["#separator:tab", "#html:true", "#columns:Front\tBack\tTags"];
  for (let index = 1; index <= MAX_IMPORT_ROWS; index++) lines.push(`<b>Term</b> ${index}\t${definition(index)} &amp; <i>more</i><br>next line\tstory`);
  return lines.join("\n");
}

function time(runs: number, run: () => unknown): { median: number; min: number; max: number } {
  run();
  const times: number[] = [];
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const middle = sorted.length % 2 === 1 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  return { median: middle, min: sorted[0]!, max: sorted.at(-1)! };
}

function main() {
  const runs = parseRuns(process.argv.slice(2));
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(`parseCardRows, ${MAX_IMPORT_ROWS.toLocaleString("en-US")} rows, ${runs} runs`);
  for (const [name, text] of [
    ["CSV with a header, quoted fields", csvFile()],
    ["Anki export, #html:true", ankiFile()],
  ] as const) {
    const check = parseCardRows(text);
    if (check.rows.length !== MAX_IMPORT_ROWS || check.problems.length > 0) throw new Error(`The generated file did not import: ${check.rows.length} rows, ${check.problems.length} problems.`);
    const kilobytes = (new TextEncoder().encode(text).length / 1024).toFixed(0);
    const line = (label: string, { median, min, max }: { median: number; min: number; max: number }) =>
      console.log(`  ${label.padEnd(62)} median ${ms(median).padStart(9)}   min ${ms(min).padStart(9)}   max ${ms(max).padStart(9)}`);
    // The baseline, in the same process: csv-parse alone on the same text, without our rows, checks and messages.
    line(`${name} (${kilobytes} KB), baseline csv-parse`, time(runs, () => parse(text, { relax_column_count: true, bom: true, skip_empty_lines: true, delimiter: name.startsWith("Anki") ? "\t" : "," })));
    line(`${name} (${kilobytes} KB), parseCardRows`, time(runs, () => parseCardRows(text)));
  }
}

main();
