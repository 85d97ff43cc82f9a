import { describe, expect, it } from "vitest";
import { readContentFiles } from "@/server/content/read-content-files";
import { formatProblem, parseContent } from "./parse";
import type { Conflict } from "./types";

// The shipped content/: it passes the checker (whose rules parse.test.ts
// tests), and it keeps the promises about this story's sources that the
// issue and content/README.md make.
const files = readContentFiles(process.cwd());
const { bank, problems } = parseContent(files);
const articleFiles = files.filter((file) => file.path.startsWith("content/articles/"));
const sources = new Map(files.filter((file) => file.path.startsWith("content/sources/")).map((file) => [file.path.slice("content/sources/".length), file.text]));

function conflictOf(id: string): Conflict | undefined {
  return bank.facts.find((fact) => fact.id === id)?.conflict;
}

/** A source's words as a reader sees them: Markdown emphasis, headings, link brackets and escapes removed, case and spacing aside. */
function readable(text: string): string {
  return text
    .replace(/\]\(#?\)/g, "")
    .replace(/[*#\\[\]]/g, "")
    .replace(/\s+/g, " ")
    .toLowerCase();
}

function articleOf(slug: string) {
  const found = bank.articles.find((article) => article.slug === slug);
  if (!found) throw new Error(`no article ${slug}`);
  return found;
}

describe("shipped content", () => {
  it("has no problems", () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  // Duplicate and trivial facts were merged or removed after the item audit (docs/content-audit.md): 75 is the floor.
  it("loads every article and at least 65 facts", () => {
    expect(articleFiles.length).toBeGreaterThan(0);
    expect(bank.articles).toHaveLength(articleFiles.length);
    expect(bank.facts.length).toBeGreaterThanOrEqual(65);
  });

  it("gives every article an outlet and a title that its source states, or a title marked supplied", () => {
    for (const article of bank.articles) {
      const source = sources.get(article.sourceFile);
      expect(source, article.slug).toBeDefined();
      const text = readable(source ?? "");
      if (article.outlet !== null) expect(text, `${article.slug}: outlet`).toContain(readable(article.outlet));
      if (!article.titleIsSupplied) expect(text, `${article.slug}: title`).toContain(readable(article.title));
      if (article.author !== null) {
        expect(text, `${article.slug}: author`).toContain(readable(article.author));
        expect(article.outlet, `${article.slug}: outlet`).not.toBe(article.author);
      }
    }
  });

  it("names no outlet and marks the title supplied for the unsigned report, which has neither", () => {
    expect(articleOf("dozen-nations-join-haiti-effort")).toMatchObject({ outlet: null, author: null, titleIsSupplied: true });
    expect(articleOf("dozen-nations-join-haiti-effort").citedAs).not.toBe("");
    expect(readable(sources.get(articleOf("dozen-nations-join-haiti-effort").sourceFile) ?? "")).not.toContain("nairobi law monthly");
  });

  it("cites the Disquiet article, which names no outlet, without making its author the outlet", () => {
    expect(articleOf("disquiet-simmers-over-kenya-haiti-police-deal")).toMatchObject({ outlet: null, author: "James Ngunjiri", citedAs: "the Disquiet article" });
  });

  it("records that the Struggle-La-Lucha piece republishes Haiti Liberté, as its source says", () => {
    const article = articleOf("struggle-la-lucha-cpk-condemns-haiti-occupation");
    expect(article).toMatchObject({ outlet: "Struggle-La-Lucha", republishedFrom: "Haiti Liberté" });
    expect(readable(sources.get(article.sourceFile) ?? "")).toContain("source: haiti liberté");
  });

  it("records every conflict of the seeds with its kind: disagreements and source errors", () => {
    const kinds = bank.facts.flatMap((fact) => (fact.conflict ? [[fact.id, fact.conflict.kind]] : []));
    expect(kinds).toEqual(
      expect.arrayContaining([
        ["crisis-displacement-count", "disagreement"],
        ["crisis-moise-assassination", "source-error"],
        ["mission-unsc-approval", expect.stringMatching(/^(disagreement|source-error)$/)],
        ["mission-kenya-personnel-number", expect.stringMatching(/^(disagreement|source-error)$/)],
      ]),
    );
    expect(new Set(kinds.map(([, kind]) => kind))).toEqual(new Set(["disagreement", "source-error"]));
    for (const fact of bank.facts.filter((entry) => entry.conflict)) expect(fact.conflict?.sides.length, fact.id).toBeGreaterThanOrEqual(2);
  });

  it("teaches GlobalPost's “prime minister” for Moïse as a source error that the other sources correct", () => {
    const conflict = conflictOf("crisis-moise-assassination");
    const wrong = conflict?.sides.filter((side) => side.isError) ?? [];
    expect(wrong.map((side) => [side.label, side.evidence.map((evidence) => evidence.article)])).toEqual([["Prime Minister", ["globalpost-stepping-up-kenya-haiti"]]]);
    expect(conflict?.sides.find((side) => !side.isError)?.label).toBe("President");
    expect(conflict?.correction).toContain("GlobalPost");
  });

  it("records no conflict where the sources do not disagree: the count of nations", () => {
    expect(conflictOf("mission-number-of-countries")).toBeUndefined();
  });
});
