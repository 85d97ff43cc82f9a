import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { readContentFiles } from "@/scripts/content/read-content";
import { formatProblem, parseContent, quoteOccursIn } from "./parse";
import type { Evidence, Fact } from "./types";

// The shipped content/ must pass the checker and keep the promises of
// content/README.md that quizzes rely on.
const files = readContentFiles(process.cwd());
const { bank, problems } = parseContent(files);
const articleFiles = files.filter((file) => file.path.startsWith("content/articles/"));

function allEvidence(fact: Fact): Evidence[] {
  return [...fact.evidence, ...(fact.conflict?.sides.flatMap((side) => side.evidence) ?? [])];
}

describe("shipped content", () => {
  it("has no problems", () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it("loads every article and at least 80 facts", () => {
    expect(articleFiles.length).toBeGreaterThan(0);
    expect(bank.articles).toHaveLength(articleFiles.length);
    expect(bank.facts.length).toBeGreaterThanOrEqual(80);
  });

  it("has every article's hash right", () => {
    for (const article of bank.articles) {
      expect(createHash("sha256").update(article.body, "utf8").digest("hex"), article.slug).toBe(article.hash);
    }
  });

  it("quotes every piece of evidence verbatim from its article", () => {
    const bodies = new Map(bank.articles.map((article) => [article.slug, article.body]));
    for (const fact of bank.facts) {
      for (const evidence of allEvidence(fact)) {
        const body = bodies.get(evidence.article);
        expect(body, `${fact.id}: ${evidence.article}`).toBeDefined();
        expect(quoteOccursIn(body ?? "", evidence.quote), `${fact.id}: ${evidence.quote}`).toBe(true);
      }
    }
  });

  it("records at least 3 conflicts, each with two sides or more", () => {
    const conflicts = bank.facts.flatMap((fact) => fact.conflict ?? []);
    expect(conflicts.length).toBeGreaterThanOrEqual(3);
    for (const conflict of conflicts) expect(conflict.sides.length, conflict.about).toBeGreaterThanOrEqual(2);
  });

  it("gives every claim a claimant that its statement names", () => {
    const claims = bank.facts.filter((fact) => fact.kind === "claim");
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      expect(claim.claimant, claim.id).toBeTruthy();
      expect(claim.statement, claim.id).toContain(claim.claimant ?? "");
    }
  });

  it("gives every opinion a holder that its statement names", () => {
    const opinions = bank.facts.filter((fact) => fact.kind === "opinion");
    expect(opinions.length).toBeGreaterThan(0);
    for (const opinion of opinions) {
      expect(opinion.holder, opinion.id).toBeTruthy();
      expect(opinion.statement, opinion.id).toContain(opinion.holder ?? "");
    }
  });

  it("gives every quote a speaker and words found in one of its articles", () => {
    const bodies = new Map(bank.articles.map((article) => [article.slug, article.body]));
    for (const fact of bank.facts.filter((entry) => entry.kind === "quote")) {
      expect(fact.speaker, fact.id).toBeTruthy();
      const found = fact.evidence.some((evidence) => quoteOccursIn(bodies.get(evidence.article) ?? "", fact.quote ?? "\u0000"));
      expect(found, fact.id).toBe(true);
    }
  });
});
