import { describe, expect, it } from "vitest";
import { csvTemplate, MAX_IMPORT_BYTES, parseCardRows, type CardRow, type RowProblem } from "./csv-import";

/** What parseCardRows returns for these rows, delimiter and header, with these problems. */
function cardImport(delimiter: string, hasHeader: boolean, rows: CardRow[], problems: RowProblem[] = []) {
  return { rows, problems, delimiter, hasHeader };
}

describe("parseCardRows", () => {
  it("reads a comma-separated file with a header, skipping the header", () => {
    expect(parseCardRows("term,definition\nquorum,the smallest number present for a vote\nveto,a refusal\n")).toEqual(cardImport(",", true, [
      { line: 2, term: "quorum", definition: "the smallest number present for a vote" },
      { line: 3, term: "veto", definition: "a refusal" },
    ]));
  });

  it("recognises the header names in any case", () => {
    for (const header of ["Front,Back", "QUESTION,Answer", "Word,Meaning", " Term , Definition "]) {
      const result = parseCardRows(`${header}\na,b\n`);
      expect(result.hasHeader).toBe(true);
      expect(result.rows).toEqual([{ line: 2, term: "a", definition: "b" }]);
    }
  });

  it("reads a file without a header from its first line", () => {
    const result = parseCardRows("quorum,the smallest number\nveto,a refusal");
    expect(result.hasHeader).toBe(false);
    expect(result.rows).toEqual([
      { line: 1, term: "quorum", definition: "the smallest number" },
      { line: 2, term: "veto", definition: "a refusal" },
    ]);
  });

  it("detects tab and semicolon delimiters, and takes a given one", () => {
    expect(parseCardRows("a\tb, c\n").delimiter).toBe("\t");
    expect(parseCardRows("a\tb, c\n").rows).toEqual([{ line: 1, term: "a", definition: "b, c" }]);
    const semicolons = parseCardRows("Begriff;Bedeutung\nVeto;Einspruch\n");
    expect(semicolons.delimiter).toBe(";");
    expect(semicolons.rows).toEqual([
      { line: 1, term: "Begriff", definition: "Bedeutung" },
      { line: 2, term: "Veto", definition: "Einspruch" },
    ]);
    expect(parseCardRows("a;b,c\n", { delimiter: ";" }).rows).toEqual([{ line: 1, term: "a", definition: "b,c" }]);
  });

  it("keeps a byte-order mark out of the first term and the header", () => {
    expect(parseCardRows("\uFEFFquorum,the smallest number\n").rows).toEqual([{ line: 1, term: "quorum", definition: "the smallest number" }]);
    expect(parseCardRows("\uFEFFterm,definition\r\nveto,a refusal\r\n")).toMatchObject({ hasHeader: true, rows: [{ line: 2, term: "veto", definition: "a refusal" }] });
  });

  it("reads \\r\\n line ends like \\n", () => {
    expect(parseCardRows("a,b\r\nc,d\r\n").rows).toEqual([
      { line: 1, term: "a", definition: "b" },
      { line: 2, term: "c", definition: "d" },
    ]);
  });

  it("reads quoted fields with commas, quotes and newlines, and later rows keep their lines", () => {
    const text = [
      "term,definition",
      '"Port-au-Prince, Haiti","The capital,',
      'on the Gulf of Gonâve"',
      "",
      'quorum,"the ""smallest"" number',
      "",
      'present"',
      "veto,a refusal",
    ].join("\r\n");
    expect(parseCardRows(text).rows).toEqual([
      { line: 2, term: "Port-au-Prince, Haiti", definition: "The capital,\non the Gulf of Gonâve" },
      { line: 5, term: "quorum", definition: 'the "smallest" number\n\npresent' },
      { line: 8, term: "veto", definition: "a refusal" },
    ]);
  });

  it("reads Quizlet's export: term TAB definition, no header, quotation marks as text", () => {
    const text = 'quorum\tthe smallest number, present\nHe said "no"\ta refusal\n"Veto" power\tthe right to refuse\n';
    expect(parseCardRows(text)).toEqual(cardImport("\t", false, [
      { line: 1, term: "quorum", definition: "the smallest number, present" },
      { line: 2, term: 'He said "no"', definition: "a refusal" },
      { line: 3, term: '"Veto" power', definition: "the right to refuse" },
    ]));
  });

  it("reads Anki's plain-text export, honouring #separator, #html and #columns", () => {
    const text = [
      "#separator:tab",
      "#html:true",
      "#columns:Front\tBack\tTags",
      "#tags column:3",
      "Quorum<br>(law)\tThe smallest number &amp; no fewer<br/>present\tcivics",
      "Veto\tA <b>refusal</b> &rsquo;no&rsquo;\t",
      "",
    ].join("\n");
    expect(parseCardRows(text)).toEqual(cardImport("\t", true, [
      { line: 5, term: "Quorum (law)", definition: "The smallest number & no fewer present" },
      { line: 6, term: "Veto", definition: "A refusal ’no’" },
    ]));
  });

  it("takes Anki's named columns in their order and a separator by name", () => {
    const text = "#separator:Semicolon\n#columns:Back;Front\nthe smallest number;quorum\n";
    expect(parseCardRows(text)).toMatchObject({ delimiter: ";", rows: [{ line: 3, term: "quorum", definition: "the smallest number" }] });
  });

  it("keeps HTML as text when the Anki file does not say #html:true", () => {
    expect(parseCardRows("#separator:tab\na<b>b</b>\tc &amp; d\n").rows).toEqual([{ line: 2, term: "a<b>b</b>", definition: "c &amp; d" }]);
  });

  it("reports bad rows by line and imports the rest", () => {
    const text = [
      "term,definition", // 1
      "quorum", // 2
      ",no term", // 3
      "veto,", // 4
      `${"x".repeat(301)},long term`, // 5
      `long definition,${"y".repeat(1001)}`, // 6
      "three,fields,extra", // 7
      "four,fields,,more", // 8
      "five,fields,a,b", // 9
      "Quorum,again", // 10 (first quorum was bad, so this one imports)
      "QUORUM,twice", // 11
      "fine,row", // 12
    ].join("\n");
    const result = parseCardRows(text);
    expect(result.rows).toEqual([
      { line: 10, term: "Quorum", definition: "again" },
      { line: 12, term: "fine", definition: "row" },
    ]);
    expect(result.problems).toEqual([
      { line: 2, message: "Line 2: only one field; a row needs a term and a definition separated by a comma." },
      { line: 3, message: "Line 3: the term is empty." },
      { line: 4, message: "Line 4: the definition is empty." },
      { line: 5, message: "Line 5: the term is 301 characters long; the limit is 300." },
      { line: 6, message: "Line 6: the definition is 1,001 characters long; the limit is 1,000." },
      {
        line: 7,
        message: "Line 7: the row has 3 fields and field 3 is not empty; a row has only a term and a definition (put a field that holds a comma in quotation marks).",
      },
      {
        line: 8,
        message: "Line 8: the row has 4 fields and field 4 is not empty; a row has only a term and a definition (put a field that holds a comma in quotation marks).",
      },
      {
        line: 9,
        message: "Line 9: the row has 4 fields and fields 3 and 4 are not empty; a row has only a term and a definition (put a field that holds a comma in quotation marks).",
      },
      { line: 11, message: 'Line 11: the term "QUORUM" is already on line 10.' },
    ]);
  });

  it("accepts empty extra fields, as spreadsheets save them", () => {
    expect(parseCardRows("a,b,,\n").rows).toEqual([{ line: 1, term: "a", definition: "b" }]);
  });

  it("keeps the rows before a quotation mark that never closes, and names the line where it opens", () => {
    const text = ["term,definition", "a,b", "c,d", "", "e,f", "", 'g,"abc,def', "h,i", "j,k"].join("\n");
    expect(parseCardRows(text)).toEqual(cardImport(",", true, [
      { line: 2, term: "a", definition: "b" },
      { line: 3, term: "c", definition: "d" },
      { line: 5, term: "e", definition: "f" },
    ], [{ line: 7, message: "Line 7: a quotation mark opens a field that never closes." }]));
  });

  it("refuses 5,001 rows and reads 5,000", () => {
    const rows = (count: number) => Array.from({ length: count }, (_, index) => `term ${index + 1},definition ${index + 1}`);
    expect(parseCardRows(["term,definition", ...rows(5_001)].join("\n"))).toEqual({
      rows: [],
      problems: [{ line: 0, message: "The file has 5,001 rows; the limit is 5,000." }],
      delimiter: ",",
      hasHeader: true,
    });
    const result = parseCardRows(["term,definition", ...rows(5_000)].join("\n"));
    expect(result.problems).toEqual([]);
    expect(result.rows).toHaveLength(5_000);
    expect(result.rows.at(-1)).toEqual({ line: 5_001, term: "term 5000", definition: "definition 5000" });
  });

  it("refuses a file over 2 MB", () => {
    const text = `a,${"b".repeat(MAX_IMPORT_BYTES)}`;
    expect(parseCardRows(text).problems).toEqual([{ line: 0, message: "The file is 2.1 MB; the limit is 2 MB." }]);
    expect(parseCardRows(`a,${"b".repeat(3 * 1024 * 1024)}`)).toMatchObject({ rows: [], problems: [{ line: 0, message: "The file is 3.1 MB; the limit is 2 MB." }] });
  });

  it("returns nothing, without problems, for an empty file", () => {
    expect(parseCardRows("")).toEqual({ rows: [], problems: [], delimiter: ",", hasHeader: false });
  });
});

describe("csvTemplate", () => {
  it("is a header and two quoted example rows that read back", () => {
    const template = csvTemplate();
    expect(template).toBe(
      'term,definition\r\nPort-au-Prince,"The capital of Haiti, on the Gulf of Gonâve"\r\nQuorum,"The smallest number of members who must be present for a vote to count (""a quorum is present"")"\r\n',
    );
    expect(parseCardRows(template)).toEqual(cardImport(",", true, [
      { line: 2, term: "Port-au-Prince", definition: "The capital of Haiti, on the Gulf of Gonâve" },
      { line: 3, term: "Quorum", definition: 'The smallest number of members who must be present for a vote to count ("a quorum is present")' },
    ]));
  });
});
