import { describe, expect, it } from "vitest";
import { parse as parseCsv } from "csv-parse/sync";
import { parse as parseGift } from "gift-pegjs";
import { CLOZE, MULTIPLE_CHOICE, NUMERIC_MONEY, TYPED_ANSWER } from "@/tests/factories/items";
import type { ItemSet } from "@/lib/quiz/types";
import { EXPORT_FORMATS, exportFileName, exportItems, isExportFormat } from "./formats";
import { JSON_EXPORT_FORMAT, type JsonExport } from "./json";

const items = [MULTIPLE_CHOICE, CLOZE, TYPED_ANSWER, NUMERIC_MONEY];
const set: ItemSet = { slug: "chosen", title: "Chosen questions", description: "", kind: "topic", itemIds: items.map((item) => item.id) };

describe("exportItems", () => {
  it("writes one flashcard row per item as tab-separated text", () => {
    const rows = parseCsv(exportItems("tsv", items, set), { delimiter: "\t", quote: false }) as string[][];
    expect(rows).toHaveLength(items.length);
    expect(rows.every((row) => row.length === 2 && row[0]!.length > 0 && row[1]!.length > 0)).toBe(true);
  });

  it("writes GIFT that Moodle's grammar reads back, one question per item", () => {
    expect(parseGift(exportItems("gift", items, set)).filter((question) => question.type !== "Category")).toHaveLength(items.length);
  });

  it("writes JSON with the items and the set, named by the items' versions", () => {
    const parsed = JSON.parse(exportItems("json", items, set)) as JsonExport;
    expect(parsed).toMatchObject({ format: JSON_EXPORT_FORMAT, sets: [set], items });
    expect(parsed.contentHash).toMatch(/^items:[0-9a-f]{16}$/);
    // Another version of one item is other content.
    const changed = JSON.parse(exportItems("json", [{ ...MULTIPLE_CHOICE, version: "other" }, ...items.slice(1)], set)) as JsonExport;
    expect(changed.contentHash).not.toBe(parsed.contentHash);
  });
});

describe("export formats", () => {
  it("knows its formats and nothing else", () => {
    expect(EXPORT_FORMATS.every(isExportFormat)).toBe(true);
    expect(["csv", "", "JSON", "../etc"].some(isExportFormat)).toBe(false);
  });

  it.each([
    ["topic:agreement", "tsv", "factdeck-topic-agreement.tsv"],
    ["Révision: l’accord / Kenya", "gift", "factdeck-revision-l-accord-kenya.gift.txt"],
    ["???", "json", "factdeck-questions.json"],
  ] as const)("names the file of %j in %s %j", (name, format, expected) => {
    expect(exportFileName(name, format)).toBe(expected);
  });
});
