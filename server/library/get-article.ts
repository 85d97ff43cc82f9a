import "server-only";
import { db } from "@/server/db/client";

export type ArticleEvidence = { id: number; quote: string; side: string | null; factId: string; factStatement: string; factKind: string };

export type ArticleWithEvidence = {
  slug: string;
  title: string;
  titleIsSupplied: boolean;
  outlet: string | null;
  republishedFrom: string | null;
  author: string | null;
  published: string | null;
  kind: string | null;
  body: string;
  evidence: ArticleEvidence[];
};

/** A shipped article with every evidence quote taken from it and the fact each supports. Public; a teacher's own article is not. */
export async function getArticle(slug: string): Promise<ArticleWithEvidence | null> {
  const article = await db().article.findFirst({
    where: { slug, ownerId: null },
    select: {
      slug: true,
      title: true,
      titleIsSupplied: true,
      outlet: true,
      republishedFrom: true,
      author: true,
      published: true,
      kind: true,
      body: true,
      evidence: {
        select: { id: true, quote: true, side: true, fact: { select: { id: true, statement: true, kind: true, position: true } } },
        orderBy: [{ fact: { position: "asc" } }, { position: "asc" }],
      },
    },
  });
  if (!article) return null;
  const { evidence, ...rest } = article;
  return {
    ...rest,
    evidence: evidence.map((row) => ({
      id: row.id,
      quote: row.quote,
      side: row.side,
      factId: row.fact.id,
      factStatement: row.fact.statement,
      factKind: row.fact.kind,
    })),
  };
}
