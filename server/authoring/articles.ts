import "server-only";
import { randomBytes } from "node:crypto";
import { NotFoundError, UserFacingError } from "@/lib/actions/result";
import { articleMetaSchema } from "@/lib/authoring/article-meta";
import { authoredCitedAs } from "@/lib/authoring/bank";
import { ingestArticle, type IngestInput } from "@/lib/authoring/ingest";
import { AUTHORED_ARTICLE_PREFIX } from "@/lib/quiz/feedback";
import { rankSuggestions, suggestSentences } from "@/lib/authoring/suggest";
import type { SentenceSuggestion } from "@/lib/authoring/types";
import type { z } from "zod";
import type { SessionUser } from "@/server/auth/session";
import { requireTeacher } from "@/server/classes/access";
import { db } from "@/server/db/client";
import { inTransaction } from "@/server/db/transaction";
import { applyOwnContent, readOwnContent, type ChangeReport } from "./own-bank";

/** A teacher's article as their list shows it. Fields the source does not state are null ("not stated"). */
export type AuthoredArticleSummary = {
  slug: string;
  /** "" when the teacher gave none. */
  title: string;
  outlet: string | null;
  author: string | null;
  published: string | null;
  kind: string | null;
  characters: number;
  createdAt: Date;
};

export type AuthoredArticle = AuthoredArticleSummary & {
  body: string;
  hash: string;
  /** The suggestion step's proposals, most quiz-worthy first: candidates, never facts. */
  suggestions: SentenceSuggestion[];
};

/** A teacher's article's slug: `a_` and 16 hex digits, never a shipped article's (those are kebab-case file names). */
export function authoredArticleSlug(): string {
  return `${AUTHORED_ARTICLE_PREFIX}${randomBytes(8).toString("hex")}`;
}

/** The article form's details as typed: every field may be empty. */
export type ArticleMetaInput = z.input<typeof articleMetaSchema>;

const SUMMARY_SELECT = { slug: true, title: true, outlet: true, author: true, published: true, kind: true, body: true, createdAt: true } as const;

/**
 * Stores an article a teacher brings: the body extracted from the pasted text
 * or HTML or the uploaded file (refused with a message when it is empty, too
 * long or unreadable), and the details they gave, each null when left empty.
 * Nothing is guessed: details found in the HTML are the form's business, not this.
 */
export async function addArticle(actor: SessionUser, source: IngestInput, meta: ArticleMetaInput): Promise<{ slug: string }> {
  requireTeacher(actor);
  const details = articleMetaSchema.safeParse(meta);
  if (!details.success) {
    const issue = details.error.issues[0];
    throw new UserFacingError(issue?.message ?? "Check the article's details.", issue?.path[0] === undefined ? undefined : String(issue.path[0]));
  }
  const ingested = await ingestArticle(source);
  if (!ingested.ok) throw new UserFacingError(ingested.error, "body");
  const { title, outlet, author, published, kind } = details.data;
  const slug = authoredArticleSlug();
  await db().article.create({
    data: {
      slug,
      ownerId: actor.id,
      title: title ?? "",
      outlet,
      author,
      published,
      kind,
      citedAs: authoredCitedAs({ outlet, title: title ?? "" }),
      hash: ingested.hash,
      body: ingested.body,
    },
  });
  return { slug };
}

/** The acting teacher's own articles, newest first (none for a student: only teachers add articles). */
export async function listOwnArticles(actor: SessionUser): Promise<AuthoredArticleSummary[]> {
  const rows = await db().article.findMany({ where: { ownerId: actor.id }, select: SUMMARY_SELECT, orderBy: [{ createdAt: "desc" }, { slug: "asc" }] });
  return rows.map(({ body, ...row }) => ({ ...row, characters: body.length }));
}

/** One of the acting teacher's articles with its suggestions; NotFoundError for anyone else's. */
export async function getOwnArticle(actor: SessionUser, slug: string): Promise<AuthoredArticle> {
  const row = await db().article.findFirst({ where: { slug, ownerId: actor.id }, select: { ...SUMMARY_SELECT, hash: true } });
  if (!row) throw new NotFoundError("That article");
  const suggestions = rankSuggestions(suggestSentences(row.body, { published: row.published, title: row.title || null }));
  return { ...row, characters: row.body.length, suggestions };
}

/**
 * Deletes one of the acting teacher's articles with the facts it is the
 * source of, in one transaction: their items are retired (learners keep
 * their progress) and a fact of another article that quoted it as a second
 * source keeps its own. NotFoundError for anyone else's.
 */
export async function deleteOwnArticle(actor: SessionUser, slug: string, now = new Date()): Promise<ChangeReport> {
  return inTransaction(
    async (tx) => {
      const content = await readOwnContent(tx, actor.id);
      if (!content.articles.some((article) => article.slug === slug)) throw new NotFoundError("That article");
      const quotes = (authored: unknown) => (((authored as { evidence?: { article?: string }[] } | null)?.evidence ?? []) as { article?: string }[]);
      const dropped = content.facts.filter((fact) => quotes(fact.authored)[0]?.article === slug).map((fact) => fact.id);
      const facts = content.facts
        .filter((fact) => !dropped.includes(fact.id))
        .map((fact) => {
          const evidence = quotes(fact.authored);
          if (!evidence.some((entry) => entry.article === slug)) return fact;
          return { ...fact, authored: { ...(fact.authored as object), evidence: evidence.filter((entry) => entry.article !== slug) } };
        });
      const report = await applyOwnContent(tx, { ...content, articles: content.articles.filter((article) => article.slug !== slug), facts }, dropped, now);
      await tx.article.deleteMany({ where: { slug, ownerId: actor.id } });
      return report;
    },
    { timeoutMs: 30_000 },
  );
}
