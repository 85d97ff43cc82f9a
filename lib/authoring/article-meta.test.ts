import { describe, expect, it } from "vitest";
import { AUTHORED_ARTICLE_KINDS, articleMetaSchema } from "./article-meta";

function fieldErrors(input: Record<string, unknown>) {
  const result = articleMetaSchema.safeParse(input);
  return result.success ? {} : result.error.flatten().fieldErrors;
}

describe("articleMetaSchema", () => {
  it("trims the fields and keeps a stated date and kind", () => {
    expect(articleMetaSchema.parse({ title: "  Plan announced ", outlet: "The Daily Herald", author: "Kim Ives", published: " 2023-09-28 ", kind: "press-release" })).toEqual({
      title: "Plan announced",
      outlet: "The Daily Herald",
      author: "Kim Ives",
      published: "2023-09-28",
      kind: "press-release",
    });
  });

  it("makes empty and missing fields null: not stated", () => {
    const empty = { title: null, outlet: null, author: null, published: null, kind: null };
    expect(articleMetaSchema.parse({ title: "", outlet: "   ", author: "", published: "", kind: "" })).toEqual(empty);
    expect(articleMetaSchema.parse({})).toEqual(empty);
  });

  it("takes a month or a year alone as the date", () => {
    expect(articleMetaSchema.parse({ published: "2023-09" }).published).toBe("2023-09");
    expect(articleMetaSchema.parse({ published: "2023" }).published).toBe("2023");
  });

  it.each([
    [{ title: "t".repeat(301) }, "title", "The title has at most 300 characters."],
    [{ outlet: "o".repeat(121) }, "outlet", "The outlet has at most 120 characters."],
    [{ author: "a".repeat(201) }, "author", "The author has at most 200 characters."],
    [{ published: "2023-02-30" }, "published", "Write the date as YYYY-MM-DD, YYYY-MM or YYYY, and a real calendar date."],
    [{ published: "28/09/2023" }, "published", "Write the date as YYYY-MM-DD, YYYY-MM or YYYY, and a real calendar date."],
    [{ published: "2023-13" }, "published", "Write the date as YYYY-MM-DD, YYYY-MM or YYYY, and a real calendar date."],
    [{ kind: "press-statement" }, "kind", "Choose one of the kinds of article."],
  ])("rejects %o", (input, field, message) => {
    expect(fieldErrors(input)).toEqual({ [field]: [message] });
  });

  it("accepts the length limits exactly", () => {
    expect(fieldErrors({ title: "t".repeat(300), outlet: "o".repeat(120), author: "a".repeat(200) })).toEqual({});
  });
});

describe("AUTHORED_ARTICLE_KINDS", () => {
  it("are the five kinds the form offers, with their labels", () => {
    expect(AUTHORED_ARTICLE_KINDS.map(({ value, label }) => `${value}: ${label}`)).toEqual([
      "news-report: News report",
      "news-brief: News brief",
      "opinion: Opinion / advocacy",
      "press-release: Press release",
      "statement: Statement",
    ]);
  });
});
