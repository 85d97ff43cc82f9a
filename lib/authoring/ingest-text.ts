// A teacher's own article as the body we store: plain text, paragraphs
// separated by one blank line, with the SHA-256 hash of exactly that text.
// Evidence quotes are offsets into this body, so it is made once, here, and
// never changed afterwards. Shared by the text, HTML and .docx paths.
import { sha256Hex } from "@/lib/content/check-article";
import { formatCount, formatMegabytes } from "./sizes";

export const MAX_ARTICLE_CHARS = 100_000;
export const MIN_ARTICLE_CHARS = 200;
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/**
 * What the source says about itself (a web page's title, byline, site name
 * and publication date), offered to the teacher to accept; never stored
 * without them. `published` is an ISO date (YYYY-MM-DD).
 */
export type DetectedMeta = { title?: string; author?: string; outlet?: string; published?: string };

export type IngestResult = { ok: true; body: string; hash: string; detected: DetectedMeta } | { ok: false; error: string };

// C0 controls except tab (\u0009) and newline (\u000A), DEL, and the C1 controls.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Plain text as a body: line ends as \n, no byte-order mark or control
 * characters (tabs and newlines stay), no spaces at line ends, runs of blank
 * lines as one blank line, trimmed. Everything else is kept as written.
 */
export function normalizeArticleText(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?|\u2028/g, "\n")
    .replace(/\u2029/g, "\n\n")
    .replace(CONTROL_CHARACTERS, "")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** A pasted or uploaded plain-text article. */
export function articleBodyFromText(text: string): IngestResult {
  return articleResult(normalizeArticleText(text), {});
}

/** The result for a normalized body: refused when empty, too short or too long; else the body with its hash. */
export function articleResult(body: string, detected: DetectedMeta): IngestResult {
  if (body === "") return { ok: false, error: "The article has no text." };
  if (body.length < MIN_ARTICLE_CHARS) {
    return {
      ok: false,
      error: `The article is too short to make questions from (${formatCount(body.length)} characters; it needs at least ${formatCount(MIN_ARTICLE_CHARS)}).`,
    };
  }
  if (body.length > MAX_ARTICLE_CHARS) {
    return {
      ok: false,
      error: `The article is ${formatCount(body.length)} characters long; the limit is ${formatCount(MAX_ARTICLE_CHARS)}. Paste a shorter article or split it.`,
    };
  }
  return { ok: true, body, hash: sha256Hex(body), detected };
}

/** The refusal of a file (or a pasted page) over MAX_UPLOAD_BYTES, or null when it is within the limit. */
export function uploadSizeError(byteLength: number, subject = "The file"): string | null {
  return byteLength > MAX_UPLOAD_BYTES ? `${subject} is ${formatMegabytes(byteLength)}; the limit is ${formatMegabytes(MAX_UPLOAD_BYTES)}.` : null;
}

/**
 * An uploaded text file's characters: UTF-8 (with or without a byte-order
 * mark), or UTF-16 when it starts with a UTF-16 byte-order mark, as Windows
 * Notepad saves "Unicode". Null for a binary file: NUL bytes or bytes that
 * are not valid in the encoding.
 */
export function decodeTextFile(bytes: Uint8Array): string | null {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : "utf-8";
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  return text.includes("\u0000") ? null : text;
}
