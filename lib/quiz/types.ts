// Quiz items as the generator (lib/quiz/generate/) produces them. Pure
// data: the database stores them as JSON, the exporters write them out, and
// the quiz UI renders them.
import { ITEM_FORMATS, type ArticleKind, type ConflictKind, type FactKind } from "@/lib/content/types";

/** Every item type: the formats a fact may ask for, then the ones made across facts or from conflicts. */
export const ITEM_TYPES = [...ITEM_FORMATS, "matching", "ordering", "sources-disagree"] as const;

export type ItemType = (typeof ITEM_TYPES)[number];

/** The types answered by choosing one of the item's options. */
export const CHOICE_TYPES = ["multiple-choice", "attribution", "sources-disagree"] as const satisfies readonly ItemType[];

export type ChoiceType = (typeof CHOICE_TYPES)[number];

/** Whether an item (or its question, or a response to it) is of one of the CHOICE_TYPES. */
export function isChoiceItem<T extends { type: ItemType }>(value: T): value is T & { type: ChoiceType } {
  return (CHOICE_TYPES as readonly ItemType[]).includes(value.type);
}

/** One quoted sentence shown as the source of an item, with its provenance. */
export type ItemSource = {
  article: string;
  title: string;
  /** The editors wrote the title: the source has no headline. */
  titleIsSupplied: boolean;
  /** null: the source names no outlet. */
  outlet: string | null;
  /** How the article is named in explanations ("GlobalPost", "the Disquiet article"). */
  citedAs: string;
  /** The outlet whose text the article republishes. */
  republishedFrom: string | null;
  author: string | null;
  /** null: the source states no date. */
  published: string | null;
  /** null: not stated. */
  articleKind: ArticleKind | null;
  quote: string;
};

/** An article's fields a source names, as the content files and the Article rows both hold them. */
export type SourceArticle = Pick<ItemSource, "title" | "titleIsSupplied" | "outlet" | "citedAs" | "republishedFrom" | "author" | "published"> & {
  slug: string;
  kind: ArticleKind | null;
};

/** A quoted sentence of an article, as an item shows it. */
export function itemSourceOf(article: SourceArticle, quote: string): ItemSource {
  return {
    article: article.slug,
    title: article.title,
    titleIsSupplied: article.titleIsSupplied,
    outlet: article.outlet,
    citedAs: article.citedAs,
    republishedFrom: article.republishedFrom,
    author: article.author,
    published: article.published,
    articleKind: article.kind,
    quote,
  };
}

type ItemBase = {
  /**
   * Stable identity: derived from the fact id(s), the type and the variant,
   * so it survives regeneration and edits elsewhere in the bank. Learners'
   * progress is keyed on it.
   */
  id: string;
  /** Changes when the fact(s) it comes from change. */
  version: string;
  type: ItemType;
  factIds: string[];
  /** What the fact is: fact, claim, quote or opinion (first fact's kind). */
  factKind: FactKind;
  prompt: string;
  /** Shown after answering: why the answer is right, attributed where needed. */
  explanation: string;
  /** Evidence from every supporting article (corroboration). */
  sources: ItemSource[];
  /** For items of a fact the sources disagree on: each side with its own sources. */
  conflict?: ItemConflict;
  topics: string[];
  difficulty: 1 | 2 | 3;
};

/** How the sources differ on a fact: a disagreement, or one source's error that the others correct. */
export type ItemConflict = {
  kind: ConflictKind;
  about: string;
  /** For a source error: what is right and who is wrong. */
  correction: string | null;
  note: string | null;
  sides: { label: string; isError: boolean; sources: ItemSource[] }[];
};

/**
 * A date answer, graded by reading what the learner typed as a date ("Sept
 * 25, 2023", "25 September 2023", "2023-09-25") at the key's precision.
 */
export type DateKey = {
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  iso: string;
  /** Whether the learner must give the year (false when the question asks for a month or the key itself omits the year). */
  yearRequired: boolean;
};

export type ChoiceItem = ItemBase & {
  type: ChoiceType;
  /** Distinct options in display order (seeded shuffle); exactly one is `answer`. */
  options: string[];
  answer: string;
};

export type MultiSelectItem = ItemBase & { type: "multi-select"; options: string[]; answers: string[] };

export type TrueFalseItem = ItemBase & { type: "true-false"; statement: string; answer: boolean };

export type ClozeItem = ItemBase & {
  type: "cloze";
  /** The evidence sentence with the answer replaced by CLOZE_GAP. */
  text: string;
  answer: string;
  /** Other accepted answers (aliases). */
  accepted: string[];
  /** Other names of the answer's kind in the story: a near miss closer to one of them is wrong. */
  rivals?: string[];
  /** Set when the answer is a date: any written form of it is right. */
  date?: DateKey;
};

export type TypedAnswerItem = ItemBase & {
  type: "typed-answer";
  answer: string;
  accepted: string[];
  /** Other names of the answer's kind in the story: a near miss closer to one of them is wrong. */
  rivals?: string[];
  /** Set when the answer is a date: any written form of it is right. */
  date?: DateKey;
};

export type NumericItem = ItemBase & {
  type: "numeric";
  answer: number;
  unit: string;
  /** The answer as the articles write it ("$100 million", "1,000"). */
  display: string;
};

export type MatchingItem = ItemBase & {
  type: "matching";
  /** The correct pairs; the UI shuffles the right-hand side. */
  pairs: { left: string; right: string }[];
  /** Responses that match no premise (more responses than premises, so the last pair is not given away). */
  extras: string[];
};

export type OrderingItem = ItemBase & {
  type: "ordering";
  /** Events in the correct (chronological) order. */
  events: { label: string; date: string }[];
};

export type Item = ChoiceItem | MultiSelectItem | TrueFalseItem | ClozeItem | TypedAnswerItem | NumericItem | MatchingItem | OrderingItem;

export const CLOZE_GAP = "_____";

/** A named group of items: one per article, one per topic, and everything. */
export type ItemSet = {
  slug: string;
  title: string;
  description: string;
  kind: "article" | "topic" | "all" | "custom";
  itemIds: string[];
};
