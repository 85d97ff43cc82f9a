import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ContentBank, Fact } from "@/lib/content/types";
import { buildSets, generateItems } from "@/lib/quiz/generate";
import { buildItemBank, CONTENT_SEED, type ItemBank } from "@/scripts/content/build-bank";
import { syncContent } from "@/server/content/sync-content";
import { db } from "@/server/db/client";
import { getArticle } from "@/server/library/get-article";
import { getFact } from "@/server/library/get-fact";
import { getSet } from "@/server/library/get-set";
import { listLibrary } from "@/server/library/list-library";

let shipped: ItemBank;

beforeAll(async () => {
  shipped = buildItemBank(process.cwd());
  await syncContent(shipped.bank, shipped.items, shipped.sets);
});
afterAll(async () => {
  await syncContent(shipped.bank, shipped.items, shipped.sets);
  await db().$disconnect();
});

function rebuild(bank: ContentBank) {
  const items = generateItems(bank, { seed: CONTENT_SEED });
  return { bank, items, sets: buildSets(bank, items) };
}

function withFacts(facts: Fact[]): ContentBank {
  return { ...shipped.bank, facts };
}

async function snapshot() {
  return {
    articles: await db().article.count(),
    facts: await db().fact.count(),
    evidence: await db().evidence.count(),
    items: await db().item.count({ where: { retiredAt: null } }),
    sets: await db().itemSet.count(),
    setItems: await db().setItem.count(),
  };
}

describe("syncContent", () => {
  it("loads the shipped content and changes nothing on a second run", async () => {
    const evidenceRows = shipped.bank.facts.reduce(
      (sum, fact) => sum + fact.evidence.length + (fact.conflict?.sides.reduce((n, side) => n + side.evidence.length, 0) ?? 0),
      0,
    );
    expect(await snapshot()).toEqual({
      articles: 5,
      facts: shipped.bank.facts.length,
      evidence: evidenceRows,
      items: shipped.items.length,
      sets: shipped.sets.length,
      setItems: shipped.sets.reduce((sum, set) => sum + set.itemIds.length, 0),
    });
    const again = await syncContent(shipped.bank, shipped.items, shipped.sets);
    expect(again.isUnchanged).toBe(true);
  });

  it("updates only the items of an edited fact, keeping their ids", async () => {
    const target = shipped.bank.facts.find((fact) => fact.kind === "fact" && !fact.conflict)!;
    const edited = { ...target, statement: `${target.statement} (edited)`, question: `${target.question} (edited)` };
    const next = rebuild(withFacts(shipped.bank.facts.map((fact) => (fact.id === target.id ? edited : fact))));
    const report = await syncContent(next.bank, next.items, next.sets);
    expect(report.facts).toEqual({ created: 0, updated: 1, removed: 0 });
    expect(report.items.created).toBe(0);
    expect(report.items.removed).toBe(0);
    const touched = await db().item.findMany({ where: { facts: { some: { factId: target.id } } }, select: { id: true, version: true } });
    const before = new Map(shipped.items.map((item) => [item.id, item.version]));
    expect(touched.length).toBeGreaterThan(0);
    for (const item of touched) {
      expect(before.has(item.id)).toBe(true);
      expect(item.version).not.toBe(before.get(item.id));
    }
    expect((await db().fact.findUniqueOrThrow({ where: { id: target.id } })).statement).toBe(edited.statement);
    await syncContent(shipped.bank, shipped.items, shipped.sets);
  });

  it("retires the items of a removed fact instead of deleting them, and brings them back", async () => {
    const target = shipped.bank.facts.find((fact) => fact.kind === "quote")!;
    const next = rebuild(withFacts(shipped.bank.facts.filter((fact) => fact.id !== target.id)));
    const ownItems = shipped.items.filter((item) => item.factIds.length === 1 && item.factIds[0] === target.id).map((item) => item.id);
    expect(ownItems.length).toBeGreaterThan(0);

    const report = await syncContent(next.bank, next.items, next.sets);
    expect(report.facts.removed).toBe(1);
    const retired = await db().item.findMany({ where: { id: { in: ownItems } }, select: { retiredAt: true } });
    expect(retired).toHaveLength(ownItems.length);
    expect(retired.every((item) => item.retiredAt !== null)).toBe(true);
    expect(await db().setItem.count({ where: { itemId: { in: ownItems } } })).toBe(0);

    await syncContent(shipped.bank, shipped.items, shipped.sets);
    expect(await db().item.count({ where: { id: { in: ownItems }, retiredAt: null } })).toBe(ownItems.length);
  });

  it("writes nothing when any part of the sync fails", async () => {
    const before = await snapshot();
    const broken = shipped.items.map((item, index) => (index === 0 ? { ...item, factIds: ["no-such-fact"] } : item));
    const renamedFacts = withFacts(shipped.bank.facts.map((fact) => ({ ...fact, statement: `${fact.statement} (v2)` })));
    await expect(syncContent(renamedFacts, broken, shipped.sets)).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
    expect(await db().fact.count({ where: { statement: { endsWith: "(v2)" } } })).toBe(0);
  });
});

describe("Library reads", () => {
  it("lists the five articles with their fact counts and every set", async () => {
    const library = await listLibrary();
    expect(library.articles).toHaveLength(5);
    for (const article of library.articles) {
      const supported = shipped.bank.facts.filter(
        (fact) =>
          fact.evidence.some((evidence) => evidence.article === article.slug) ||
          fact.conflict?.sides.some((side) => side.evidence.some((evidence) => evidence.article === article.slug)),
      );
      expect(article.factCount).toBe(supported.length);
    }
    expect(library.sets.map((set) => set.slug).sort()).toEqual(shipped.sets.map((set) => set.slug).sort());
    expect(library.sets.find((set) => set.slug === "all")?.itemCount).toBe(shipped.items.length);
  });

  it("gives an article with the evidence quoted from it", async () => {
    const slug = shipped.bank.articles[0]!.slug;
    const article = await getArticle(slug);
    expect(article?.body).toBe(shipped.bank.articles[0]!.body);
    expect(article?.evidence.length).toBeGreaterThan(0);
    expect(await getArticle("no-such-article")).toBeNull();
  });

  it("gives a conflicted fact with both sides and its items", async () => {
    const conflicted = shipped.bank.facts.find((fact) => fact.conflict)!;
    const fact = await getFact(conflicted.id);
    expect(fact?.conflictAbout).toBe(conflicted.conflict!.about);
    expect(new Set(fact?.sources.filter((source) => source.side).map((source) => source.side))).toEqual(
      new Set(conflicted.conflict!.sides.map((side) => side.label)),
    );
    expect(fact?.items.some((item) => item.type === "sources-disagree")).toBe(true);
    expect(await getFact("no-such-fact")).toBeNull();
  });

  it("gives a set's items in order", async () => {
    const set = shipped.sets.find((candidate) => candidate.kind === "topic")!;
    expect((await getSet(set.slug))?.items.map((item) => item.id)).toEqual(set.itemIds);
  });
});
