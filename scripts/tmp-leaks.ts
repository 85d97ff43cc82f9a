import { parseContent } from "@/lib/content/parse";
import { readContentFiles } from "@/scripts/content/read-content";
import { generateBank } from "@/lib/quiz/generate/index";
import { buildContext } from "@/lib/quiz/generate/context";
import { factCandidates } from "@/lib/quiz/generate/blueprint";
import { createLeakIndex } from "@/lib/quiz/generate/leaks";
const { bank } = parseContent(readContentFiles(process.cwd()));
const g = generateBank(bank, { seed: "factdeck-2023-09" });
const context = buildContext(bank, "factdeck-2023-09");
const leaks = createLeakIndex(new Map(bank.facts.map((f) => [f.id, f])), context);
for (const item of g.items) leaks.add(item);
const vis = (i: any) => i.type === "true-false" ? i.statement : i.type === "cloze" ? i.text : i.type === "ordering" ? i.events.map((e: any) => e.label).join(" | ") : i.type === "matching" ? i.pairs.map((p: any) => p.left + "=" + p.right).join(" | ") : i.prompt;
for (const s of g.skipped) {
  console.log("\n## " + s.fact.id);
  for (const c of factCandidates(s.fact, context, new Set(), { skipped: [], withheld: new Set() })) {
    const { gives, givenBy } = leaks.conflicts(c);
    console.log(`  [${c.type}] ${vis(c)}`);
    for (const x of gives) console.log(`     gives away ${x.id} ${x.type}: ${vis(x)}`);
    for (const x of givenBy) console.log(`     given by ${x.id} ${x.type}: ${vis(x)}`);
  }
}
