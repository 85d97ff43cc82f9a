// Test helper: the real content of content/ as a ContentBank, and a large
// synthetic bank made from it for speed tests.
import path from "node:path";
import { parseContent } from "@/lib/content/parse";
import type { ContentBank, Fact } from "@/lib/content/types";
import { readContentFiles } from "@/scripts/content/read-content";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** The bank of content/ as it is in the working tree (its problems are the content checker's business). */
export function loadContentBank(root = ROOT): ContentBank {
  return parseContent(readContentFiles(root)).bank;
}

/**
 * At least `count` facts: copies of the real ones with new ids and later
 * timeline years (so that timelines keep growing), for generation at scale.
 */
export function syntheticBank(bank: ContentBank, count: number): ContentBank {
  const facts: Fact[] = [];
  for (let copy = 0; facts.length < count; copy++) {
    for (const fact of bank.facts) {
      const clone = structuredClone(fact);
      clone.id = `${fact.id}-copy-${copy}`;
      if (clone.timeline) clone.timeline.date = `${Number(clone.timeline.date.slice(0, 4)) + copy}${clone.timeline.date.slice(4)}`;
      facts.push(clone);
    }
  }
  return { ...bank, facts };
}
