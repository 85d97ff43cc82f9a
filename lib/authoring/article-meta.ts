// What a teacher says about their own article: title, outlet, author,
// publication date and kind. Every field may be left empty, which means
// "not stated" (null), never a guess.
import { z } from "zod";
import { isIsoDate } from "@/lib/time/iso-date";

export const TITLE_MAX = 300;
export const OUTLET_MAX = 120;
export const AUTHOR_MAX = 200;

/**
 * The kinds the article form offers, with their labels. They are not
 * lib/content's ARTICLE_KINDS: the curated content has one "press-statement"
 * where the form tells a press release from a statement. Stored as a curated
 * article, "press-release" and "statement" would both be "press-statement";
 * where that mapping is made is left to the authoring layer that stores them.
 */
export const AUTHORED_ARTICLE_KINDS = [
  { value: "news-report", label: "News report" },
  { value: "news-brief", label: "News brief" },
  { value: "opinion", label: "Opinion" },
  { value: "press-release", label: "Press release" },
  { value: "statement", label: "Statement" },
] as const;
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
