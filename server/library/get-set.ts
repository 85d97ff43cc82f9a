import "server-only";
import type { Item } from "@/lib/quiz/types";
import { db } from "@/server/db/client";
import { itemFromPayload } from "@/server/items/json-columns";

export type SetDetail = { slug: string; title: string; description: string; kind: string; items: Item[] };

/** A set with its current items in order. Public. */
export async function getSet(slug: string): Promise<SetDetail | null> {
  const set = await db().itemSet.findFirst({
    where: { slug, ownerId: null },
    select: {
      slug: true,
      title: true,
      description: true,
      kind: true,
      items: { where: { item: { retiredAt: null } }, orderBy: { position: "asc" }, select: { item: { select: { payload: true } } } },
    },
  });
  if (!set) return null;
  return { ...set, items: set.items.map(({ item }) => itemFromPayload(item.payload)) };
}
