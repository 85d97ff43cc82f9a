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

/**
 * "Struggle-La-Lucha, Kim Ives, September 28, 2023": only what the source
 * states. A source without an outlet or author gets none (never a stand-in
 * such as its title); one without a date says "date not stated".
 */
export function formatByline(source: { outlet: string | null; author: string | null; published: string | null }): string {
  return [source.outlet, source.author, formatPublished(source.published)].filter(Boolean).join(", ");
}

const OPENING_MARKS = new Set(["“", '"']);
const CLOSING_MARKS = new Set(["”", '"']);

/**
 * A source's words as shown: inside exactly one pair of quotation marks. A
 * quote that is already one whole quotation (“…”) keeps its own pair; one
 * that contains quotation marks of its own (“…,” Ruto said.) is wrapped, and
 * its inner double marks become single ones, as nested quotations are
 * written, so the page never shows ““ or ””.
 */
export function quoted(quote: string): string {
  const text = quote.trim();
  const inner = text.slice(1, -1);
  const isWhole = text.length >= 2 && OPENING_MARKS.has(text[0]!) && CLOSING_MARKS.has(text.at(-1)!) && !/[“”"]/.test(inner);
  if (isWhole) return `“${inner}”`;
  const nested = text.replace(/“/g, "‘").replace(/”/g, "’").replace(/"/g, "'");
  return `“${nested}”`;
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
