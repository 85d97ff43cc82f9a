// The curated content model: articles, entities and facts as stored in
// content/ (see content/README.md). Pure types, shared by the checker, the
// item generator, the exporters and the database sync.

export type ArticleKind = "news-report" | "news-brief" | "opinion" | "press-statement";

export type Article = {
  /** File name without .md: the article's id everywhere. */
  slug: string;
  title: string;
  outlet: string | null;
  author: string | null;
  /** ISO date, or YYYY-MM / YYYY when only that is known. */
  published: string;
  kind: ArticleKind;
  sourceFile: string;
  /** SHA-256 hex of `body`. */
  hash: string;
  /** The cleaned article text: the single source of truth for quotes. */
  body: string;
};

export type Entity = { name: string; aliases: string[]; role?: string; description?: string };

export type Entities = {
  people: Entity[];
  organizations: Entity[];
  countries: Entity[];
  places: Entity[];
};

export type FactKind = "fact" | "claim" | "quote" | "opinion";

export type AnswerType = "person" | "organization" | "country" | "place" | "number" | "date" | "money" | "list" | "text";

export type Answer =
  | { type: "person" | "organization" | "country" | "place" | "text"; value: string; aliases: string[] }
  | { type: "number"; value: string; number: number; unit: string; aliases: string[] }
  | { type: "money"; value: string; amount: number; currency: string; aliases: string[] }
  | { type: "date"; value: string; date: string; aliases: string[] }
  | { type: "list"; items: string[]; aliases: string[] };

export type Evidence = { article: string; quote: string };

export type ConflictSide = { label: string; evidence: Evidence[] };

export type Conflict = { about: string; sides: ConflictSide[] };

export type Fact = {
  id: string;
  statement: string;
  kind: FactKind;
  /** Who makes a claim (kind "claim"). */
  claimant?: string;
  /** Who said the words (kind "quote"). */
  speaker?: string;
  /** The exact words quoted (kind "quote"). */
  quote?: string;
  /** Who holds an opinion (kind "opinion"). */
  holder?: string;
  question: string;
  answer: Answer;
  topics: string[];
  difficulty: 1 | 2 | 3;
  timeline?: { date: string; event: string };
  evidence: Evidence[];
  conflict?: Conflict;
  /** Where the fact was read from, for messages: "content/facts/x.yaml" and its first line. */
  source: { file: string; line: number };
};

export type ContentBank = {
  articles: Article[];
  entities: Entities;
  facts: Fact[];
};

/** A problem found in the content, reported as `file:line: message`. */
export type ContentProblem = { file: string; line: number; message: string };
