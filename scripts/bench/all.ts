// `npm run bench`: runs the speed benchmarks one after another (never
// together: they share the machine's cores) and prints every figure they
// report next to its target, then the targets missed and what limits each.
//
//   npm run bench                       # every benchmark below
//   npm run bench -- --only reviews     # some of them (comma-separated names)
//
// Each benchmark writes its figures with `--figures FILE` (figures.ts); a
// benchmark that fails is named, and the others still run.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { root } from "../setup";
import { formatFigures, loadLine, type Figure } from "./figures";

/** The benchmarks, by name, and the npm script and arguments of each. */
const BENCHMARKS: { name: string; script: string; args: string[] }[] = [
  { name: "reviews", script: "bench:reviews", args: [] },
  { name: "start", script: "bench:start", args: [] },
  { name: "pages", script: "bench:pages", args: [] },
  { name: "queue", script: "bench:queue", args: [] },
];

function main(): void {
  const args = process.argv.slice(2);
  const onlyIndex = args.indexOf("--only");
  const only = onlyIndex === -1 ? null : new Set((args[onlyIndex + 1] ?? "").split(","));
  const chosen = BENCHMARKS.filter((benchmark) => !only || only.has(benchmark.name));
  if (chosen.length === 0) {
    console.error(`usage: npm run bench -- [--only ${BENCHMARKS.map((benchmark) => benchmark.name).join(",")}]`);
    process.exit(2);
  }
  console.log(`npm run bench: ${chosen.map((benchmark) => benchmark.name).join(", ")}; ${loadLine()}`);
  const directory = mkdtempSync(path.join(tmpdir(), "factdeck-bench-"));
  const figures: Figure[] = [];
  const failed: string[] = [];
  try {
    for (const benchmark of chosen) {
      const file = path.join(directory, `${benchmark.name}.json`);
      console.log(`\n== ${benchmark.name} (npm run ${benchmark.script}) ==`);
      const run = spawnSync("npm", ["run", "--silent", benchmark.script, "--", ...benchmark.args, "--figures", file], { cwd: root, stdio: "inherit" });
      if (run.status !== 0 || !existsSync(file)) {
        failed.push(`${benchmark.name} (exit ${run.status ?? run.signal})`);
        continue;
      }
      figures.push(...(JSON.parse(readFileSync(file, "utf8")) as Figure[]));
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  console.log("\n== Every figure ==");
  console.log(formatFigures(figures));
  const missed = figures.filter((figure) => figure.met === false);
  const met = figures.filter((figure) => figure.met === true);
  console.log(`\n${met.length} targets met, ${missed.length} missed${failed.length ? `; failed to run: ${failed.join(", ")}` : ""}.`);
  process.exit(failed.length > 0 ? 1 : 0);
}

main();
