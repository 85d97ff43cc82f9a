import { describe, expect, it } from "vitest";
import { docx } from "@/tests/factories/docx";
import { ingestArticle, looksLikeHtml } from "./ingest";

const PARAGRAPH = "The ministry announced a new plan on Tuesday, and officials said it would cost $10 million over two years, with the first schools opening in March.";
const BODY = `${PARAGRAPH}\n\n${PARAGRAPH}`;
const bytes = (text: string) => new TextEncoder().encode(text);

describe("ingestArticle", () => {
  it("reads pasted plain text as text, keeping what looks like markup in prose", async () => {
    expect(await ingestArticle({ kind: "text", text: `${PARAGRAPH}\r\n\r\n${PARAGRAPH} (a < b)` })).toMatchObject({ ok: true, body: `${BODY} (a < b)` });
  });

  it("reads pasted text that looks like HTML through the HTML path", async () => {
    expect(await ingestArticle({ kind: "text", text: `<p>${PARAGRAPH}</p><p>${PARAGRAPH}</p>` })).toMatchObject({ ok: true, body: BODY });
    expect(await ingestArticle({ kind: "text", text: `${PARAGRAPH}<div>${PARAGRAPH}</div>` })).toMatchObject({ ok: true, body: BODY });
    expect(await ingestArticle({ kind: "html", text: `${PARAGRAPH}<br><br>${PARAGRAPH}` })).toMatchObject({ ok: true, body: `${PARAGRAPH}\n\n${PARAGRAPH}` });
  });

  it("reads files by their extension", async () => {
    expect(await ingestArticle({ kind: "file", name: "article.TXT", bytes: bytes(`\uFEFF${BODY}\r\n`) })).toMatchObject({ ok: true, body: BODY });
    expect(await ingestArticle({ kind: "file", name: "page.htm", bytes: bytes(`<p>${PARAGRAPH}</p><p>${PARAGRAPH}</p>`) })).toMatchObject({ ok: true, body: BODY });
    expect(await ingestArticle({ kind: "file", name: "page.html", bytes: bytes(`<p>${PARAGRAPH}</p><p>${PARAGRAPH}</p>`) })).toMatchObject({ ok: true, body: BODY });
    expect(await ingestArticle({ kind: "file", name: "My article.docx", bytes: docx([PARAGRAPH, PARAGRAPH]) })).toMatchObject({ ok: true, body: BODY });
  });

  it("refuses other extensions", async () => {
    for (const name of ["article.pdf", "article.doc", "article", ".docx.exe"]) {
      expect(await ingestArticle({ kind: "file", name, bytes: bytes(BODY) })).toEqual({ ok: false, error: "Upload a .docx, .txt or .html file." });
    }
  });

  it("refuses binary bytes as .docx and as .txt", async () => {
    const binary = Uint8Array.from({ length: 300 }, (_, index) => (index * 53) % 256);
    expect(await ingestArticle({ kind: "file", name: "a.docx", bytes: binary })).toEqual({ ok: false, error: "That file is not a Word document (.docx) we can read." });
    const withNul = bytes(`${BODY}\u0000\u0000`);
    const txtError = { ok: false, error: "That file is not a plain text file (.txt) we can read: save it as plain text (UTF-8) and upload it again." };
    expect(await ingestArticle({ kind: "file", name: "a.txt", bytes: withNul })).toEqual(txtError);
    expect(await ingestArticle({ kind: "file", name: "a.txt", bytes: binary })).toEqual(txtError);
    expect(await ingestArticle({ kind: "file", name: "a.html", bytes: binary })).toEqual({ ok: false, error: "That file is not a web page (.html) we can read." });
  });

  it("refuses a file over 5 MB before reading it, and a pasted page as large", async () => {
    const large = new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61);
    expect(await ingestArticle({ kind: "file", name: "a.txt", bytes: large })).toEqual({ ok: false, error: "The file is 5.1 MB; the limit is 5 MB." });
    expect(await ingestArticle({ kind: "html", text: `<p>${"a".repeat(6 * 1024 * 1024)}</p>` })).toEqual({ ok: false, error: "The pasted page is 6.1 MB; the limit is 5 MB." });
  });

  it("refuses a 200,000-character article, however it comes", async () => {
    const error = "The article is 200,000 characters long; the limit is 100,000. Paste a shorter article or split it.";
    expect(await ingestArticle({ kind: "text", text: "a".repeat(200_000) })).toEqual({ ok: false, error });
    expect(await ingestArticle({ kind: "file", name: "a.txt", bytes: bytes("a".repeat(200_000)) })).toEqual({ ok: false, error });
  });
});

describe("looksLikeHtml", () => {
  it("is true for text starting with < or holding <p>, <div> or <html>", () => {
    expect([" <b>x</b>", "x <P class=a>y", "x<div>", "x <html>", "x < y", "a <pre> b", "plain"].map(looksLikeHtml)).toEqual([true, true, true, true, false, false, false]);
  });
});
