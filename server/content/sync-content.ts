import "server-only";
import type { Prisma } from "@/generated/prisma/sqlite/client";
import { factVoice, type ContentBank, type Fact } from "@/lib/content/types";
import { canonicalJson, factVersion } from "@/lib/quiz/item-id";
import type { Item, ItemSet } from "@/lib/quiz/types";
import { insertRows, type ColumnKind } from "@/server/db/bulk-insert";
import { db } from "@/server/db/client";

export type SyncCounts = { created: number; updated: number; removed: number };

export type SyncReport = {
  articles: SyncCounts;
  facts: SyncCounts;
  /** `removed` counts items retired (kept for learners' progress). */
  items: SyncCounts;
  sets: SyncCounts;
  isUnchanged: boolean;
};

type Tx = Prisma.TransactionClient;

/**
 * Whose facts and items a sync makes right: the shipped content's (no
 * owner), or one teacher's. Each sync reads, changes and retires only rows
 * of its owner, so `content build` never touches a teacher's content and a
 * teacher's edit never touches anyone else's.
 */
export type SyncOwner = { ownerId: string | null; authored?: (fact: Fact) => Prisma.InputJsonValue };

const SHIPPED: SyncOwner = { ownerId: null };

const TRANSACTION_TIMEOUT_MS = 120_000;

// The columns the bulk inserts write (server/db/bulk-insert.ts): every field of the rows below.
const FACT_COLUMNS: Record<string, ColumnKind> = {
  id: "value", ownerId: "value", authored: "json", createdAt: "value", statement: "value", kind: "value", voice: "value", question: "value",
  answerType: "value", answer: "json", topics: "json", difficulty: "value", timelineDate: "value", timelineEvent: "value", conflictAbout: "value",
  conflictKind: "value", conflictCorrection: "value", conflictNote: "value", version: "value", position: "value",
};
const EVIDENCE_COLUMNS: Record<string, ColumnKind> = { factId: "value", articleSlug: "value", quote: "value", side: "value", sideIsError: "value", position: "value" };
const ITEM_COLUMNS: Record<string, ColumnKind> = { id: "value", ownerId: "value", version: "value", type: "value", prompt: "value", difficulty: "value", payload: "json" };
const ITEM_FACT_COLUMNS: Record<string, ColumnKind> = { itemId: "value", factId: "value" };

function counts(): SyncCounts {
  return { created: 0, updated: 0, removed: 0 };
}

function factRow(fact: Fact, position: number) {
  return {
    id: fact.id,
    statement: fact.statement,
    kind: fact.kind,
    voice: factVoice(fact),
    question: fact.question,
    answerType: fact.answer.type,
    answer: fact.answer as unknown as Prisma.InputJsonValue,
    topics: fact.topics,
    difficulty: fact.difficulty,
    timelineDate: fact.timeline?.date ?? null,
    timelineEvent: fact.timeline?.event ?? null,
    conflictAbout: fact.conflict?.about ?? null,
    conflictKind: fact.conflict?.kind ?? null,
    conflictCorrection: fact.conflict?.correction ?? null,
    conflictNote: fact.conflict?.note ?? null,
    version: factVersion(fact),
    position,
  };
}

function evidenceRows(fact: Fact) {
  const rows = fact.evidence.map((evidence) => ({ factId: fact.id, articleSlug: evidence.article, quote: evidence.quote, side: null as string | null, sideIsError: false }));
  for (const side of fact.conflict?.sides ?? []) {
    for (const evidence of side.evidence) rows.push({ factId: fact.id, articleSlug: evidence.article, quote: evidence.quote, side: side.label, sideIsError: side.isError });
  }
  return rows.map((row, position) => ({ ...row, position }));
}

/**
 * Makes the database hold exactly the given content, in one transaction:
 * articles, facts and their evidence, items and sets. Items that are no
 * longer generated are retired, not deleted. Running it twice with the same
 * content changes nothing the second time (`isUnchanged`).
 */
export async function syncContent(bank: ContentBank, items: Item[], sets: ItemSet[]): Promise<SyncReport> {
  return db().$transaction(
    async (tx) => {
      const articles = await syncArticles(tx, bank);
      const facts = await syncFacts(tx, bank.facts, SHIPPED);
      const itemCounts = await syncItems(tx, items, SHIPPED);
      const setCounts = await syncSets(tx, sets);
      const all = [articles, facts, itemCounts, setCounts];
      return {
        articles,
        facts,
        items: itemCounts,
        sets: setCounts,
        isUnchanged: all.every((c) => c.created + c.updated + c.removed === 0),
      };
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
  );
}

/** The columns content/ sets on an article, compared to find what changed. */
const SHIPPED_ARTICLE_FIELDS = {
  slug: true,
  title: true,
  titleIsSupplied: true,
  outlet: true,
  citedAs: true,
  republishedFrom: true,
  author: true,
  published: true,
  kind: true,
  hash: true,
  body: true,
} as const;

async function syncArticles(tx: Tx, bank: ContentBank): Promise<SyncCounts> {
  const result = counts();
  // Only the shipped articles: a teacher's own articles (with an owner) are not content/'s to change.
  const shipped = await tx.article.findMany({ where: { ownerId: null }, select: SHIPPED_ARTICLE_FIELDS });
  const existing = new Map(shipped.map((article) => [article.slug, article]));
  for (const article of bank.articles) {
    // The row is the article as parsed, without the file it was read from.
    const { sourceFile: _sourceFile, ...row } = article;
    const current = existing.get(article.slug);
    existing.delete(article.slug);
    if (!current) {
      await tx.article.create({ data: row });
      result.created++;
    } else if (canonicalJson(current) !== canonicalJson(row)) {
      await tx.article.update({ where: { slug: article.slug }, data: row });
      result.updated++;
    }
  }
  if (existing.size > 0) {
    await tx.article.deleteMany({ where: { slug: { in: [...existing.keys()] }, ownerId: null } });
    result.removed += existing.size;
  }
  return result;
}

/** Makes the owner's facts and their evidence exactly `facts`, in the caller's transaction. */
export async function syncFacts(tx: Tx, facts: readonly Fact[], owner: SyncOwner): Promise<SyncCounts> {
  const result = counts();
  // New facts are written together at the end: an import adds thousands at once.
  const created: { row: Prisma.FactUncheckedCreateInput; fact: Fact }[] = [];
  const existing = new Map(
    (await tx.fact.findMany({ where: { ownerId: owner.ownerId }, select: { id: true, version: true, position: true, topics: true, difficulty: true, authored: true } })).map((fact) => [fact.id, fact]),
  );
  for (const [position, fact] of facts.entries()) {
    const authored = owner.authored?.(fact);
    const row = { ...factRow(fact, position), ownerId: owner.ownerId, ...(authored === undefined ? {} : { authored }) };
    const current = existing.get(fact.id);
    existing.delete(fact.id);
    if (!current) {
      created.push({ row, fact });
      continue;
    }
    const isSame =
      current.version === row.version &&
      current.position === row.position &&
      current.difficulty === row.difficulty &&
      canonicalJson(current.topics) === canonicalJson(row.topics) &&
      (authored === undefined || canonicalJson(current.authored) === canonicalJson(authored));
    if (isSame) continue;
    await tx.fact.update({ where: { id: fact.id }, data: row });
    if (current.version !== row.version) {
      await tx.evidence.deleteMany({ where: { factId: fact.id } });
      await tx.evidence.createMany({ data: evidenceRows(fact) });
    }
    result.updated++;
  }
  if (created.length > 0) {
    const createdAt = new Date();
    await insertRows(tx, "Fact", FACT_COLUMNS, created.map(({ row }) => ({ ...row, createdAt })));
    await insertRows(tx, "Evidence", EVIDENCE_COLUMNS, created.flatMap(({ fact }) => evidenceRows(fact)));
    result.created += created.length;
  }
  if (existing.size > 0) {
    await tx.fact.deleteMany({ where: { id: { in: [...existing.keys()] }, ownerId: owner.ownerId } });
    result.removed += existing.size;
  }
  return result;
}

/** Makes the owner's current items exactly `items`, in the caller's transaction: the others are retired, never deleted. */
export async function syncItems(tx: Tx, items: readonly Item[], owner: SyncOwner): Promise<SyncCounts> {
  const result = counts();
  const existing = new Map(
    (await tx.item.findMany({ where: { ownerId: owner.ownerId }, select: { id: true, version: true, payload: true, retiredAt: true } })).map((item) => [item.id, item]),
  );
  const created: Item[] = [];
  for (const item of items) {
    const current = existing.get(item.id);
    existing.delete(item.id);
    if (!current) {
      created.push(item);
      continue;
    }
    if (current.retiredAt === null && current.version === item.version && canonicalJson(current.payload) === canonicalJson(item)) continue;
    await tx.item.update({ where: { id: item.id }, data: { ...itemRow(item, owner), retiredAt: null } });
    await tx.itemFact.deleteMany({ where: { itemId: item.id } });
    await tx.itemFact.createMany({ data: item.factIds.map((factId) => ({ itemId: item.id, factId })) });
    result.updated++;
  }
  if (created.length > 0) {
    await insertRows(tx, "Item", ITEM_COLUMNS, created.map((item) => itemRow(item, owner)));
    await insertRows(tx, "ItemFact", ITEM_FACT_COLUMNS, created.flatMap((item) => item.factIds.map((factId) => ({ itemId: item.id, factId }))));
    result.created += created.length;
  }
  const toRetire = [...existing.values()].filter((item) => item.retiredAt === null).map((item) => item.id);
  if (toRetire.length > 0) {
    await tx.item.updateMany({ where: { id: { in: toRetire } }, data: { retiredAt: new Date() } });
    await tx.setItem.deleteMany({ where: { itemId: { in: toRetire } } });
    result.removed += toRetire.length;
  }
  return result;
}

function itemRow(item: Item, owner: SyncOwner) {
  return {
    id: item.id,
    ownerId: owner.ownerId,
    version: item.version,
    type: item.type,
    prompt: item.prompt,
    difficulty: item.difficulty,
    payload: item as unknown as Prisma.InputJsonValue,
  };
}

/** The shipped sets: a teacher's own sets are server/authoring's. */
async function syncSets(tx: Tx, sets: ItemSet[]): Promise<SyncCounts> {
  const result = counts();
  const existing = new Map(
    (await tx.itemSet.findMany({ where: { ownerId: null }, include: { items: { select: { itemId: true, position: true } } } })).map((set) => [set.slug, set]),
  );
  for (const [position, set] of sets.entries()) {
    const row = { slug: set.slug, title: set.title, description: set.description, kind: set.kind, position };
    const current = existing.get(set.slug);
    existing.delete(set.slug);
    const members = set.itemIds.map((itemId, index) => ({ setSlug: set.slug, itemId, position: index }));
    if (!current) {
      await tx.itemSet.create({ data: row });
      await tx.setItem.createMany({ data: members });
      result.created++;
      continue;
    }
    const currentMembers = [...current.items].sort((a, b) => a.position - b.position).map((member) => member.itemId);
    const isSameRow = current.title === row.title && current.description === row.description && current.kind === row.kind && current.position === position;
    const isSameMembers = canonicalJson(currentMembers) === canonicalJson(set.itemIds);
    if (isSameRow && isSameMembers) continue;
    if (!isSameRow) await tx.itemSet.update({ where: { slug: set.slug }, data: row });
    if (!isSameMembers) {
      await tx.setItem.deleteMany({ where: { setSlug: set.slug } });
      await tx.setItem.createMany({ data: members });
    }
    result.updated++;
  }
  if (existing.size > 0) {
    await tx.itemSet.deleteMany({ where: { slug: { in: [...existing.keys()] }, ownerId: null } });
    result.removed += existing.size;
  }
  return result;
}

/** One line for the command line: what changed, or that nothing did. */
export function describeSync(report: SyncReport, totals: { bank: ContentBank; items: Item[]; sets: ItemSet[] }): string {
  const size = `${totals.bank.articles.length} articles, ${totals.bank.facts.length} facts, ${totals.items.length} items, ${totals.sets.length} sets`;
  if (report.isUnchanged) return `content build: no changes (${size} up to date).`;
  const part = (name: string, c: SyncCounts, removed = "removed") =>
    `${name} ${c.created} new, ${c.updated} changed, ${c.removed} ${removed}`;
  return `content build: ${[
    part("articles", report.articles),
    part("facts", report.facts),
    part("items", report.items, "retired"),
    part("sets", report.sets),
  ].join("; ")} (${size}).`;
}
