// What a teacher says about their own article: title, outlet, author,
// publication date and kind. Every field may be left empty, which means
// "not stated" (null), never a guess.
import { z } from "zod";
import { ARTICLE_KIND_LABEL } from "@/lib/content/format";
import type { ArticleKind } from "@/lib/content/types";
import { isIsoDate } from "@/lib/time/iso-date";

export const TITLE_MAX = 300;
export const OUTLET_MAX = 120;
export const AUTHOR_MAX = 200;

/**
 * The kinds the article form offers, with their labels: every kind of
 * lib/content but "press-statement", the shipped content's one word for the
 * press release and the statement that the form tells apart.
 */
export const AUTHORED_ARTICLE_KINDS = (["news-report", "news-brief", "opinion", "press-release", "statement"] as const satisfies readonly ArticleKind[]).map(
  (value) => ({ value, label: ARTICLE_KIND_LABEL[value] }),
);
export type AuthoredArticleKind = (typeof AUTHORED_ARTICLE_KINDS)[number]["value"];

const KIND_VALUES = AUTHORED_ARTICLE_KINDS.map((kind) => kind.value) as [AuthoredArticleKind, ...AuthoredArticleKind[]];

/** A text field: trimmed, at most `max` characters, empty or missing as null. */
function optionalText(max: number, what: string) {
  return z
    .string()
    .trim()
    .max(max, `The ${what} has at most ${max} characters.`)
    .nullish()
    .transform((value) => (value ? value : null));
}

export const articleMetaSchema = z.object({
  title: optionalText(TITLE_MAX, "title"),
  outlet: optionalText(OUTLET_MAX, "outlet"),
  author: optionalText(AUTHOR_MAX, "author"),
  published: z
    .string()
    .trim()
    .refine((value) => value === "" || isIsoDate(value), "Write the date as YYYY-MM-DD, YYYY-MM or YYYY, and a real calendar date.")
    .nullish()
    .transform((value) => (value ? value : null)),
  kind: z
    .preprocess((value) => (value === "" ? null : value), z.enum(KIND_VALUES, "Choose one of the kinds of article.").nullish())
    .transform((value) => value ?? null),
});

export type ArticleMeta = z.output<typeof articleMetaSchema>;
