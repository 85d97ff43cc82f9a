// A teacher's own article, pasted or uploaded, as the body we store: the
// one entry point that picks the text, HTML or .docx path.
import { articleBodyFromDocx } from "./ingest-docx";
import { articleBodyFromHtml } from "./ingest-html";
import { articleBodyFromText, decodeTextFile, uploadSizeError, type IngestResult } from "./ingest-text";

export { articleBodyFromDocx, NOT_A_DOCX } from "./ingest-docx";
export { articleBodyFromHtml } from "./ingest-html";
export { articleBodyFromText, MAX_ARTICLE_CHARS, MAX_UPLOAD_BYTES, MIN_ARTICLE_CHARS, type DetectedMeta, type IngestResult } from "./ingest-text";

export type IngestInput = { kind: "text" | "html"; text: string } | { kind: "file"; name: string; bytes: Uint8Array };

/** Pasted text that is a web page's source rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return text.trimStart().startsWith("<") || /<(?:p|div|html)[\s>]/i.test(text);
}

/**
 * The body of a pasted text (through the HTML path when it looks like HTML),
 * pasted HTML, or a file by its extension: .docx, .txt, .html or .htm.
 */
export async function ingestArticle(input: IngestInput): Promise<IngestResult> {
  if (input.kind !== "file") {
    if (input.kind === "html" || looksLikeHtml(input.text)) {
      // A pasted page is held to the upload limit before it is parsed.
      const tooLarge = uploadSizeError(new TextEncoder().encode(input.text).length, "The pasted page");
      return tooLarge ? { ok: false, error: tooLarge } : articleBodyFromHtml(input.text);
    }
    return articleBodyFromText(input.text);
  }
  const extension = /\.([^.]+)$/.exec(input.name.trim())?.[1]?.toLowerCase();
  if (extension !== "docx" && extension !== "txt" && extension !== "html" && extension !== "htm") {
    return { ok: false, error: "Upload a .docx, .txt or .html file." };
  }
  const tooLarge = uploadSizeError(input.bytes.byteLength);
  if (tooLarge) return { ok: false, error: tooLarge };
  if (extension === "docx") return articleBodyFromDocx(input.bytes);
  const text = decodeTextFile(input.bytes);
  if (extension === "txt") {
    return text === null ? { ok: false, error: "That file is not a plain text file (.txt) we can read: save it as plain text (UTF-8) and upload it again." } : articleBodyFromText(text);
  }
  return text === null ? { ok: false, error: "That file is not a web page (.html) we can read." } : articleBodyFromHtml(text);
}
