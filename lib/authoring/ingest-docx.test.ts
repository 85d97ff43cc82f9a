import { describe, expect, it } from "vitest";
import { docx, zip } from "@/tests/factories/docx";
import { articleBodyFromDocx, NOT_A_DOCX } from "./ingest-docx";

const FIRST = "The ministry announced a new plan on Tuesday, and officials said it would cost $10 million over two years.";
const SECOND = "Parents said the plan was “long overdue” & welcome; the first schools open in March, according to the ministry.";

describe("articleBodyFromDocx", () => {
  it("reads a Word document's paragraphs, a blank line between them", async () => {
    const result = await articleBodyFromDocx(docx([FIRST, "", SECOND]));
    expect(result).toMatchObject({ ok: true, body: `${FIRST}\n\n${SECOND}`, detected: {} });
  });

  it("refuses bytes that are not a zip file", async () => {
    expect(await articleBodyFromDocx(Uint8Array.from({ length: 512 }, (_, index) => (index * 37) % 256))).toEqual({ ok: false, error: NOT_A_DOCX });
    expect(NOT_A_DOCX).toBe("That file is not a Word document (.docx) we can read.");
  });

  it("refuses a text file renamed .docx", async () => {
    expect(await articleBodyFromDocx(new TextEncoder().encode(`${FIRST}\n\n${SECOND}`))).toEqual({ ok: false, error: NOT_A_DOCX });
  });

  it("refuses a zip file without word/document.xml", async () => {
    expect(await articleBodyFromDocx(zip([{ name: "notes.txt", text: FIRST }]))).toEqual({ ok: false, error: NOT_A_DOCX });
  });

  it("refuses a zip file cut short", async () => {
    expect(await articleBodyFromDocx(docx([FIRST, SECOND]).slice(0, 200))).toEqual({ ok: false, error: NOT_A_DOCX });
  });
});
