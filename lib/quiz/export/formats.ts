// The export formats a teacher downloads from a set or an assignment, and the
// file each one makes. The writers are csv.ts (flashcards, tab-separated),
// gift.ts (Moodle) and json.ts (everything, for another program).
import { fileSlug } from "@/lib/files/file-name";
import { cyrb53 } from "@/lib/quiz/hash";
import type { Item, ItemSet } from "@/lib/quiz/types";
import { exportCsv } from "./csv";
import { exportGift } from "./gift";
import { exportJson } from "./json";

export const EXPORT_FORMATS = ["tsv", "gift", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_FORMAT_INFO: Record<ExportFormat, { label: string; hint: string; extension: string; contentType: string }> = {
  tsv: {
    label: "Flashcards (TSV)",
    hint: "Question and answer with its source, one card a line: Quizlet and Anki import it.",
    extension: "tsv",
    contentType: "text/tab-separated-values; charset=utf-8",
  },
  gift: { label: "Moodle quiz (GIFT)", hint: "Every question with its answers, for Moodle's question bank.", extension: "gift.txt", contentType: "text/plain; charset=utf-8" },
  json: { label: "All the data (JSON)", hint: "Every field of every question, for another program.", extension: "json", contentType: "application/json; charset=utf-8" },
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/**
 * The file of `items` in `format`. `set` names them (a Library set, or an
 * assignment's chosen questions). A JSON export made in the app identifies
 * the content by the items' versions (which change with the facts they come
 * from), since the app holds the items, not the content files.
 */
export function exportItems(format: ExportFormat, items: Item[], set: ItemSet): string {
  switch (format) {
    case "tsv":
      return exportCsv(items);
    case "gift":
      return exportGift(items);
    case "json": {
      const { high, low } = cyrb53(items.map((item) => `${item.id}@${item.version}`).join("\n"));
      return exportJson(items, [set], { generatedFrom: `items:${high.toString(16).padStart(8, "0")}${low.toString(16).padStart(8, "0")}` });
    }
  }
}

/** "factdeck-topic-agreement.tsv": the file of a set or assignment named `name`. */
export function exportFileName(name: string, format: ExportFormat): string {
  return `factdeck-${fileSlug(name, "questions")}.${EXPORT_FORMAT_INFO[format].extension}`;
}
