// Display forms of content fields, shared by the Library pages and quiz feedback.
import { formatIsoDate } from "@/lib/time/iso-date";
import type { ArticleKind, FactKind } from "./types";

export const ARTICLE_KIND_LABEL: Record<ArticleKind, string> = {
  "news-report": "News report",
  "news-brief": "News brief",
  opinion: "Opinion / advocacy",
  "press-statement": "Press statement",
  "press-release": "Press release",
  statement: "Statement",
};

export const FACT_KIND_LABEL: Record<FactKind, string> = {
  fact: "Fact",
  claim: "Claim",
  quote: "Quote",
  opinion: "Opinion",
};

/** "Struggle-La-Lucha, Kim Ives, September 28, 2023"; an article whose source names no outlet or date says so. */
export function formatByline(source: { outlet: string | null; author: string | null; published: string | null }): string {
  return [source.outlet ?? "outlet not named", source.author, formatPublished(source.published)].filter(Boolean).join(", ");
}

/** An article's publication date as shown, or "date not stated" when its source gives none. */
export function formatPublished(published: string | null): string {
  return published === null ? "date not stated" : formatIsoDate(published);
}

/** An article's title as shown in running text; one the editors supplied is marked as such. */
export function formatTitle(article: { title: string; titleIsSupplied: boolean }): string {
  return article.titleIsSupplied ? `${article.title} (title supplied by the editors)` : article.title;
}

export const CONFLICT_KIND_LABEL: Record<"disagreement" | "source-error", string> = {
  disagreement: "Sources disagree",
  "source-error": "A source is wrong",
};
