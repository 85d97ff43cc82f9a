// Reads, checks and generates the item bank from the content files: the one
// path from content/ to items, used by `npm run content -- check|build|export|review`
// and by the seed. The checker's problems and the quality gate's are one list.
import { createHash } from "node:crypto";
import { CONTENT_DIR, formatProblem, parseContent } from "@/lib/content/parse";
import type { ContentBank, ContentProblem } from "@/lib/content/types";
import { generateBank } from "@/lib/quiz/generate/index";
import { checkItemQuality } from "@/lib/quiz/quality-gate";
import type { Item, ItemSet } from "@/lib/quiz/types";
import { readContentFiles } from "./read-content-files";

/** Seeds option order; changing it reshuffles every item's options (ids stay). */
export const CONTENT_SEED = "factdeck-2023-09";

export type ItemBank = { bank: ContentBank; items: Item[]; sets: ItemSet[]; contentHash: string };

export type CheckedBank = ItemBank & { problems: ContentProblem[] };

export class ContentProblemsError extends Error {
  constructor(readonly lines: string[]) {
    super(`The content has ${lines.length} problem(s):\n${lines.join("\n")}`);
  }
}

/** Every problem of the content under `dir`: the checker's, then (on what it could read) the quality gate's. */
export function checkContent(root: string, dir: string = CONTENT_DIR): CheckedBank {
  const files = readContentFiles(root, dir);
  const { bank, problems } = parseContent(files, dir);
  const generated = generateBank(bank, { seed: CONTENT_SEED, rejected: new Set(bank.reviews.filter((review) => review.verdict === "reject").map((review) => review.item)) });
  // The gate judges items of content the checker passed: on content with a problem it would only report that problem's consequences.
  const gateProblems = problems.length > 0 ? [] : checkItemQuality({ ...generated, bank, files, seed: CONTENT_SEED });
  const hash = createHash("sha256");
  for (const file of files) hash.update(file.path).update("\0").update(file.text).update("\0");
  const all = [...problems, ...gateProblems].sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  return { bank, items: generated.items, sets: generated.sets, contentHash: hash.digest("hex"), problems: all };
}

/** The bank of content/, or a ContentProblemsError listing every problem: nothing is built from content with a problem. */
export function buildItemBank(root: string): ItemBank {
  const { problems, ...bank } = checkContent(root);
  if (problems.length > 0) throw new ContentProblemsError(problems.map(formatProblem));
  return bank;
}
