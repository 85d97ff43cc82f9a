import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ContentBank, Fact } from "@/lib/content/types";
import { generateBank } from "@/lib/quiz/generate";
import { canonicalJson } from "@/lib/quiz/item-id";
import type { Item, ItemSet } from "@/lib/quiz/types";
import { buildItemBank, CONTENT_SEED, type ItemBank } from "@/server/content/build-item-bank";
import { syncContent } from "@/server/content/sync-content";
import { db } from "@/server/db/client";
import { getArticle } from "@/server/library/get-article";
import { getFact } from "@/server/library/get-fact";
import { getSet } from "@/server/library/get-set";
import { listLibrary } from "@/server/library/list-library";
import { submitReviews } from "@/server/reviews/submit-reviews";
import { createStudent } from "@/tests/fixtures/classes";

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
  const { items, sets } = generateBank(bank, { seed: CONTENT_SEED });
  return { bank, items, sets };
}

function withFacts(facts: Fact[]): ContentBank {
  return { ...shipped.bank, facts };
}

async function snapshot() {
  return {
    // The shipped content: teachers' own (made by other test files) is not content build's.
    articles: await db().article.count({ where: { ownerId: null } }),
    facts: await db().fact.count({ where: { ownerId: null } }),
    evidence: await db().evidence.count({ where: { fact: { ownerId: null } } }),
    items: await db().item.count({ where: { retiredAt: null, ownerId: null } }),
    sets: await db().itemSet.count({ where: { ownerId: null } }),
    setItems: await db().setItem.count({ where: { set: { ownerId: null } } }),
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
    // A wording edit that leaves the sentences whole (a note after the last sentence would no longer make a clean gap sentence).
    const edited = { ...target, statement: target.statement.replace(/\.$/, " (edited)."), question: target.question.replace(/\?$/, " (edited)?") };
    expect(edited.statement).not.toBe(target.statement);
    expect(edited.question).not.toBe(target.question);
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

/**
 * Part of the bank the previous generator made (commit 7d51eae), as the
 * database stored it: 56 of its items with their payloads, and its sets
 * restricted to them (tests/fixtures/old-bank.json).
 */
type OldBank = { generatedFrom: string; sets: (Omit<ItemSet, "itemIds"> & { itemIds: string[] })[]; items: Item[] };

function readOldBank(): OldBank {
  return JSON.parse(readFileSync(path.join(process.cwd(), "tests/fixtures/old-bank.json"), "utf8")) as OldBank;
}

/** Makes the database hold the old bank's items and set memberships instead of the current ones (facts and articles stay). */
async function loadOldBank(old: OldBank) {
  const facts = new Set((await db().fact.findMany({ select: { id: true } })).map((fact) => fact.id));
  await db().$transaction(async (tx) => {
    await tx.item.deleteMany({});
    await tx.item.createMany({
      data: old.items.map((item) => ({
        id: item.id,
        version: item.version,
        type: item.type,
        prompt: item.prompt,
        difficulty: item.difficulty,
        payload: item as object,
      })),
    });
    await tx.itemFact.createMany({
      data: old.items.flatMap((item) => item.factIds.filter((factId) => facts.has(factId)).map((factId) => ({ itemId: item.id, factId }))),
    });
    for (const [position, set] of old.sets.entries()) {
      const row = { title: set.title, description: set.description, kind: set.kind, position };
      await tx.itemSet.upsert({ where: { slug: set.slug }, create: { slug: set.slug, ...row }, update: row });
      await tx.setItem.createMany({ data: set.itemIds.map((itemId, index) => ({ setSlug: set.slug, itemId, position: index })) });
    }
  });
}

describe("learners keep their progress across the rebuild", () => {
  const NOW = new Date("2026-03-10T09:00:00Z");
  const LATER = new Date("2026-03-12T09:00:00Z");

  it("keeps every card and review log, retires the old items no longer made, and updates those still made", async () => {
    const old = readOldBank();
    const newById = new Map(shipped.items.map((item) => [item.id, item]));
    const kept = old.items.filter((item) => newById.has(item.id));
    const retired = old.items.filter((item) => !newById.has(item.id));
    const liveFacts = new Set(shipped.bank.facts.map((fact) => fact.id));
    // The fixture covers the three cases: ids still made, items of facts that are gone, items of kept facts no longer made.
    expect(kept.length).toBeGreaterThanOrEqual(10);
    expect(retired.filter((item) => item.factIds.some((factId) => !liveFacts.has(factId))).length).toBeGreaterThanOrEqual(5);
    expect(retired.filter((item) => item.factIds.length > 0 && item.factIds.every((factId) => liveFacts.has(factId))).length).toBeGreaterThanOrEqual(5);
    expect(new Set(old.items.map((item) => item.type)).size).toBeGreaterThanOrEqual(6);

    await loadOldBank(old);
    const learner = await createStudent();
    const other = await createStudent("Otieno Wafula");
    const reviewed = [...kept.slice(0, 4), ...retired.slice(0, 6)].map((item) => item.id);
    const first = await submitReviews(learner, reviewed.map((itemId, index) => ({ reviewId: randomUUID(), itemId, rating: ((index % 4) + 1) as 1 | 2 | 3 | 4, reviewedAt: NOW })), NOW);
    expect(first.map((result) => result.status)).toEqual(reviewed.map(() => "stored"));
    // A second review of some cards, so that they have a history.
    const again = [reviewed[0]!, reviewed[5]!];
    const second = await submitReviews(learner, again.map((itemId) => ({ reviewId: randomUUID(), itemId, rating: 3 as const, reviewedAt: LATER })), LATER);
    expect(second.map((result) => result.status)).toEqual(["stored", "stored"]);
    await submitReviews(other, [{ reviewId: randomUUID(), itemId: retired[0]!.id, rating: 4, reviewedAt: NOW }], NOW);

    const cardsOf = (userId: string) => db().card.findMany({ where: { userId }, orderBy: { itemId: "asc" } });
    const logsOf = (userId: string) => db().reviewLog.findMany({ where: { userId }, orderBy: { id: "asc" } });
    const before = { cards: await cardsOf(learner.id), logs: await logsOf(learner.id), other: await cardsOf(other.id) };
    const totals = async () => ({ cards: await db().card.count(), logs: await db().reviewLog.count() });
    const totalsBefore = await totals();
    expect(before.cards).toHaveLength(reviewed.length);
    expect(before.logs).toHaveLength(reviewed.length + again.length);

    const report = await syncContent(shipped.bank, shipped.items, shipped.sets);

    // Every card and review log survives, unchanged, and stays its learner's.
    expect(await cardsOf(learner.id)).toEqual(before.cards);
    expect(await logsOf(learner.id)).toEqual(before.logs);
    expect(await cardsOf(other.id)).toEqual(before.other);
    expect(await totals()).toEqual(totalsBefore);

    expect(report.items.created).toBe(shipped.items.length - kept.length);
    expect(report.items.removed).toBe(retired.length);
    const changed = kept.filter((item) => canonicalJson(item) !== canonicalJson(newById.get(item.id)));
    expect(report.items.updated).toBe(changed.length);

    // Items no longer made are retired, never deleted, and in no set.
    const retiredRows = await db().item.findMany({ where: { id: { in: retired.map((item) => item.id) } }, select: { id: true, retiredAt: true, payload: true } });
    expect(retiredRows).toHaveLength(retired.length);
    for (const row of retiredRows) expect(row.retiredAt, row.id).not.toBeNull();
    expect(await db().setItem.count({ where: { itemId: { in: retired.map((item) => item.id) } } })).toBe(0);
    // Their payload is still the one the learner saw.
    const oldById = new Map(old.items.map((item) => [item.id, item]));
    for (const row of retiredRows) expect(row.payload, row.id).toEqual(oldById.get(row.id));

    // Items whose ids the new bank still makes are live, with the new payload and version, in the new sets.
    const keptRows = await db().item.findMany({ where: { id: { in: kept.map((item) => item.id) } }, select: { id: true, retiredAt: true, version: true, payload: true } });
    expect(keptRows).toHaveLength(kept.length);
    for (const row of keptRows) {
      const current = newById.get(row.id)!;
      expect(row.retiredAt, row.id).toBeNull();
      expect(row.version, row.id).toBe(current.version);
      expect(row.payload, row.id).toEqual(current);
    }
    const all = shipped.sets.find((set) => set.kind === "all")!;
    expect((await getSet(all.slug))?.items.map((item) => item.id)).toEqual(all.itemIds);
    // An old set the new bank does not make is gone; the new sets hold exactly their items.
    const goneSets = old.sets.filter((set) => !shipped.sets.some((current) => current.slug === set.slug)).map((set) => set.slug);
    expect(goneSets.length).toBeGreaterThan(0);
    expect(await db().itemSet.count({ where: { slug: { in: goneSets } } })).toBe(0);
    expect(await db().setItem.count()).toBe(shipped.sets.reduce((sum, set) => sum + set.itemIds.length, 0));

    // A card on a retired item is still the learner's, with its schedule; its item is still there to show.
    const onRetired = (await cardsOf(learner.id)).filter((card) => retired.some((item) => item.id === card.itemId));
    expect(onRetired).toHaveLength(6);
    for (const card of onRetired) {
      expect(card.userId).toBe(learner.id);
      expect(await db().item.findUnique({ where: { id: card.itemId }, select: { id: true } })).not.toBeNull();
    }

    // A second sync of the same bank changes nothing, and a retired item stays retired.
    const twice = await syncContent(shipped.bank, shipped.items, shipped.sets);
    expect(twice.isUnchanged).toBe(true);
    expect(await db().item.count({ where: { id: { in: retired.map((item) => item.id) }, retiredAt: null } })).toBe(0);
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

  it("gives a source error with its kind and correction, the error side's evidence marked", async () => {
    const curated = shipped.bank.facts.find((fact) => fact.id === "crisis-moise-assassination")!;
    expect(curated.conflict?.kind).toBe("source-error");
    const fact = await getFact(curated.id);
    expect(fact?.conflictKind).toBe("source-error");
    expect(fact?.conflictCorrection).toBe(curated.conflict!.correction);
    expect(fact?.conflictCorrection).toMatch(/President/);
    const sided = fact!.sources.filter((source) => source.side !== null);
    expect(sided.filter((source) => source.sideIsError).map((source) => [source.side, source.article.slug])).toEqual([
      ["Prime Minister", "globalpost-stepping-up-kenya-haiti"],
    ]);
    expect(new Set(sided.filter((source) => !source.sideIsError).map((source) => source.side))).toEqual(new Set(["President"]));
    expect(fact!.sources.filter((source) => source.side === null).every((source) => !source.sideIsError)).toBe(true);
    const rows = await db().evidence.findMany({ where: { factId: curated.id }, select: { side: true, sideIsError: true, articleSlug: true } });
    expect(rows.filter((row) => row.sideIsError)).toEqual([{ side: "Prime Minister", sideIsError: true, articleSlug: "globalpost-stepping-up-kenya-haiti" }]);
    expect(rows.filter((row) => row.side === "Prime Minister").every((row) => row.sideIsError)).toBe(true);
    const question = fact!.items.find((item) => item.type === "sources-disagree");
    expect(question && "answer" in question ? question.answer : null).toBe("President");
  });

  it("gives a disagreement with its kind, no correction and no side marked as the error", async () => {
    const fact = await getFact("crisis-displacement-count");
    expect(fact?.conflictKind).toBe("disagreement");
    expect(fact?.conflictCorrection).toBeNull();
    expect(new Set(fact?.sources.filter((source) => source.side).map((source) => source.side))).toEqual(new Set(["hundreds", "thousands"]));
    expect(fact?.sources.some((source) => source.sideIsError)).toBe(false);
  });

  it("gives a set's items in order", async () => {
    const set = shipped.sets.find((candidate) => candidate.kind === "topic")!;
    expect((await getSet(set.slug))?.items.map((item) => item.id)).toEqual(set.itemIds);
  });
});
