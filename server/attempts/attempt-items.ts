import "server-only";
import type { Prisma } from "@/generated/prisma/sqlite/client";
import { evidenceLookup, type EvidenceLookup } from "@/lib/quiz/feedback";
import type { Item } from "@/lib/quiz/types";
import { itemFromPayload } from "@/server/items/json-columns";

type Reader = Pick<Prisma.TransactionClient, "item" | "evidence">;

export type StoredItem = { item: Item; version: string };

/** The items with these ids (retired ones too: an attempt keeps its questions), by id. */
export async function loadItems(client: Reader, itemIds: string[]): Promise<Map<string, StoredItem>> {
  const rows = await client.item.findMany({ where: { id: { in: itemIds } }, select: { id: true, version: true, payload: true } });
  return new Map(rows.map((row) => [row.id, { item: itemFromPayload(row.payload), version: row.version }]));
}

/** The Evidence ids of the items' source quotes, in one query, for links to the highlighted sentences. */
export async function loadEvidenceLookup(client: Reader, items: Item[]): Promise<EvidenceLookup> {
  const factIds = [...new Set(items.flatMap((item) => item.factIds))];
  if (factIds.length === 0) return evidenceLookup([]);
  const rows = await client.evidence.findMany({ where: { factId: { in: factIds } }, select: { id: true, articleSlug: true, quote: true } });
  return evidenceLookup(rows);
}

/** When answers are shown: after each question (practice, and assignments that say so) or at the end. */
export function revealOf(assignment: { revealAnswers: string } | null): "after-each" | "at-end" {
  return assignment?.revealAnswers === "at-end" ? "at-end" : "after-each";
}
