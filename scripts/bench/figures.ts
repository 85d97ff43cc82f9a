// What every benchmark that `npm run bench` runs reports: its figures, each
// next to its target, and for a miss what limits it. A script given
// `--figures FILE` writes them there as JSON (`npm run bench` reads them);
// it always prints them as a table too.
import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";

export type Figure = {
  /** What was measured, e.g. "review submits, SQLite: sustained rate". */
  name: string;
  value: number;
  unit: string;
  /** The target in words, e.g. "≥ 500/s with p95 ≤ 50 ms". */
  target: string;
  /** Whether `value` meets the target; null for a figure given for information. */
  met: boolean | null;
  /** For a miss: what limits it, and the measurement that shows it. */
  note?: string;
};

/** The machine's load when the benchmark started: figures taken on a busy machine read slower. */
export function loadLine(): string {
  const [one, five] = loadavg();
  return `load average ${one!.toFixed(2)} (1 min), ${five!.toFixed(2)} (5 min)`;
}

function formatValue(figure: Figure): string {
  const digits = Math.abs(figure.value) >= 100 ? 0 : Math.abs(figure.value) >= 10 ? 1 : 2;
  return `${figure.value.toFixed(digits)} ${figure.unit}`.trim();
}

/** The figures as an aligned table: name, value, target, met. */
export function formatFigures(figures: Figure[]): string {
  const rows = figures.map((figure) => [figure.name, formatValue(figure), figure.target, figure.met === null ? "" : figure.met ? "met" : "MISSED"]);
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  const lines = rows.map((row) => row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join("  ").trimEnd());
  for (const figure of figures) if (figure.met === false && figure.note) lines.push(`  ${figure.name}: ${figure.note}`);
  return lines.join("\n");
}

/** Prints the figures, and writes them to the file after `--figures` in `args` when there is one. */
export function reportFigures(figures: Figure[], args: string[] = process.argv.slice(2)): void {
  console.log(formatFigures(figures));
  const index = args.indexOf("--figures");
  if (index !== -1 && args[index + 1]) writeFileSync(args[index + 1]!, `${JSON.stringify(figures, null, 2)}\n`);
}
