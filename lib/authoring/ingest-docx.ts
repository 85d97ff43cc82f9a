// An uploaded Word document (.docx) as an article body: mammoth reads its
// text, one paragraph per paragraph of the document.
import mammoth from "mammoth";
import { articleBodyFromText, type IngestResult } from "./ingest-text";

export const NOT_A_DOCX = "That file is not a Word document (.docx) we can read.";

/** A .docx is a zip file: its first bytes are "PK\x03\x04". */
function startsLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The document's text; anything that is not a readable .docx (an old .doc, a renamed file, a zip without word/document.xml) is refused, never thrown. */
export async function articleBodyFromDocx(bytes: Uint8Array): Promise<IngestResult> {
  if (!startsLikeZip(bytes)) return { ok: false, error: NOT_A_DOCX };
  let text: string;
  try {
    ({ value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) }));
  } catch {
    return { ok: false, error: NOT_A_DOCX };
  }
  return articleBodyFromText(text);
}
