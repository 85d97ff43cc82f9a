// The content checker and loader: turns the files of content/ (see
// content/README.md) into a ContentBank and a list of problems, each tied to
// the file and line of the offending YAML node. Pure: the caller reads files.
//
// Each kind of file has its rules in a module of its own: check-article.ts,
// check-entities.ts, check-topics.ts, check-fact-files.ts (with the rules of
// one fact in check-facts.ts), check-matching.ts and check-reviews.ts. Their
// shapes are the zod schemas of schema.ts. Fact files are read on a fast
// path first (yaml-fast.ts); a file the fast path cannot vouch for is read
// again on the precise path (yaml-lines.ts), which gives every problem its
// line. Both paths give the same result.
import { checkArticle, type ArticleText } from "./check-article";
import { checkEntities, entitiesByName } from "./check-entities";
import { checkFactFile } from "./check-fact-files";
import type { FactContext } from "./check-facts";
import { checkMatching } from "./check-matching";
import { checkReviews } from "./check-reviews";
import { checkTopics } from "./check-topics";
import type { Article, ContentBank, ContentProblem, Entities, Fact, MatchingGroup, Review, Topic } from "./types";

/** One content file, its path relative to the repository root. */
export type ContentFile = { path: string; text: string };

export type ParsedContent = { bank: ContentBank; problems: ContentProblem[] };

export type ParseOptions = {
  /**
   * false reads every fact file on the precise path only (see above); the
   * result is the same, only slower. Default true.
   */
  fastPath?: boolean;
};

/** The repository's content directory; fixtures live elsewhere. */
export const CONTENT_DIR = "content";

/** Where each kind of file lives under a content directory. */
function contentLayout(dir: string) {
  const prefix = dir === "" || dir === "." ? "" : `${dir.replace(/\/+$/, "")}/`;
  const nameIn = (folder: string, extension: string, file: string): string | undefined => {
    if (!file.startsWith(`${prefix}${folder}/`) || !file.endsWith(extension)) return undefined;
    const name = file.slice(prefix.length + folder.length + 1, -extension.length);
    return name !== "" && !name.includes("/") ? name : undefined;
  };
  return {
    entitiesFile: `${prefix}entities.yaml`,
    topicsFile: `${prefix}topics.yaml`,
    reviewFile: `${prefix}review.yaml`,
    matchingFile: `${prefix}matching.yaml`,
    articleSlug: (file: string) => nameIn("articles", ".md", file),
    isFactFile: (file: string) => nameIn("facts", ".yaml", file) !== undefined,
    /** The name of a raw source file (sources/<name>), as articles' `source_file` gives it. */
    sourceName: (file: string) => nameIn("sources", ".txt", file)?.concat(".txt"),
  };
}

/** A problem as curators read it: `file:line: message`. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}

function byPath(a: ContentFile, b: ContentFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * Checks and loads the content. Paths are repository-relative, under
 * `contentDir`: content/articles/<slug>.md, content/sources/<file>.txt,
 * content/entities.yaml, content/topics.yaml and content/facts/<topic>.yaml.
 * Invalid articles and facts are reported and left out of the bank; facts
 * come sorted by file, then position.
 */
export function parseContent(files: ContentFile[], contentDir: string = CONTENT_DIR, options: ParseOptions = {}): ParsedContent {
  const fastPath = options.fastPath ?? true;
  const layout = contentLayout(contentDir);
  const sorted = [...files].sort(byPath);
  const problems: ContentProblem[] = [];
  const articles: Article[] = [];
  const articleTexts = new Map<string, ArticleText>();
  const sources = new Map<string, string>();
  for (const file of sorted) {
    const name = layout.sourceName(file.path);
    if (name !== undefined) sources.set(name, file.text);
  }

  for (const file of sorted) {
    const slug = layout.articleSlug(file.path);
    if (slug === undefined) continue;
    const result = checkArticle(file.path, slug, file.text, sources);
    problems.push(...result.problems);
    articleTexts.set(slug, result.text);
    if (result.article) articles.push(result.article);
  }

  let entities: Entities | null = null;
  const entitiesFile = sorted.find((file) => file.path === layout.entitiesFile);
  if (entitiesFile) {
    const result = checkEntities(entitiesFile.path, entitiesFile.text, articleTexts);
    problems.push(...result.problems);
    entities = result.entities;
  } else {
    problems.push({ file: layout.entitiesFile, line: 1, message: "file is missing" });
  }

  let topics: Topic[] | null = null;
  const topicsFile = sorted.find((file) => file.path === layout.topicsFile);
  if (topicsFile) {
    const result = checkTopics(topicsFile.path, topicsFile.text);
    problems.push(...result.problems);
    topics = result.topics;
  } else {
    problems.push({ file: layout.topicsFile, line: 1, message: "file is missing" });
  }

  let reviews: Review[] = [];
  const reviewFile = sorted.find((file) => file.path === layout.reviewFile);
  if (reviewFile) {
    const result = checkReviews(reviewFile.path, reviewFile.text);
    problems.push(...result.problems);
    reviews = result.reviews;
  }

  const facts: Fact[] = [];
  const context: FactContext = {
    articles: articleTexts,
    entitiesFile: layout.entitiesFile,
    entities,
    entityByName: entitiesByName(entities),
    topics: topics ? new Set(topics.map((topic) => topic.slug)) : null,
    topicsFile: layout.topicsFile,
    ids: new Map(),
    fastPath,
  };
  for (const file of sorted) {
    if (layout.isFactFile(file.path)) {
      const result = checkFactFile(file.path, file.text, context);
      problems.push(...result.problems);
      facts.push(...result.facts);
    } else if (
      file.path !== layout.entitiesFile &&
      file.path !== layout.topicsFile &&
      file.path !== layout.reviewFile &&
      file.path !== layout.matchingFile &&
      layout.articleSlug(file.path) === undefined &&
      layout.sourceName(file.path) === undefined
    ) {
      problems.push({ file: file.path, line: 1, message: "not a content file (expected articles/*.md, sources/*.txt, entities.yaml, topics.yaml, matching.yaml, review.yaml or facts/*.yaml)" });
    }
  }

  let matching: MatchingGroup[] = [];
  const matchingFile = sorted.find((file) => file.path === layout.matchingFile);
  if (matchingFile) {
    const result = checkMatching(matchingFile.path, matchingFile.text, new Map(facts.map((fact) => [fact.id, fact])));
    problems.push(...result.problems);
    matching = result.groups;
  }

  problems.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  const emptyEntities: Entities = { people: [], organizations: [], countries: [], places: [] };
  return { bank: { articles, entities: entities ?? emptyEntities, topics: topics ?? [], facts, matching, reviews }, problems };
}
