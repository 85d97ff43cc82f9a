// Articles (articles/<slug>.md): front matter, the body's hash, provenance
// against the raw source; and evidence, quotes that must occur in an
// article's body.
import { createHash } from "node:crypto";
import { isMap } from "yaml";
import { frontMatterSchema, type FrontMatter } from "./schema";
import { nameKey, normalizeWhitespace } from "./text-keys";
import type { Article, ContentProblem, Evidence } from "./types";
import { lineOfPath, parseYaml, schemaProblems, type Path, type Report } from "./yaml-lines";

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * An article as facts see it: its body with whitespace normalized once, or
 * null when the file has no readable body (already reported; its quotes are
 * then not checked, rather than each reported again).
 */
export type ArticleText = {
  slug: string;
  normalizedBody: string | null;
  published: string | null;
  /** The names the front matter gives (title, outlet, author, republished outlet), for entities named only there. */
  names: string[];
};

type ArticleResult = { article: Article | null; text: ArticleText; problems: ContentProblem[] };

/** Splits `---\nfront matter\n---\nbody`; the body is everything after the closing line. */
function splitFrontMatter(text: string): { frontMatter: string; body: string } | null {
  if (!text.startsWith("---\n")) return null;
  let lineStart = 4;
  while (lineStart <= text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    if (text.slice(lineStart, lineEnd) === "---") {
      return { frontMatter: text.slice(4, lineStart), body: newline === -1 ? "" : text.slice(newline + 1) };
    }
    if (newline === -1) return null;
    lineStart = newline + 1;
  }
  return null;
}

export function checkArticle(file: string, slug: string, text: string, sources: Map<string, string>): ArticleResult {
  const parts = splitFrontMatter(text);
  if (!parts) {
    const message = text.startsWith("---\n")
      ? "front matter is not closed by a --- line"
      : "missing front matter: the file must start with a --- line";
    return { article: null, text: { slug, normalizedBody: null, published: null, names: [] }, problems: [{ file, line: 1, message }] };
  }
  const articleText: ArticleText = { slug, normalizedBody: normalizeWhitespace(parts.body), published: null, names: [] };
  const parsed = parseYaml(file, parts.frontMatter, 1);
  if (!parsed.ok) return { article: null, text: articleText, problems: [parsed.problem] };
  const { doc, source, value: raw } = parsed;
  if (!isMap(doc.contents)) {
    const problem = { file, line: 1, message: "front matter must be a mapping of title, outlet, author, published, kind, source_file and hash" };
    return { article: null, text: articleText, problems: [problem] };
  }
  const result = frontMatterSchema.safeParse(raw);
  if (!result.success) {
    return { article: null, text: articleText, problems: schemaProblems(result.error, raw, doc.contents, source, 1) };
  }
  const front = result.data;
  articleText.published = front.published;
  articleText.names = [front.title, front.outlet, front.author, front.republished_from].filter((name): name is string => typeof name === "string");
  const lineOf = (key: string) => lineOfPath(source, doc.contents, [key], 1);
  const hash = sha256Hex(parts.body);
  if (front.hash !== hash) {
    return { article: null, text: articleText, problems: [{ file, line: lineOf("hash"), message: `body hash mismatch: expected hash ${hash}` }] };
  }
  const problems = provenanceProblems(front, sources, (key, message) => ({ file, line: lineOf(key), message }));
  if (problems.length > 0) return { article: null, text: articleText, problems };
  const article: Article = {
    slug,
    title: front.title,
    titleIsSupplied: front.title_supplied,
    outlet: front.outlet,
    author: front.author,
    citedAs: front.cited_as ?? front.outlet ?? "",
    republishedFrom: front.republished_from ?? null,
    published: front.published,
    kind: front.kind,
    sourceFile: front.source_file,
    hash: front.hash,
    body: parts.body,
  };
  return { article, text: articleText, problems: [] };
}

/**
 * An article states only what its source states: the raw source file
 * (sources/<source_file>) must name the outlet, the author, the outlet it
 * republishes and, unless the editors supplied it, the title. An article
 * without an outlet says how it is cited, and an author is never its outlet.
 */
function provenanceProblems(front: FrontMatter, sources: Map<string, string>, at: (key: string, message: string) => ContentProblem): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (front.outlet === null && front.cited_as === undefined) {
    problems.push(at("outlet", 'an article without an outlet needs cited_as, how learners see it named ("the Disquiet article")'));
  }
  if (front.author !== null) {
    const author = nameKey(front.author);
    if (front.outlet !== null && nameKey(front.outlet) === author) problems.push(at("outlet", `the author "${front.author}" is given as the outlet`));
    if (front.cited_as !== undefined && nameKey(front.cited_as) === author) {
      problems.push(at("cited_as", `cited_as is the author "${front.author}": name the article ("the Disquiet article")`));
    }
  }
  const raw = sources.get(front.source_file);
  if (raw === undefined) {
    problems.push(at("source_file", `source file ${front.source_file} is not in sources/`));
    return problems;
  }
  const text = sourceKey(raw);
  const stated = (key: string, label: string, value: string | null | undefined) => {
    if (value && !text.includes(sourceKey(value))) problems.push(at(key, `the source ${front.source_file} does not name the ${label} "${value}"`));
  };
  if (!front.title_supplied) stated("title", "title", front.title);
  stated("outlet", "outlet", front.outlet);
  stated("author", "author", front.author);
  stated("republished_from", "outlet it republishes", front.republished_from);
  return problems;
}

/** How a source's text is compared with front matter: Markdown emphasis, headings, link brackets and escapes removed, then as names. */
function sourceKey(text: string): string {
  return nameKey(text.replace(/\]\(#?\)/g, "").replace(/[*#\\[\]]/g, "").replace(/[’‘]/g, "'"));
}

/** Each entry of `evidence` names an article and quotes its body verbatim, whitespace runs aside. */
export function checkEvidence(evidence: Evidence[], path: Path, articles: Map<string, ArticleText>, report: Report): void {
  evidence.forEach((entry, index) => {
    const article = articles.get(entry.article);
    if (!article) report([...path, index, "article"], `unknown article ${entry.article}`);
    else if (article.normalizedBody !== null && !article.normalizedBody.includes(normalizeWhitespace(entry.quote))) {
      report([...path, index, "quote"], `quote does not occur in article ${entry.article}`);
    }
  });
}
