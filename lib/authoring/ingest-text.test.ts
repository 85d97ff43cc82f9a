import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { articleBodyFromText, decodeTextFile, normalizeArticleText, uploadSizeError } from "./ingest-text";

/** A paragraph long enough that a body of it passes the minimum length. */
const LONG = "The ministry announced a new plan on Tuesday, and officials said it would cost $10 million over two years, with the first schools opening in March.";

describe("normalizeArticleText", () => {
  it("makes line ends \\n, drops a byte-order mark and control characters, keeps tabs", () => {
    expect(normalizeArticleText("\uFEFFOne\r\nTwo\rThree\u0000\u0007\u001B\u007F\u0085\tend")).toBe("One\nTwo\nThree\tend");
  });

  it("trims spaces at line ends, collapses runs of blank lines to one, trims the whole", () => {
    expect(normalizeArticleText("  \n\nFirst line   \nsecond\t \n \n\n\n\n  Indented para  \n\n\n")).toBe("First line\nsecond\n\n  Indented para");
  });

  it("keeps a single blank line and no-break spaces as written", () => {
    expect(normalizeArticleText("A\u00A0B\n\nC")).toBe("A\u00A0B\n\nC");
  });
});

describe("articleBodyFromText", () => {
  it("returns the normalized body with its SHA-256 hash and nothing detected", () => {
    const result = articleBodyFromText(`${LONG}  \r\n\r\n\r\n\r\n${LONG}\r\n`);
    const body = `${LONG}\n\n${LONG}`;
    expect(result).toEqual({ ok: true, body, hash: createHash("sha256").update(body, "utf8").digest("hex"), detected: {} });
  });

  it("refuses an empty body", () => {
    expect(articleBodyFromText(" \n\t\r\n\uFEFF")).toEqual({ ok: false, error: "The article has no text." });
  });

  it("refuses a body under 200 characters, giving its length", () => {
    expect(articleBodyFromText("Too short.")).toEqual({ ok: false, error: "The article is too short to make questions from (10 characters; it needs at least 200)." });
  });

  it("refuses a 200,000-character article with the limit and the length", () => {
    expect(articleBodyFromText("a".repeat(200_000))).toEqual({
      ok: false,
      error: "The article is 200,000 characters long; the limit is 100,000. Paste a shorter article or split it.",
    });
    expect(articleBodyFromText("a".repeat(100_000)).ok).toBe(true);
  });
});

describe("decodeTextFile", () => {
  it("reads UTF-8 with or without a byte-order mark, and UTF-16 with one", () => {
    expect(decodeTextFile(new TextEncoder().encode("Gonâve"))).toBe("Gonâve");
    expect(decodeTextFile(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toBe("A");
    expect(decodeTextFile(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0xe2, 0x00]))).toBe("Aâ");
    expect(decodeTextFile(Uint8Array.from([0xfe, 0xff, 0x00, 0x41]))).toBe("A");
  });

  it("refuses NUL bytes and invalid UTF-8", () => {
    expect(decodeTextFile(Uint8Array.from([0x41, 0x00, 0x42]))).toBeNull();
    expect(decodeTextFile(Uint8Array.from([0x41, 0xc3, 0x28]))).toBeNull();
  });
});

describe("uploadSizeError", () => {
  it("refuses more than 5 MB", () => {
    expect(uploadSizeError(5 * 1024 * 1024)).toBeNull();
    expect(uploadSizeError(5 * 1024 * 1024 + 1)).toBe("The file is 5.1 MB; the limit is 5 MB.");
  });
});
