// What a learner is shown once a question is answered: right or wrong, the
// correct answer, why, and the sentences that say so, each linked to its
// highlighted place in the article.
import type { Grade } from "./grade";
import type { Item, ItemSource } from "./types";

export type FeedbackSource = ItemSource & {
  /** The article page, at the highlighted sentence when its evidence is known; null for a teacher's own article, which has no public page (the quote is all of it a learner is shown). */
  href: string | null;
};

/** A teacher's own article's slug starts so (server/authoring/articles.ts); shipped slugs are kebab-case. */
export const AUTHORED_ARTICLE_PREFIX = "a_";

/** The Library page of an article, at one evidence sentence when its id is known; null for a teacher's own article. */
export function articlePageHref(articleSlug: string, evidenceId: number | null): string | null {
  if (articleSlug.startsWith(AUTHORED_ARTICLE_PREFIX)) return null;
  const page = `/library/articles/${encodeURIComponent(articleSlug)}`;
  return evidenceId === null ? page : `${page}#evidence-${evidenceId}`;
}

export type Feedback = Grade & {
  explanation: string;
  sources: FeedbackSource[];
  /** For a disputed fact: each side with its own sources; for a source's error, the correction. */
  conflict: {
    kind: "disagreement" | "source-error";
    about: string;
    correction: string | null;
    note: string | null;
    sides: { label: string; isError: boolean; sources: FeedbackSource[] }[];
  } | null;
};

/** Finds the Evidence id of a quote in an article (null when it is not stored). */
export type EvidenceLookup = (articleSlug: string, quote: string) => number | null;

export function evidenceKey(articleSlug: string, quote: string): string {
  return `${articleSlug}\n${quote}`;
}

/** A lookup over evidence rows, keyed by article and quote. */
export function evidenceLookup(rows: { id: number; articleSlug: string; quote: string }[]): EvidenceLookup {
  const ids = new Map(rows.map((row) => [evidenceKey(row.articleSlug, row.quote), row.id]));
  return (articleSlug, quote) => ids.get(evidenceKey(articleSlug, quote)) ?? null;
}

function linked(source: ItemSource, lookup: EvidenceLookup): FeedbackSource {
  return { ...source, href: articlePageHref(source.article, lookup(source.article, source.quote)) };
}

export function buildFeedback(item: Item, grade: Grade, lookup: EvidenceLookup): Feedback {
  return {
    ...grade,
    explanation: item.explanation,
    sources: item.sources.map((source) => linked(source, lookup)),
    conflict: item.conflict
      ? {
          kind: item.conflict.kind,
          about: item.conflict.about,
          correction: item.conflict.correction,
          note: item.conflict.note,
          sides: item.conflict.sides.map((side) => ({ label: side.label, isError: side.isError, sources: side.sources.map((source) => linked(source, lookup)) })),
        }
      : null,
  };
}
