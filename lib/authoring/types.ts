// Teacher authoring: what the suggestion step proposes for an article and
// what a teacher's selection drafts. Pure types, shared by lib/authoring,
// the server's authoring layer and the authoring pages.
import type { Answer, FactKind } from "@/lib/content/types";

/** A range of an article's body in UTF-16 code units, `end` exclusive: `body.slice(start, end)`. */
export type Span = { start: number; end: number };

/** What a candidate answer span is. */
export const CANDIDATE_KINDS = ["person", "organization", "place", "number", "money", "percent", "date", "quote"] as const;
export type CandidateKind = (typeof CANDIDATE_KINDS)[number];

/** A span of a sentence that could be a fact's answer. */
export type Candidate = Span & {
  text: string;
  kind: CandidateKind;
  /** For a date: the ISO date (YYYY-MM-DD) it names, relative dates ("on Wednesday") resolved against the publication date; null when it cannot be resolved. */
  date?: string | null;
  /** For a number, money or percent: its value. */
  value?: number;
  /** For a number: the words it counts ("police officers" of "1,000 police officers"), or "" when none follow. */
  unit?: string;
  /** For money: ISO currency code ("USD"). */
  currency?: string;
  /** For a quotation: who said it, when the sentence names them ("…," X said). */
  speaker?: string | null;
};

/** One sentence of an article as the suggestion step sees it. */
export type SentenceSuggestion = Span & {
  /** 0-based position in the article. */
  index: number;
  text: string;
  /** fact, claim (attributed: "according to", "said", "alleged"), quote (has a quotation) or opinion ("should", "must"). */
  kind: FactKind;
  /** The word or phrase that made it a claim, quote or opinion; null for a plain fact. */
  cue: string | null;
  /** Who makes the claim or said the quote, when the sentence names them. */
  voice: string | null;
  candidates: Candidate[];
  /** Higher is more quiz-worthy; 0 for a sentence with nothing to ask. */
  score: number;
};

/** What a selection drafts: a fact for the teacher to revise, with the selected text as evidence. */
export type FactDraft = {
  statement: string;
  kind: FactKind;
  voice: string | null;
  question: string;
  answer: Answer;
  /** The evidence: a sentence (or the selection's sentences) of the body, verbatim. */
  evidence: Span & { quote: string };
};

/** Why a selection drafts no fact, as a sentence for the teacher. */
export type DraftError = { error: string };
