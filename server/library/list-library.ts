import "server-only";
import { db } from "@/server/db/client";

export type LibraryArticle = {
  slug: string;
  title: string;
  titleIsSupplied: boolean;
  outlet: string | null;
  author: string | null;
  published: string | null;
  kind: string | null;
  factCount: number;
};

export type LibrarySet = { slug: string; title: string; description: string; kind: string; itemCount: number };

/** The public Library: every shipped article (with how many facts it supports) and every set; teachers' own articles are not in it. */
export async function listLibrary(): Promise<{ articles: LibraryArticle[]; sets: LibrarySet[] }> {
  const [articles, factCounts, sets] = await Promise.all([
    db().article.findMany({
      where: { ownerId: null },
      select: { slug: true, title: true, titleIsSupplied: true, outlet: true, author: true, published: true, kind: true },
      orderBy: [{ published: "asc" }, { title: "asc" }],
    }),
    db().evidence.groupBy({ by: ["articleSlug", "factId"], where: { article: { ownerId: null } } }),
    db().itemSet.findMany({
      where: { ownerId: null },
      select: { slug: true, title: true, description: true, kind: true, _count: { select: { items: true } } },
      orderBy: { position: "asc" },
    }),
  ]);
  const factsPerArticle = new Map<string, number>();
  for (const row of factCounts) factsPerArticle.set(row.articleSlug, (factsPerArticle.get(row.articleSlug) ?? 0) + 1);
  return {
    articles: articles.map((article) => ({ ...article, factCount: factsPerArticle.get(article.slug) ?? 0 })),
    sets: sets.map(({ _count, ...set }) => ({ ...set, itemCount: _count.items })),
  };
}
