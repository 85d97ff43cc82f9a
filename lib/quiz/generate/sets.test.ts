import { describe, expect, it } from "vitest";
import type { Fact } from "@/lib/content/types";
import { answers, quoted, storyBank, testArticle, testFact } from "@/tests/factories/content-bank";
import type { Item, ItemSet } from "../types";
import { generateBank } from "./index";

// Sets of items (lib/quiz/generate/sets.ts): one per article, one per topic
// in the order of topics.yaml, and everything.

const articles = [
  testArticle({ slug: "globalpost", outlet: "GlobalPost", citedAs: "GlobalPost", title: "Kenya steps up", author: "Sam Mednick", published: "2023-09-26" }),
  testArticle({ slug: "unsigned", outlet: null, citedAs: "the unsigned report", title: "A dozen nations join", titleIsSupplied: true, author: null, published: "2023-09" }),
  testArticle({ slug: "unused", outlet: "Nowhere News", citedAs: "Nowhere News" }),
];
const topics = [
  { slug: "haiti-mission", title: "The Kenyan-led mission to Haiti" },
  { slug: "empty", title: "A topic no fact has" },
  { slug: "agreement", title: "The US-Kenya defense agreement" },
];

/** A place fact with a false variant: its question, sometimes with a false statement after it. */
function signing(id: string, topic: string, article: string): Fact {
  return testFact(id, {
    statement: `The ${id} agreement of September 2023 was signed in Nairobi.`,
    question: `In which city was the ${id} agreement of September 2023 signed?`,
    answer: answers.place("Nairobi"),
    falseVariants: [`The ${id} agreement of September 2023 was signed in Mombasa.`],
    topics: [topic],
    evidence: [quoted(`The ${id} agreement was signed in Nairobi.`, article)],
  });
}

const facts = [
  ...Array.from({ length: 12 }, (_, index) => signing(`pact-${index}`, "agreement", "globalpost")),
  ...Array.from({ length: 12 }, (_, index) => signing(`mission-${index}`, "haiti-mission", "unsigned")),
];
const generated = generateBank(storyBank(facts, { articles, topics }), { seed: "test" });
const byId = new Map(generated.items.map((item) => [item.id, item]));
const set = (slug: string): ItemSet => {
  const found = generated.sets.find((candidate) => candidate.slug === slug);
  if (!found) throw new Error(`no set ${slug}`);
  return found;
};
const itemsIn = (slug: string): Item[] => set(slug).itemIds.map((id) => byId.get(id) as Item);

describe("sets", () => {
  it("lists a set per article with items, then per topic in topics.yaml order, then everything", () => {
    expect(generated.sets.map((candidate) => [candidate.slug, candidate.kind])).toEqual([
      ["article:globalpost", "article"],
      ["article:unsigned", "article"],
      ["topic:haiti-mission", "topic"],
      ["topic:agreement", "topic"],
      ["all", "all"],
    ]);
  });

  it("puts in an article's set the items with evidence from it, and in a topic's set the items of its facts", () => {
    expect(itemsIn("article:globalpost").every((item) => item.sources.some((source) => source.article === "globalpost"))).toBe(true);
    expect(new Set(itemsIn("article:globalpost").map((item) => item.factIds[0]))).toEqual(new Set(facts.slice(0, 12).map((fact) => fact.id)));
    expect(itemsIn("topic:haiti-mission").every((item) => item.topics.includes("haiti-mission"))).toBe(true);
    expect(set("all").itemIds).toEqual(generated.items.map((item) => item.id));
  });

  it("names an article's set by its title and byline, marking a supplied title and a missing outlet", () => {
    expect(set("article:globalpost")).toMatchObject({ title: "Kenya steps up", description: "Questions from the article (GlobalPost, by Sam Mednick, September 26, 2023)." });
    expect(set("article:unsigned")).toMatchObject({ title: "A dozen nations join (title supplied)", description: "Questions from the article (September 2023)." });
    expect(set("topic:agreement")).toMatchObject({ title: "The US-Kenya defense agreement", description: "Questions on the topic “The US-Kenya defense agreement”." });
  });

  it("asks each fact once in a set, and puts items of several facts after those of one", () => {
    for (const slug of ["article:globalpost", "topic:agreement", "all"]) {
      const items = itemsIn(slug);
      expect(items.length).toBeGreaterThan(0);
      const single = items.filter((item) => item.factIds.length === 1).map((item) => item.factIds[0]);
      expect(new Set(single).size).toBe(single.length);
      const firstGroup = items.findIndex((item) => item.factIds.length !== 1);
      if (firstGroup !== -1) expect(items.slice(firstGroup).every((item) => item.factIds.length !== 1)).toBe(true);
    }
  });
});
