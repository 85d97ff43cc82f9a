import "server-only";
import type { Prisma } from "@/generated/prisma/sqlite/client";
import { UserFacingError } from "@/lib/actions/result";
import { generateAuthored, type AuthoredArticle, type AuthoredFactProblem, type AuthoredGeneration, type AuthoredItemEdit } from "@/lib/authoring/bank";
import { storyEntities } from "@/lib/authoring/suggest";
import type { ArticleKind } from "@/lib/content/types";
import { canonicalJson } from "@/lib/quiz/item-id";
import { syncFacts, syncItems, type SyncCounts } from "@/server/content/sync-content";

type Tx = Prisma.TransactionClient;

/** A teacher's stored content: their articles, their facts as they wrote them and their decisions on items. */
export type OwnContent = {
  ownerId: string;
  /** `importedFrom`: the file of a card import, whose rows are no story's names. */
  articles: (AuthoredArticle & { importedFrom: string | null })[];
  /** In the order they were written. */
  facts: { id: string; authored: unknown }[];
  edits: AuthoredItemEdit[];
};

const ARTICLE_SELECT = { slug: true, title: true, outlet: true, author: true, published: true, kind: true, hash: true, body: true, importedFrom: true } as const;

/** Reads one teacher's content (inside the caller's transaction when it writes after). */
export async function readOwnContent(tx: Pick<Tx, "article" | "fact" | "itemEdit">, ownerId: string): Promise<OwnContent> {
  const [articles, facts, edits] = await Promise.all([
    tx.article.findMany({ where: { ownerId }, select: ARTICLE_SELECT, orderBy: [{ createdAt: "asc" }, { slug: "asc" }] }),
    tx.fact.findMany({ where: { ownerId }, select: { id: true, authored: true }, orderBy: [{ createdAt: "asc" }, { position: "asc" }, { id: "asc" }] }),
    tx.itemEdit.findMany({ where: { ownerId }, select: { itemId: true, rejectedAt: true, explanation: true } }),
  ]);
  return {
    ownerId,
    articles: articles.map((article) => ({ ...article, kind: article.kind as ArticleKind | null })),
    facts: facts.map((fact) => ({ id: fact.id, authored: fact.authored })),
    edits: edits.map((edit) => ({ itemId: edit.itemId, rejected: edit.rejectedAt !== null, explanation: edit.explanation })),
  };
}

/** The seed of a teacher's bank: the same for every rebuild, so options only move when the facts do. */
export function ownSeed(ownerId: string): string {
  return `authored:${ownerId}`;
}

/** What a teacher's content generates (lib/authoring/bank.ts generateAuthored), with the names of their story. */
export function generateOwn(content: OwnContent): AuthoredGeneration {
  const story = storyEntities(content.articles.filter((article) => article.importedFrom === null).map((article) => article.body));
  return generateAuthored(
    content.articles,
    content.facts.map((fact) => fact.authored),
    story,
    { seed: ownSeed(content.ownerId), edits: content.edits },
  );
}

/** What a change did to the items and to the students who study them. */
export type ChangeReport = {
  items: SyncCounts;
  /** Students with a card on a changed fact's item that was retired or whose question changed. */
  affectedStudents: number;
  /** Cards brought back for a correction review, because their fact's answer was corrected. */
  correctionCards: number;
};

/** The problems of a teacher's facts as one message, naming each fact's field. */
export function describeProblems(problems: readonly AuthoredFactProblem[]): string {
  const lines = problems.slice(0, 5).map((problem) => (problem.field ? `${problem.field}: ${problem.message}` : problem.message));
  const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : "";
  return `Nothing was saved: ${lines.join("; ")}${more}.`;
}

/**
 * Makes the database hold exactly what `content` generates for its owner,
 * in the caller's transaction: facts and evidence, items (retired, never
 * deleted), the article sets and the members of hand-picked sets. Refused,
 * changing nothing, when any fact has a problem. For the facts in
 * `changedFactIds`, counts the students whose cards it affects, and brings
 * back for review now the cards of a fact whose answer was corrected,
 * keeping their memory state.
 */
export async function applyOwnContent(
  tx: Tx,
  content: OwnContent,
  changedFactIds: readonly string[],
  now: Date,
  generation: AuthoredGeneration = generateOwn(content),
): Promise<ChangeReport> {
  if (generation.problems.length > 0) throw new UserFacingError(describeProblems(generation.problems));
  const { ownerId } = content;
  const changed = new Set(changedFactIds);
  const before = await tx.fact.findMany({
    where: { ownerId, id: { in: [...changed] } },
    select: { id: true, answer: true, items: { select: { item: { select: { id: true, version: true, retiredAt: true } } } } },
  });
  const authored = new Map(content.facts.map((fact) => [fact.id, fact.authored as Prisma.InputJsonValue]));
  await syncFacts(tx, generation.facts, { ownerId, authored: (fact) => authored.get(fact.id) ?? {} });
  const items = await syncItems(tx, generation.items, { ownerId });
  await syncOwnSets(tx, ownerId, generation);

  const after = new Map(generation.items.map((item) => [item.id, item]));
  const touched: string[] = [];
  const corrected: string[] = [];
  for (const fact of before) {
    const newFact = generation.facts.find((candidate) => candidate.id === fact.id);
    const isCorrected = newFact !== undefined && canonicalJson(newFact.answer) !== canonicalJson(fact.answer);
    for (const { item } of fact.items) {
      if (item.retiredAt !== null) continue;
      const kept = after.get(item.id);
      if (!kept || kept.version !== item.version) touched.push(item.id);
      if (kept && isCorrected) corrected.push(item.id);
    }
  }
  const affected = touched.length === 0 ? [] : await tx.card.findMany({ where: { itemId: { in: touched } }, distinct: ["userId"], select: { userId: true } });
  const correction = corrected.length === 0 ? { count: 0 } : await tx.card.updateMany({ where: { itemId: { in: corrected }, state: { not: 0 } }, data: { due: now } });
  return { items, affectedStudents: affected.length, correctionCards: correction.count };
}

/**
 * The owner's sets after a rebuild: one per article with items (created as
 * drafts, their publication kept), removed when their article yields none;
 * hand-picked sets hold the current items of the facts picked.
 */
async function syncOwnSets(tx: Tx, ownerId: string, generation: AuthoredGeneration): Promise<void> {
  const existing = await tx.itemSet.findMany({
    where: { ownerId },
    select: { slug: true, kind: true, title: true, description: true, position: true, factIds: true, items: { select: { itemId: true, position: true } } },
  });
  const current = new Map(existing.map((set) => [set.slug, set]));
  const wanted = new Map(generation.sets.map((set, position) => [set.slug, { ...set, position }]));
  const setMembers = async (slug: string, itemIds: readonly string[], had: { itemId: string; position: number }[]) => {
    const was = [...had].sort((a, b) => a.position - b.position).map((member) => member.itemId);
    if (canonicalJson(was) === canonicalJson(itemIds)) return;
    await tx.setItem.deleteMany({ where: { setSlug: slug } });
    if (itemIds.length > 0) await tx.setItem.createMany({ data: itemIds.map((itemId, position) => ({ setSlug: slug, itemId, position })) });
  };
  for (const set of wanted.values()) {
    const row = current.get(set.slug);
    if (!row) {
      await tx.itemSet.create({ data: { slug: set.slug, ownerId, title: set.title, description: set.description, kind: "article", position: set.position } });
      await setMembers(set.slug, set.itemIds, []);
      continue;
    }
    if (row.title !== set.title || row.description !== set.description || row.position !== set.position) {
      await tx.itemSet.update({ where: { slug: set.slug }, data: { title: set.title, description: set.description, position: set.position } });
    }
    await setMembers(set.slug, set.itemIds, row.items);
  }
  const gone = existing.filter((set) => set.kind === "article" && !wanted.has(set.slug)).map((set) => set.slug);
  if (gone.length > 0) await tx.itemSet.deleteMany({ where: { slug: { in: gone }, ownerId } });
  for (const set of existing.filter((candidate) => candidate.kind === "custom")) {
    const picked = new Set(Array.isArray(set.factIds) ? (set.factIds as unknown[]).filter((id): id is string => typeof id === "string") : []);
    const itemIds = generation.items.filter((item) => item.factIds.some((factId) => picked.has(factId))).map((item) => item.id);
    await setMembers(set.slug, itemIds, set.items);
  }
}
