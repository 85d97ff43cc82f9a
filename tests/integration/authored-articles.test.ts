// A teacher's own articles: stored as extracted plain text with its hash,
// details "not stated" when left empty, suggestions on reading, and bad
// input refused with a message and nothing written. Who may call what is in
// access-matrix.test.ts.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError, UserFacingError } from "@/lib/actions/result";
import { MAX_ARTICLE_CHARS } from "@/lib/authoring/ingest";
import { addArticle, deleteOwnArticle, getOwnArticle, listOwnArticles } from "@/server/authoring/articles";
import { draftOwnFact } from "@/server/authoring/facts";
import type { SessionUser } from "@/server/auth/session";
import { syncContent } from "@/server/content/sync-content";
import { db } from "@/server/db/client";
import { listLibrary } from "@/server/library/list-library";
import { getArticle } from "@/server/library/get-article";
import { createTeacher, ensureContent } from "@/tests/fixtures/classes";

const REPORT = [
  "LUSAKA, Zambia (AP) — Zambia's parliament approved a budget of $2.5 billion on Tuesday, Finance Minister Grace Mwale said.",
  "The plan sets aside 12 percent of spending for schools and builds 40 clinics in rural districts, according to the ministry.",
  "“This budget puts children first,” Mwale told reporters in Lusaka.",
  "Opposition lawmakers said the government should cut spending on new roads instead.",
].join("\n\n");

const EMPTY_META = { title: "", outlet: "", author: "", published: "", kind: "" };

let teacher: SessionUser;

beforeAll(async () => {
  await ensureContent();
  teacher = await createTeacher();
});

afterAll(async () => {
  await db().article.deleteMany({ where: { ownerId: teacher.id } });
});

async function ownCount(): Promise<number> {
  return db().article.count({ where: { ownerId: teacher.id } });
}

describe("addArticle", () => {
  it("stores pasted text as the body with its hash, and details left empty as not stated", async () => {
    const { slug } = await addArticle(teacher, { kind: "text", text: REPORT }, EMPTY_META);
    expect(slug).toMatch(/^a_[0-9a-f]{16}$/);
    const row = await db().article.findUniqueOrThrow({ where: { slug } });
    expect(row).toMatchObject({ ownerId: teacher.id, title: "", outlet: null, author: null, published: null, kind: null, body: REPORT });
    expect(row.hash).toBe(createHash("sha256").update(REPORT, "utf8").digest("hex"));
  });

  it("keeps the details the teacher gives, and suggests the budget sentence first with its date resolved", async () => {
    const meta = { title: "Zambia passes budget", outlet: "Example Wire", author: "Jo Banda", published: "2026-03-05", kind: "news-report" };
    const { slug } = await addArticle(teacher, { kind: "text", text: REPORT }, meta);
    const article = await getOwnArticle(teacher, slug);
    expect(article).toMatchObject({ title: "Zambia passes budget", outlet: "Example Wire", author: "Jo Banda", published: "2026-03-05", kind: "news-report" });
    expect(article.suggestions).toHaveLength(4);
    const budget = article.suggestions.find((suggestion) => suggestion.text.includes("$2.5 billion"));
    expect(budget?.candidates.find((candidate) => candidate.kind === "date")?.date).toBe("2026-03-03");
    for (const suggestion of article.suggestions) expect(REPORT.slice(suggestion.start, suggestion.end)).toBe(suggestion.text);
    const opinion = article.suggestions.find((suggestion) => suggestion.text.startsWith("Opposition"));
    expect(opinion?.kind).toBe("opinion");
  });

  it("extracts the body of pasted HTML without its scripts or tracking pixels", async () => {
    const html = `<html><head><script>steal()</script></head><body><article><p>${REPORT.split("\n\n").join("</p><p>")}</p><img src="https://t.example/p.gif" width="1" height="1"></article></body></html>`;
    const { slug } = await addArticle(teacher, { kind: "html", text: html }, EMPTY_META);
    const row = await db().article.findUniqueOrThrow({ where: { slug }, select: { body: true } });
    expect(row.body).toContain("Zambia's parliament approved a budget");
    expect(row.body).not.toMatch(/steal|<|gif/);
  });

  it.each([
    ["an empty body", { kind: "text" as const, text: "   " }, EMPTY_META, /no text/i],
    ["an article over the limit", { kind: "text" as const, text: "Word ".repeat(40_000) }, EMPTY_META, new RegExp(`limit is ${MAX_ARTICLE_CHARS.toLocaleString("en-US")}`)],
    ["a binary file named .docx", { kind: "file" as const, name: "notes.docx", bytes: new Uint8Array([0, 159, 146, 150, 1, 2, 3]) }, EMPTY_META, /Word document/],
    ["an impossible date", { kind: "text" as const, text: REPORT }, { ...EMPTY_META, published: "2026-02-30" }, /date/i],
  ])("refuses %s with a message and writes nothing", async (_case, source, meta, message) => {
    const before = await ownCount();
    const error = await addArticle(teacher, source, meta).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as Error).message).toMatch(message);
    expect(await ownCount()).toBe(before);
  });
});

describe("a teacher's articles stay theirs", () => {
  it("are listed for their teacher, newest first, and never in the public Library", async () => {
    const { slug } = await addArticle(teacher, { kind: "text", text: REPORT }, { ...EMPTY_META, title: "Listed last, shown first" });
    const listed = await listOwnArticles(teacher);
    expect(listed[0]).toMatchObject({ slug, title: "Listed last, shown first", characters: REPORT.length });
    const library = await listLibrary();
    expect(library.articles.some((article) => article.slug.startsWith("a_"))).toBe(false);
    expect(await getArticle(slug)).toBeNull();
  });

  it("survive a content build, which changes only the shipped articles", async () => {
    const { slug } = await addArticle(teacher, { kind: "text", text: REPORT }, EMPTY_META);
    const { bank, items, sets } = await ensureContent();
    const report = await syncContent(bank, items, sets);
    expect(report.articles).toEqual({ created: 0, updated: 0, removed: 0 });
    expect(await db().article.count({ where: { slug } })).toBe(1);
  });

  it("are deleted by their teacher only", async () => {
    const { slug } = await addArticle(teacher, { kind: "text", text: REPORT }, EMPTY_META);
    const other = await createTeacher("Peter Njoroge");
    await expect(deleteOwnArticle(other, slug)).rejects.toBeInstanceOf(NotFoundError);
    await deleteOwnArticle(teacher, slug);
    await expect(getOwnArticle(teacher, slug)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("from a selection to a draft", () => {
  const BUDGET = "Zambia's parliament approved a budget of $2.5 billion on Tuesday, Finance Minister Grace Mwale said.";

  it("drafts a fact from a selected span, with its sentence as verbatim evidence", async () => {
    const { slug } = await addArticle(teacher, { kind: "text", text: REPORT }, { ...EMPTY_META, published: "2026-03-05" });
    const start = REPORT.indexOf("$2.5 billion");
    const draft = await draftOwnFact(teacher, slug, { start, end: start + "$2.5 billion".length });
    expect(draft.answer).toEqual({ type: "money", value: "$2.5 billion", amount: 2_500_000_000, currency: "USD", aliases: [] });
    expect(draft.evidence.quote).toBe(REPORT.slice(draft.evidence.start, draft.evidence.end));
    expect(draft.evidence.quote).toContain(BUDGET);
    await expect(draftOwnFact(teacher, slug, { start: REPORT.length + 5, end: REPORT.length + 9 })).rejects.toThrow("The selection is not in the article's text.");
  });
});
