import "server-only";
import { randomBytes } from "node:crypto";
import { NotFoundError, UserFacingError } from "@/lib/actions/result";
import { draftFact, isDraftError } from "@/lib/authoring/draft";
import { factFromForm, type FactForm } from "@/lib/authoring/fact-form";
import type { FactDraft, Span } from "@/lib/authoring/types";
import { AUTHORED_FACT_ID_PREFIX } from "@/lib/content/check-fact-files";
import type { Item } from "@/lib/quiz/types";
import type { SessionUser } from "@/server/auth/session";
import { inTransaction } from "@/server/db/transaction";
import { db } from "@/server/db/client";
import { itemFromPayload } from "@/server/items/json-columns";
import { applyOwnContent, generateOwn, readOwnContent, type ChangeReport, type OwnContent } from "./own-bank";

/** A teacher's fact's id: `t-` and 12 hex digits. */
export function authoredFactId(): string {
  return `${AUTHORED_FACT_ID_PREFIX}${randomBytes(6).toString("hex")}`;
}

export type SavedFact = ChangeReport & { factId: string };

/** A teacher's stored fact with the items it gives now (rejected ones listed apart, to restore). */
export type OwnFact = {
  id: string;
  statement: string;
  kind: string;
  question: string;
  /** The fact as written, in the content-file shape (the form's values come from it). */
  authored: Record<string, unknown>;
  /** The articles its evidence quotes. */
  articles: string[];
  items: Item[];
};

/** The fact form's fact for `article`, which must be the actor's own. */
async function ownArticleOrThrow(actor: SessionUser, slug: string): Promise<void> {
  const article = await db().article.findFirst({ where: { slug, ownerId: actor.id }, select: { slug: true } });
  if (!article) throw new NotFoundError("That article");
}

function withFact(content: OwnContent, id: string, authored: Record<string, unknown>): OwnContent {
  const facts = content.facts.some((fact) => fact.id === id)
    ? content.facts.map((fact) => (fact.id === id ? { id, authored } : fact))
    : [...content.facts, { id, authored }];
  return { ...content, facts };
}

/**
 * Saves one of the acting teacher's facts (new, or `id` of one of theirs),
 * and rebuilds their bank in the same transaction. Refused, saving nothing,
 * when the fact (or any other of theirs) breaks a content rule: the message
 * names the field. Reports how many students' cards the change affects.
 */
export async function saveOwnFact(actor: SessionUser, form: FactForm, options: { id?: string; now?: Date } = {}): Promise<SavedFact> {
  await ownArticleOrThrow(actor, form.article);
  if (form.secondArticle) await ownArticleOrThrow(actor, form.secondArticle);
  const now = options.now ?? new Date();
  return inTransaction(async (tx) => {
    const content = await readOwnContent(tx, actor.id);
    if (options.id !== undefined && !content.facts.some((fact) => fact.id === options.id)) throw new NotFoundError("That fact");
    const id = options.id ?? authoredFactId();
    const report = await applyOwnContent(tx, withFact(content, id, factFromForm(form, id)), [id], now);
    return { ...report, factId: id };
  }, { timeoutMs: 30_000 });
}

/** Deletes one of the acting teacher's facts: its items are retired (learners' progress is kept). */
export async function deleteOwnFact(actor: SessionUser, id: string, now = new Date()): Promise<ChangeReport> {
  return inTransaction(async (tx) => {
    const content = await readOwnContent(tx, actor.id);
    if (!content.facts.some((fact) => fact.id === id)) throw new NotFoundError("That fact");
    return applyOwnContent(tx, { ...content, facts: content.facts.filter((fact) => fact.id !== id) }, [id], now);
  }, { timeoutMs: 30_000 });
}

/** A fact drafted from a selection of one of the acting teacher's articles; NotFoundError for anyone else's, a message for a selection that drafts nothing. */
export async function draftOwnFact(actor: SessionUser, slug: string, selection: Span): Promise<FactDraft> {
  const article = await db().article.findFirst({ where: { slug, ownerId: actor.id }, select: { body: true, published: true } });
  if (!article) throw new NotFoundError("That article");
  const draft = draftFact(article.body, selection, { published: article.published });
  if (isDraftError(draft)) throw new UserFacingError(draft.error, "selection");
  return draft;
}

/** The items a fact form would give, in the context of the actor's saved facts, without saving: items, and the fact's problems and the gate's findings. */
export async function previewOwnFact(actor: SessionUser, form: FactForm, id?: string) {
  await ownArticleOrThrow(actor, form.article);
  const content = await readOwnContent(db(), actor.id);
  if (id !== undefined && !content.facts.some((fact) => fact.id === id)) throw new NotFoundError("That fact");
  const factId = id ?? "t-preview";
  const generation = generateOwn(withFact(content, factId, factFromForm(form, factId)));
  return {
    items: generation.items.filter((item) => item.factIds.includes(factId)),
    problems: generation.problems.filter((problem) => problem.factId === factId),
    gate: generation.gate.filter((problem) => problem.factId === factId),
  };
}

/** The acting teacher's facts (those quoting `articleSlug`, or the one `factId`, when given), in the order written, with their current items. */
export async function listOwnFacts(actor: SessionUser, filter: { articleSlug?: string; factId?: string } = {}): Promise<OwnFact[]> {
  const { articleSlug, factId } = filter;
  const rows = await db().fact.findMany({
    where: { ownerId: actor.id, ...(articleSlug ? { evidence: { some: { articleSlug } } } : {}), ...(factId ? { id: factId } : {}) },
    orderBy: [{ createdAt: "asc" }, { position: "asc" }, { id: "asc" }],
    select: {
      id: true,
      statement: true,
      kind: true,
      question: true,
      authored: true,
      evidence: { select: { articleSlug: true }, orderBy: { position: "asc" } },
      items: { where: { item: { retiredAt: null } }, select: { item: { select: { payload: true } } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    statement: row.statement,
    kind: row.kind,
    question: row.question,
    authored: (row.authored ?? {}) as Record<string, unknown>,
    articles: [...new Set(row.evidence.map((evidence) => evidence.articleSlug))],
    items: row.items.map(({ item }) => itemFromPayload(item.payload)),
  }));
}

/** Items of the actor's facts they rejected, to restore: id, type and prompt as last made. */
export async function listRejectedItems(actor: SessionUser): Promise<{ itemId: string; prompt: string; factIds: string[] }[]> {
  const edits = await db().itemEdit.findMany({ where: { ownerId: actor.id, rejectedAt: { not: null } }, select: { itemId: true }, orderBy: { updatedAt: "asc" } });
  if (edits.length === 0) return [];
  const items = await db().item.findMany({ where: { id: { in: edits.map((edit) => edit.itemId) }, ownerId: actor.id }, select: { id: true, prompt: true, facts: { select: { factId: true } } } });
  return items.map((item) => ({ itemId: item.id, prompt: item.prompt, factIds: item.facts.map((fact) => fact.factId) }));
}

async function editOwnItem(actor: SessionUser, itemId: string, change: { rejectedAt?: Date | null; explanation?: string | null }, now: Date): Promise<ChangeReport> {
  return inTransaction(async (tx) => {
    const item = await tx.item.findFirst({ where: { id: itemId, ownerId: actor.id }, select: { facts: { select: { factId: true } } } });
    if (!item) throw new NotFoundError("That question");
    await tx.itemEdit.upsert({
      where: { ownerId_itemId: { ownerId: actor.id, itemId } },
      create: { ownerId: actor.id, itemId, rejectedAt: change.rejectedAt ?? null, explanation: change.explanation ?? null },
      update: change,
    });
    const content = await readOwnContent(tx, actor.id);
    return applyOwnContent(tx, content, item.facts.map((fact) => fact.factId), now);
  }, { timeoutMs: 30_000 });
}

/** Rejects one of the actor's items: it is retired, and its fact is asked in its next format if it has one. */
export function rejectOwnItem(actor: SessionUser, itemId: string, now = new Date()): Promise<ChangeReport> {
  return editOwnItem(actor, itemId, { rejectedAt: now }, now);
}

/** Takes back a rejection. */
export function restoreOwnItem(actor: SessionUser, itemId: string, now = new Date()): Promise<ChangeReport> {
  return editOwnItem(actor, itemId, { rejectedAt: null }, now);
}

/** Rewrites the explanation learners read after answering one of the actor's items; empty restores the generated one. */
export function editOwnExplanation(actor: SessionUser, itemId: string, explanation: string, now = new Date()): Promise<ChangeReport> {
  const text = explanation.trim();
  if (text.length > 1_000) throw new UserFacingError("Keep the explanation under 1,000 characters.", "explanation");
  return editOwnItem(actor, itemId, { explanation: text === "" ? null : text }, now);
}
