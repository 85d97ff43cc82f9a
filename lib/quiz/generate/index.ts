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
//   blueprint.ts    which one or two items each fact yields
//   group-items.ts  ordering and matching items across facts and entities
//   sets.ts         sets per article, per topic and everything
import type { ContentBank } from "@/lib/content/types";
import type { Item, ItemSet } from "../types";
import { factItems } from "./blueprint";
import { buildContext } from "./context";
import { matchingItems, orderingItems } from "./group-items";
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
  const log = { skipped: [] as Skip[], withheld: new Set<string>() };
  const main: Item[] = [];
  const more: Item[] = [];
  for (const fact of bank.facts) {
    const items = factItems(fact, context, rejected, log);
    main.push(...items.main);
    more.push(...items.more);
  }
  const groups = [...orderingItems(bank, context), ...matchingItems(bank, context)].filter((item) => {
    if (!rejected.has(item.id)) return true;
    log.withheld.add(item.id);
    return false;
  });
  const items = [...main, ...more, ...groups];
  return { items, sets: buildSets(bank, { main, more, groups }), ...log };
}

export { buildContext } from "./context";
export { readableDate } from "./formats";
export type { Skip } from "./model";
