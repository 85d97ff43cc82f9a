// Reads, checks and generates the item bank from the content files: the one
// path from content/ to items, used by `npm run content -- build|export` and
// by the seed.
import { createHash } from "node:crypto";
import { formatProblem, parseContent } from "../../lib/content/parse";
import type { ContentBank } from "../../lib/content/types";
import { buildSets, generateItems } from "../../lib/quiz/generate";
import type { Item, ItemSet } from "../../lib/quiz/types";
import { readContentFiles } from "./read-content";

/** Seeds option order; changing it reshuffles every item's options (ids stay). */
export const CONTENT_SEED = "factdeck-2023-09";

export type ItemBank = { bank: ContentBank; items: Item[]; sets: ItemSet[]; contentHash: string };

export class ContentProblemsError extends Error {
  constructor(readonly lines: string[]) {
    super(`The content has ${lines.length} problem(s):\n${lines.join("\n")}`);
  }
}

export function buildItemBank(root: string): ItemBank {
  const files = readContentFiles(root);
  const { bank, problems } = parseContent(files);
  if (problems.length > 0) throw new ContentProblemsError(problems.map(formatProblem));
  const items = generateItems(bank, { seed: CONTENT_SEED });
  const sets = buildSets(bank, items);
  const hash = createHash("sha256");
  for (const file of files) hash.update(file.path).update("\0").update(file.text).update("\0");
  return { bank, items, sets, contentHash: hash.digest("hex") };
}
