// CSV for spreadsheets (the gradebook, the item table): RFC 4180 quoting and
// CRLF line ends, and no cell a spreadsheet would run as a formula.
//
// A text cell that starts with "=", "+", "-", "@", a tab or a carriage return
// gets a leading "'" (OWASP, "CSV Injection"), so Excel, LibreOffice and
// Google Sheets show it as text. Numbers are written as numbers: the digits
// of a number cannot hold a formula, and a negative discrimination must stay
// a number in the sheet.
//
// (lib/quiz/export/csv.ts writes flashcards for Quizlet and Anki: tab
// separated and never quoted, which is another format.)

/** null is an empty cell. */
export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell as it is written in the file. */
export function csvCell(value: CsvCell): string {
  if (value === null) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`A CSV cell cannot hold ${value}.`);
    return String(value);
  }
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The rows as a CSV file: cells separated by commas, each row ended by CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(",")}\r\n`).join("");
}
