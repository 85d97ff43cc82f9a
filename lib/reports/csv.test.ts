import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

describe("csvCell", () => {
  it.each(["+1", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A2)", "\t=1"])("prefixes a text cell a spreadsheet would run with ': %j", (text) => {
    expect(csvCell(text)).toBe(`'${text}`);
  });

  it("prefixes, then quotes, a formula with quotes or a leading carriage return", () => {
    expect(['=HYPERLINK("http://x")', "\r=1"].map(csvCell)).toEqual(['"\'=HYPERLINK(""http://x"")"', '"\'\r=1"']);
  });

  it("leaves the same characters alone inside a cell", () => {
    expect(["Kenya = 1,000 police", "a-b+c@d", " =1"].map(csvCell)).toEqual(['"Kenya = 1,000 police"', "a-b+c@d", " =1"]);
  });

  it("quotes a cell with a comma, a quote or a line break (RFC 4180), doubling its quotes", () => {
    expect(["Ruto, William", 'He said "no"', "two\nlines", "Moïse"].map(csvCell)).toEqual(['"Ruto, William"', '"He said ""no"""', '"two\nlines"', "Moïse"]);
  });

  it("writes numbers as numbers, negative ones too, and null and the empty text as an empty cell", () => {
    expect([-12.5, 0.625, null, ""].map(csvCell)).toEqual(["-12.5", "0.625", "", ""]);
  });

  it("refuses NaN and infinities", () => {
    expect(() => csvCell(Number.NaN)).toThrow("A CSV cell cannot hold NaN.");
    expect(() => csvCell(Number.POSITIVE_INFINITY)).toThrow("A CSV cell cannot hold Infinity.");
  });
});

describe("toCsv", () => {
  const rows = [
    ["Student", "Score", "Discrimination", "Note"],
    ["Ngugi, Amani", 0.8, -10.7, 'Typed "=1+1", then\r\nstopped'],
    ["=cmd|' /C calc'!A0", null, 3, "@here"],
  ];

  it("ends every row with CRLF", () => {
    const csv = toCsv(rows);
    expect(csv.startsWith("Student,Score,Discrimination,Note\r\n")).toBe(true);
    expect(csv.endsWith("'@here\r\n")).toBe(true);
  });

  it("parses back with csv-parse to the same cells, formulas as text with their leading quote", () => {
    expect(parse(toCsv(rows))).toEqual([
      ["Student", "Score", "Discrimination", "Note"],
      ["Ngugi, Amani", "0.8", "-10.7", 'Typed "=1+1", then\r\nstopped'],
      ["'=cmd|' /C calc'!A0", "", "3", "'@here"],
    ]);
  });

  it("writes nothing for no rows", () => {
    expect(toCsv([])).toBe("");
  });
});
