import "server-only";
import { NotFoundError, UserFacingError } from "@/lib/actions/result";
import { authoredBank, authoredEntities, checkAuthoredFacts, type AuthoredArticle, type AuthoredFactProblem } from "@/lib/authoring/bank";
import { draftFact, isDraftError } from "@/lib/authoring/draft";
import { storyEntities } from "@/lib/authoring/suggest";
import type { FactDraft, Span } from "@/lib/authoring/types";
import type { ArticleKind } from "@/lib/content/types";
import { generateBank } from "@/lib/quiz/generate/index";
import { checkItemQuality } from "@/lib/quiz/quality-gate";
import type { Item } from "@/lib/quiz/types";
import type { SessionUser } from "@/server/auth/session";
import { db } from "@/server/db/client";

/** What a teacher's facts would become, before anything is saved. */
export type ItemPreview = {
  /** One item per fact that yields one, each with its sources. */
  items: Item[];
  /** Problems of the facts themselves, by fact and field: those facts yield nothing until fixed. */
  problems: AuthoredFactProblem[];
  /** The quality gate's findings, by fact: a fact that yields no item and why (too few wrong options, a giveaway…), an item that breaks a rule. */
  gate: { factId: string; message: string }[];
};

const ARTICLE_SELECT = { slug: true, title: true, outlet: true, author: true, published: true, kind: true, hash: true, body: true } as const;

async function ownArticles(actor: SessionUser): Promise<AuthoredArticle[]> {
  const rows = await db().article.findMany({ where: { ownerId: actor.id }, select: ARTICLE_SELECT, orderBy: { createdAt: "asc" } });
  return rows.map((row) => ({ ...row, kind: row.kind as ArticleKind | null }));
}

/** A fact drafted from a selection of one of the acting teacher's articles; NotFoundError for anyone else's, a message for a selection that drafts nothing. */
export async function draftOwnFact(actor: SessionUser, slug: string, selection: Span): Promise<FactDraft> {
  const article = await db().article.findFirst({ where: { slug, ownerId: actor.id }, select: { body: true, published: true } });
  if (!article) throw new NotFoundError("That article");
  const draft = draftFact(article.body, selection, { published: article.published });
  if (isDraftError(draft)) throw new UserFacingError(draft.error, "selection");
  return draft;
}

/**
 * The items the acting teacher's facts (in the content-file shape) would
 * give: checked against all their articles, with wrong options from the
 * names of their story, by the shipped generator and quality gate. Writes
 * nothing. Evidence can cite only the actor's own articles: a quote of
 * anyone else's is an unknown article.
 */
export async function previewOwnItems(actor: SessionUser, facts: readonly unknown[]): Promise<ItemPreview> {
  const articles = await ownArticles(actor);
  const story = storyEntities(articles.map((article) => article.body));
  const entities = authoredEntities(facts.filter((fact): fact is Record<string, never> => typeof fact === "object" && fact !== null), story);
  const checked = checkAuthoredFacts(articles, facts, entities);
  const bank = authoredBank(articles, checked.facts, entities);
  const seed = `authored:${actor.id}`;
  const generated = generateBank(bank, { seed });
  const gate = checkItemQuality({ ...generated, bank, seed }).map((problem) => ({ factId: problem.file, message: problem.message }));
  return {
    items: generated.items,
    problems: checked.problems,
    gate,
  };
}
