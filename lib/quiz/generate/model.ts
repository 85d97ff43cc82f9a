// The generator's shared types and tuning, imported by every other module of
// lib/quiz/generate/ and importing none of them (so there are no cycles).
import type { Article, ContentBank, Entity, Fact } from "@/lib/content/types";
import type { Item, ItemConflict, ItemSource } from "../types";

/** A possible option: the text shown, the key that identifies it, every normalized spelling, and its entity when it is one. */
export type Candidate = { display: string; key: string; forms: string[]; entity: Entity | null };

/** Indexes built once per bank, so that no item looks at every fact. */
export type Context = {
  seed: string;
  bank: ContentBank;
  /** The answer matcher's normalization, memoized for the run. */
  normalize: (text: string) => string;
  articles: Map<string, Article>;
  /** Normalized name or alias → its entity. */
  entityByForm: Map<string, Entity>;
  candidates: Map<Entity, Candidate>;
  /** Normalized question → the normalized forms facts give as its answer: never a wrong option for that question. */
  truthsByQuestion: Map<string, Set<string>>;
  numbersByQuestion: Map<string, Set<number>>;
  datesByQuestion: Map<string, Set<string>>;
  /** Entities that speak, claim or hold a view in some fact. */
  voices: Entity[];
  /** Normalized words (a quote, a claim) → every entity a fact gives as saying them. */
  saidBy: Map<string, Set<Entity>>;
  factVersions: Map<Fact, string>;
};

/** One fact with what all of its items share. */
export type FactFrame = {
  fact: Fact;
  sources: ItemSource[];
  explanation: string;
  conflict: ItemConflict | undefined;
  /** The answer as candidates: one, or one per item of a list. */
  answers: Candidate[];
  /** The entity behind a claim, quote or opinion; null for a plain fact or a collective voice. */
  voice: Entity | null;
};

/** Why a fact gave no item of a format, for `content check`. */
export type Skip = { fact: Fact; reason: string };

export type Generated = { items: Item[]; skipped: Skip[] };

export type { Article };

/** Options of a choice item besides the answer. */
export const CHOICE_DISTRACTORS = 3;
/** A multi-select item has 2 to 4 keys among 5 to 7 options. */
export const MULTI_SELECT = { minKeys: 2, maxKeys: 4, minOptions: 5, maxOptions: 7 };
/** Typed answers must be short enough to type. */
export const TYPED_ANSWER_LIMITS = { words: 4, characters: 40 };
/** Longer sentences are not turned into a gap item. */
export const MAX_CLOZE_LENGTH = 300;
export const ORDERING_EVENTS = 4;
/** Events of one ordering item are at least this many days apart. */
export const ORDERING_SPACING_DAYS = 7;
/** Two ordering items share at most this many events. */
export const ORDERING_SHARED_EVENTS = 2;
