// Quiz item generation: turns the curated facts of a ContentBank (see
// content/README.md) into quiz items and groups them into sets. Pure and
// deterministic: the same bank and seed give the same items.
//
//   model.ts        shared types and tuning
//   text.ts         whole-word search, self-contained sentences, punctuation
//   formats.ts      numbers, amounts and dates as the answer writes them
//   context.ts      the indexes of a run, sources and how they are named
//   distractors.ts  wrong options of the key's kind, never stated true
//   fact-items.ts   the items of one fact, one builder per format
//   blueprint.ts    the item each fact may be asked as, best first
//   leaks.ts        giveaways between items
//   group-items.ts  ordering items from timelines, the curator's matching items
//   sets.ts         sets per article, per topic and everything
import type { ContentBank } from "@/lib/content/types";
import type { Item, ItemSet } from "../types";
import { factCandidates, type RunLog } from "./blueprint";
import { buildContext } from "./context";
import { matchingItems, orderingItems } from "./group-items";
import { createLeakIndex } from "./leaks";
import type { Skip } from "./model";
import { buildSets } from "./sets";

export type GenerateOptions = {
  seed: string;
  /** Ids of items the editors rejected (content/review.yaml): never made; the fact's next format is tried. */
  rejected?: ReadonlySet<string>;
};

export type GeneratedBank = {
  items: Item[];
  sets: ItemSet[];
  /** Facts that yield no item, with why. */
  skipped: Skip[];
  /** Ids of rejected items the generator would otherwise have made. */
  withheld: Set<string>;
};

export function generateBank(bank: ContentBank, options: GenerateOptions): GeneratedBank {
  const context = buildContext(bank, options.seed);
  const rejected = options.rejected ?? new Set<string>();
  const log: RunLog = { skipped: [], withheld: new Set<string>() };
  const leaks = createLeakIndex(new Map(bank.facts.map((fact) => [fact.id, fact])), context);
  const fits = (item: Item) => {
    const { gives, givenBy } = leaks.conflicts(item);
    return gives.length === 0 && givenBy.length === 0;
  };

  // The curator's matching items first: their facts are asked through them.
  const groups: Item[] = [];
  const matched = new Set<string>();
  for (const item of matchingItems(bank, context)) {
    if (rejected.has(item.id)) log.withheld.add(item.id);
    else {
      groups.push(item);
      leaks.add(item);
      for (const id of item.factIds) matched.add(id);
    }
  }
  // One item per fact: the first candidate that neither gives away nor is given away by an item already chosen.
  const main: Item[] = [];
  for (const fact of bank.facts) {
    if (matched.has(fact.id)) continue;
    const candidates = factCandidates(fact, context, rejected, log);
    if (candidates.length === 0) continue;
    const chosen = candidates.find(fits);
    if (!chosen) {
      const first = candidates[0] as Item;
      const other = [...leaks.conflicts(first).gives, ...leaks.conflicts(first).givenBy][0];
      log.skipped.push({ fact, reason: `every format gives away, or is given away by, item ${other?.id ?? "?"} (“${other?.prompt ?? ""}”): reword one of the two` });
      continue;
    }
    main.push(chosen);
    leaks.add(chosen);
  }
  // Then orderings of dated facts, each kept only if it gives away no item of a fact and is given away by none.
  for (const item of orderingItems(bank, context)) {
    if (rejected.has(item.id)) log.withheld.add(item.id);
    else if (fits(item)) {
      groups.push(item);
      leaks.add(item);
    }
  }
  return { items: [...main, ...groups], sets: buildSets(bank, { main, more: [], groups }), ...log };
}

export { buildContext } from "./context";
export type { Skip } from "./model";
