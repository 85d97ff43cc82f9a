import "server-only";
import type { Item } from "@/lib/quiz/types";
import { db } from "@/server/db/client";
import { itemFromPayload } from "@/server/items/json-columns";

export type SetDetail = {
  slug: string;
  title: string;
  description: string;
  kind: string;
  items: Item[];
  /** Each fact an item is made of, by id: its statement, what the page names it by. */
  factStatements: Record<string, string>;
};

/** A set with its current items in order, and the statements of their facts. Public. */
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
  const items = set.items.map(({ item }) => itemFromPayload(item.payload));
  const factIds = [...new Set(items.flatMap((item) => item.factIds))];
  const facts = await db().fact.findMany({ where: { id: { in: factIds }, ownerId: null }, select: { id: true, statement: true } });
  return { ...set, items, factStatements: Object.fromEntries(facts.map((fact) => [fact.id, fact.statement])) };
}
