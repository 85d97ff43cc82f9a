// A teacher's own content as a ContentBank, so that the shipped content's
// checker, generator and quality gate judge it by the same rules: facts in
// the content-file shape (lib/content/schema.ts) checked against the
// teacher's articles, the names of the teacher's story as entities (wrong
// options come from there), and one rule of the teacher's own: a fact's
// answer must occur in its evidence.
import { checkFact, type FactContext } from "@/lib/content/check-facts";
import { factFromData } from "@/lib/content/check-fact-files";
import { entitiesByName } from "@/lib/content/check-entities";
import { factSchema, type FactData } from "@/lib/content/schema";
import { normalizeWhitespace, wordsKey } from "@/lib/content/text-keys";
import type { Article, ArticleKind, ContentBank, Entities, Fact } from "@/lib/content/types";
import { generateBank } from "@/lib/quiz/generate/index";
import { checkItemQuality } from "@/lib/quiz/quality-gate";
import type { Item, ItemSet } from "@/lib/quiz/types";

/** A teacher's article as the bank needs it. */
export type AuthoredArticle = {
  slug: string;
  title: string;
  outlet: string | null;
  author: string | null;
  published: string | null;
  kind: ArticleKind | null;
  hash: string;
  body: string;
};

/** The names found in the teacher's articles (lib/authoring/suggest.ts storyEntities). */
export type StoryNames = { people: string[]; organizations: string[]; places: string[] };

/** A problem of one fact: the field it is in (a dotted path, "" for the whole fact) and what is wrong. */
export type AuthoredFactProblem = { factId: string; field: string; message: string };

/** Where the checker's messages say the names of the story come from. */
const STORY_NAMES = "the names of your articles";

/** How explanations name a teacher's article: its outlet, else its title in quotation marks, else "the article". */
export function authoredCitedAs(article: { outlet: string | null; title: string }): string {
  return article.outlet ?? (article.title ? `“${article.title}”` : "the article");
}

/** The model's Article for a teacher's article: nothing is supplied by editors, and the outlet (else the title) names it. */
export function authoredArticle(article: AuthoredArticle): Article {
  return {
    slug: article.slug,
    title: article.title,
    titleIsSupplied: false,
    outlet: article.outlet,
    author: article.author,
    citedAs: authoredCitedAs(article),
    republishedFrom: null,
    published: article.published,
    kind: article.kind,
    sourceFile: "",
    hash: article.hash,
    body: article.body,
  };
}

/**
 * The entities of a teacher's story: every name their facts give as an
 * answer or a wrong option, typed as the fact types it, and the names found
 * in their articles. Their finer kinds are not known, so all people are
 * officials, organizations government bodies, places cities and countries
 * of one region: wrong options are of the answer's group and come from the
 * teacher's own story.
 */
export function authoredEntities(facts: readonly Partial<FactData>[], story: StoryNames): Entities {
  const named = { person: new Set<string>(), organization: new Set<string>(), place: new Set<string>(), country: new Set<string>() };
  const add = (type: string, name: string) => {
    if (type in named && name.trim() !== "") named[type as keyof typeof named].add(name.trim());
  };
  for (const fact of facts) {
    // Facts are checked after this: a malformed one adds no names.
    const answer = fact?.answer;
    if (!answer || answer.type === "list" || !(answer.type in named) || typeof answer.value !== "string") continue;
    add(answer.type, answer.value);
    for (const distractor of Array.isArray(fact.distractors) ? fact.distractors : []) if (typeof distractor === "string") add(answer.type, distractor);
  }
  for (const name of story.people) add("person", name);
  for (const name of story.organizations) add("organization", name);
  for (const name of story.places) add("place", name);
  // A name is one entity: the first group that claims it keeps it (answers and the teacher's distractors come first).
  const taken = new Set<string>();
  const claim = (names: Set<string>) =>
    [...names].filter((name) => {
      const key = wordsKey(name);
      if (taken.has(key)) return false;
      taken.add(key);
      return true;
    });
  const base = { aliases: [], takesThe: false, inStory: true, line: 1 };
  return {
    countries: claim(named.country).map((name) => ({ ...base, kind: "country", name, region: "africa" })),
    people: claim(named.person).map((name) => ({ ...base, kind: "person", name, title: "", country: null, side: "official", status: "living", evidence: [] })),
    organizations: claim(named.organization).map((name) => ({ ...base, kind: "organization", name, type: "government-body", country: null, side: null, description: null, evidence: [] })),
    places: claim(named.place).map((name) => ({ ...base, kind: "place", name, type: "city", country: null })),
  };
}

/**
 * Checks a teacher's facts as `content check` checks a fact file, against
 * their articles and the names of their story, plus: the answer (or one of
 * its spellings) occurs in the fact's evidence. Returns the checked facts
 * (those without a problem) and every problem by fact and field.
 */
export function checkAuthoredFacts(
  articles: readonly AuthoredArticle[],
  facts: readonly unknown[],
  entities: Entities,
): { facts: Fact[]; problems: AuthoredFactProblem[] } {
  const context: FactContext = {
    articles: new Map(
      articles.map((article) => [
        article.slug,
        { slug: article.slug, normalizedBody: normalizeWhitespace(article.body), published: article.published, names: [article.title, article.outlet, article.author].filter((name): name is string => !!name) },
      ]),
    ),
    entitiesFile: STORY_NAMES,
    entities,
    entityByName: entitiesByName(entities),
    topics: null,
    topicsFile: "",
    ids: new Map(),
    fastPath: false,
  };
  const checked: Fact[] = [];
  const problems: AuthoredFactProblem[] = [];
  facts.forEach((raw, index) => {
    const rawId = (raw as { id?: unknown } | null)?.id;
    const factId = typeof rawId === "string" ? rawId : `#${index + 1}`;
    const own: AuthoredFactProblem[] = [];
    const report = (path: readonly PropertyKey[], message: string) => own.push({ factId, field: path.map(String).join("."), message });
    if (context.ids.has(factId)) report(["id"], `duplicate fact id ${factId}`);
    context.ids.set(factId, { file: factId, line: 1 });
    const parsed = factSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) report(issue.path, issue.message);
    } else {
      checkFact(parsed.data, context, report);
      checkAnswerInEvidence(parsed.data, report);
    }
    if (own.length > 0) problems.push(...own);
    else if (parsed.success) checked.push(factFromData(parsed.data, { file: factId, line: 1 }));
  });
  return { facts: checked, problems };
}

/** A teacher's fact is asked from its evidence: its answer, or one of its spellings, must be in a quote. */
function checkAnswerInEvidence(fact: FactData, report: (path: readonly PropertyKey[], message: string) => void): void {
  const { answer } = fact;
  const quotes = fact.evidence.map((evidence) => wordsKey(evidence.quote));
  const occurs = (text: string) => quotes.some((quote) => quote.includes(wordsKey(text)));
  if (answer.type === "list") {
    answer.items.forEach((item, index) => {
      if (!occurs(item)) report(["answer", "items", index], `list item "${item}" does not occur in the fact's evidence`);
    });
    return;
  }
  if (![answer.value, ...answer.aliases, ...(fact.accepted ?? [])].some(occurs)) {
    report(["answer", "value"], `the answer "${answer.value}" does not occur in the fact's evidence: select the sentence that says it`);
  }
}

/** A teacher's content as a bank for the generator: no topics, matching items or reviews of the shipped kind. */
export function authoredBank(articles: readonly AuthoredArticle[], facts: Fact[], entities: Entities): ContentBank {
  return { articles: articles.map(authoredArticle), entities, topics: [], facts, matching: [], reviews: [] };
}

/** A teacher's decision on one item: rejected (the fact's next format is tried) or its explanation rewritten. */
export type AuthoredItemEdit = { itemId: string; rejected: boolean; explanation: string | null };

/** A fact's finding of the quality gate, as the teacher reads it. */
export type AuthoredGateProblem = { factId: string; message: string };

/** What a teacher's facts become: the checked facts, the items that pass the gate (with the teacher's edits) and one set per article. */
export type AuthoredGeneration = {
  facts: Fact[];
  items: Item[];
  /** One set per article that has items, in the articles' order. */
  sets: ItemSet[];
  problems: AuthoredFactProblem[];
  /** The gate's findings: a fact that yields no item and why, or an item that breaks a rule (its items are not kept). */
  gate: AuthoredGateProblem[];
  /** Rejected items the generator would otherwise have made. */
  withheld: string[];
};

/** A teacher's article set's title when the article has none. */
export const UNTITLED_ARTICLE_SET = "Article without a title";

/**
 * A teacher's whole bank, as `content build` makes the shipped one: their
 * facts checked against their articles, items from the shipped generator
 * with wrong options from their story, the quality gate, then their own
 * decisions (rejected items withheld, explanations rewritten). Items of a
 * fact the gate faults are left out, so what is stored always passes it.
 */
export function generateAuthored(
  articles: readonly AuthoredArticle[],
  rawFacts: readonly unknown[],
  story: StoryNames,
  options: { seed: string; edits?: readonly AuthoredItemEdit[] },
): AuthoredGeneration {
  const edits = new Map((options.edits ?? []).map((edit) => [edit.itemId, edit]));
  const rejected = new Set([...edits.values()].filter((edit) => edit.rejected).map((edit) => edit.itemId));
  const shaped = rawFacts.filter((fact): fact is Partial<FactData> => typeof fact === "object" && fact !== null);
  const entities = authoredEntities(shaped, story);
  const checked = checkAuthoredFacts(articles, rawFacts, entities);
  const bank = authoredBank(articles, checked.facts, entities);
  const generated = generateBank(bank, { seed: options.seed, rejected });
  const gate = checkItemQuality({ ...generated, bank, seed: options.seed }).map((problem) => ({ factId: problem.file, message: problem.message }));
  const faulted = new Set(gate.map((problem) => problem.factId));
  const items = generated.items
    .filter((item) => item.factIds.every((factId) => !faulted.has(factId)))
    .map((item) => {
      const explanation = edits.get(item.id)?.explanation;
      return explanation ? { ...item, explanation } : item;
    });
  const kept = new Set(items.map((item) => item.id));
  const sets = generated.sets
    .filter((set) => set.kind === "article")
    .map((set) => ({ ...set, title: set.title || UNTITLED_ARTICLE_SET, itemIds: set.itemIds.filter((id) => kept.has(id)) }))
    .filter((set) => set.itemIds.length > 0);
  return { facts: checked.facts, items, sets, problems: checked.problems, gate, withheld: [...generated.withheld] };
}
