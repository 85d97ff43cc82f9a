// The item bank as JSON: every field of every item and set, so that another
// program (or a later Factdeck) can read the bank back without loss.
import type { Item, ItemSet } from "@/lib/quiz/types";

export const JSON_EXPORT_FORMAT = "factdeck-items";
export const JSON_EXPORT_VERSION = 1;

export type JsonExport = {
  format: typeof JSON_EXPORT_FORMAT;
  version: typeof JSON_EXPORT_VERSION;
  /** The hash of the content the items were generated from. */
  contentHash: string;
  sets: ItemSet[];
  items: Item[];
};

/** Pretty-printed (two spaces), ending with a newline. */
export function exportJson(items: Item[], sets: ItemSet[], meta: { generatedFrom: string }): string {
  const document: JsonExport = {
    format: JSON_EXPORT_FORMAT,
    version: JSON_EXPORT_VERSION,
    contentHash: meta.generatedFrom,
    sets,
    items,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
