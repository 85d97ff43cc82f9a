// The curated content model: articles, entities, topics and facts as stored
// in content/ (see content/README.md). Pure types, shared by the checker, the
// item generator, the exporters and the database sync.

/** The kinds of article; a teacher's form offers all but "press-statement" (the shipped content's word for both of its last two). */
export const ARTICLE_KINDS = ["news-report", "news-brief", "opinion", "press-statement", "press-release", "statement"] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

export type Article = {
  /** File name without .md: the article's id everywhere. */
  slug: string;
  title: string;
  /** The source states no headline: the editors wrote `title`, and every display says so. */
  titleIsSupplied: boolean;
  /** The outlet as the source names it; null when the source names none. */
  outlet: string | null;
  author: string | null;
  /** How learners see the article named: the outlet, or a phrase such as "the Disquiet article". */
  citedAs: string;
  /** The outlet whose text this article republishes, as the source says. */
  republishedFrom: string | null;
  /** ISO date, or YYYY-MM / YYYY when only that is known; null when the source states none (a teacher's article). */
  published: string | null;
  /** null when not stated (a teacher's article). */
  kind: ArticleKind | null;
  sourceFile: string;
  /** SHA-256 hex of `body`. */
  hash: string;
  /** The cleaned article text: the single source of truth for quotes. */
  body: string;
};

/** A topic of the story: one set of questions per topic, in the order of content/topics.yaml. */
export type Topic = { slug: string; title: string };

// Entities --------------------------------------------------------------------

export const PLACE_TYPES = ["city", "region", "continent"] as const;
export type PlaceType = (typeof PLACE_TYPES)[number];

export const ORGANIZATION_TYPES = ["government-body", "news-outlet", "ngo", "armed-group", "party", "international-body"] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

/** Where a person or organization stands in the story. */
export const SIDES = ["official", "critic", "researcher", "journalist"] as const;
export type Side = (typeof SIDES)[number];

export const PERSON_STATUSES = ["living", "deceased"] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

export const REGIONS = ["africa", "caribbean", "central-america", "south-america", "north-america", "europe", "asia"] as const;
export type Region = (typeof REGIONS)[number];

/** The four groups of entities.yaml and the answer type each serves. */
export const ENTITY_GROUPS = [
  { group: "people", type: "person" },
  { group: "organizations", type: "organization" },
  { group: "countries", type: "country" },
  { group: "places", type: "place" },
] as const;
export type EntityGroup = (typeof ENTITY_GROUPS)[number]["group"];
export type EntityType = (typeof ENTITY_GROUPS)[number]["type"];

/** A sentence of an article that supports what entities.yaml says of an entity. */
export type Evidence = { article: string; quote: string };

type EntityBase = {
  name: string;
  aliases: string[];
  /** Running text writes "the" before the name ("the United States", "the Pentagon"). */
  takesThe: boolean;
  /** false for a well-known entity the articles do not mention, kept as a plausible wrong option. */
  inStory: boolean;
  /** Where entities.yaml was read, for messages. */
  line: number;
};

export type Person = EntityBase & {
  kind: "person";
  /** Office or title, as the articles give it ("U.S. Secretary of Defense"). */
  title: string;
  /** The country the person serves or belongs to, when the articles say. */
  country: string | null;
  side: Side;
  status: PersonStatus;
  /** Sentences that give the title; a person with evidence can appear in matching items. */
  evidence: Evidence[];
};

export type Organization = EntityBase & {
  kind: "organization";
  type: OrganizationType;
  country: string | null;
  side: Side | null;
  /** What the articles say it is, never naming another entity of the story. */
  description: string | null;
  evidence: Evidence[];
};

export type Country = EntityBase & { kind: "country"; region: Region };

export type Place = EntityBase & {
  kind: "place";
  type: PlaceType;
  /** The country a city or region lies in, when it lies in one. */
  country: string | null;
};

export type Entity = Person | Organization | Country | Place;

export type Entities = {
  people: Person[];
  organizations: Organization[];
  countries: Country[];
  places: Place[];
};

// Facts -------------------------------------------------------------------------

export const FACT_KINDS = ["fact", "claim", "quote", "opinion"] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** Answer types whose answer is its value alone: an entity's name or a text. */
export const PLAIN_ANSWER_TYPES = ["person", "organization", "country", "place", "text"] as const;

export type Answer =
  | { type: (typeof PLAIN_ANSWER_TYPES)[number]; value: string; aliases: string[] }
  | { type: "number"; value: string; number: number; unit: string; aliases: string[] }
  | { type: "money"; value: string; amount: number; currency: string; aliases: string[] }
  | { type: "date"; value: string; date: string; aliases: string[] }
  | { type: "list"; items: string[]; aliases: string[] };
export type AnswerType = Answer["type"];

export const CONFLICT_KINDS = ["disagreement", "source-error"] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

export const CONFLICT_ASKS = ["answer", "source"] as const;
export type ConflictAsks = (typeof CONFLICT_ASKS)[number];

export type ConflictSide = {
  label: string;
  /** For a source error: this side is the mistake that the other sources correct. */
  isError: boolean;
  evidence: Evidence[];
};

export type Conflict = {
  /**
   * disagreement: the sources disagree and the articles cannot settle it;
   * source-error: one source is wrong, and the others correct it.
   */
  kind: ConflictKind;
  about: string;
  /**
   * The question its items ask. For a disagreement it names the source as
   * `{source}` ("Which word does {source} use for the 1,000 Kenyans?"), once
   * per side; for a source error it asks for the correct answer.
   */
  question: string;
  /**
   * For a source error, what its item asks: `answer`, the correct answer
   * (the error among the options); or `source`, which source made the error
   * (the other sources as options), when the correct answer is plain from
   * the rest of the story.
   */
  asks: ConflictAsks;
  /** For a source error: what is right and who is wrong, shown with every item of the fact. */
  correction: string | null;
  /** Anything a reader should know, such as a term both sides could use. */
  note: string | null;
  /** Wrong options besides the other sides' labels. */
  distractors: string[];
  sides: ConflictSide[];
};

export const ITEM_FORMATS = [
  "multiple-choice",
  "multi-select",
  "true-false",
  "cloze",
  "typed-answer",
  "numeric",
  "attribution",
] as const;
/** Formats a curator may ask for a fact (`formats:`); matching, ordering and sources-disagree are made across facts or from conflicts. */
export type FactFormat = (typeof ITEM_FORMATS)[number];

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
  /** Wrong options written by the curator, used before any the generator finds. */
  distractors: string[];
  /** False versions of the statement for true/false items, each changing one idea. */
  falseVariants: string[];
  /** Other answers a learner may type (for a text answer: present means typed items may be made). */
  accepted: string[] | null;
  /** The formats to make, in order of preference, when the curator chooses them. */
  formats: FactFormat[] | null;
  /**
   * The slug of the article whose publication date the statement describes
   * the world at ("a resolution is in the works"): never asked as timeless.
   */
  asOf: string | null;
  topics: string[];
  difficulty: 1 | 2 | 3;
  timeline?: { date: string; event: string };
  evidence: Evidence[];
  conflict?: Conflict;
  /** Where the fact was read from, for messages: "content/facts/x.yaml" and its first line. */
  source: { file: string; line: number };
};

/**
 * A matching item written by the curator (content/matching.yaml): facts
 * whose answers belong together (what each country offered), each pair a
 * premise and the clue that its fact supports, plus responses that match no
 * premise. Its facts are asked through it, not one by one.
 */
export type MatchingGroup = {
  id: string;
  prompt: string;
  pairs: { fact: string; left: string; right: string }[];
  extras: string[];
  line: number;
};

export const REVIEW_VERDICTS = ["approve", "reject"] as const;

/** An editor's verdict on one generated item (content/review.yaml): a rejected item never ships. */
export type Review = { item: string; verdict: (typeof REVIEW_VERDICTS)[number]; reason: string; by: string | null; line: number };

export type ContentBank = {
  articles: Article[];
  entities: Entities;
  topics: Topic[];
  facts: Fact[];
  matching: MatchingGroup[];
  reviews: Review[];
};

/** A problem found in the content, reported as `file:line: message`. */
export type ContentProblem = { file: string; line: number; message: string };

/** The person or body behind a claim, a quote or an opinion. */
export function factVoice(fact: Pick<Fact, "kind" | "claimant" | "speaker" | "holder">): string | null {
  if (fact.kind === "claim") return fact.claimant ?? null;
  if (fact.kind === "quote") return fact.speaker ?? null;
  if (fact.kind === "opinion") return fact.holder ?? null;
  return null;
}

/** Every entity of the bank, people first. */
export function allEntities(entities: Entities): Entity[] {
  return [...entities.people, ...entities.organizations, ...entities.countries, ...entities.places];
}
