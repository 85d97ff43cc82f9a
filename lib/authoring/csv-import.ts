// A teacher's own flashcards from a file: one term and its definition per
// row, as a spreadsheet saves CSV, as Quizlet exports them (term TAB
// definition, no header) or as Anki exports "Notes in Plain Text" (tab
// separated, after `#separator:`, `#html:` and `#columns:` lines). Each row
// keeps the line of the file it starts on, so a problem can name it; a bad
// row is reported and the rest still import.
import { parse } from "csv-parse/sync";
import { parseHTML } from "linkedom";
import { normalizeWhitespace } from "@/lib/content/text-keys";
import { toCsv } from "@/lib/reports/csv";
import { formatCount, formatMegabytes } from "./sizes";

export const MAX_IMPORT_ROWS = 5_000;
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_TERM_CHARS = 300;
export const MAX_DEFINITION_CHARS = 1_000;

export type Delimiter = "," | "\t" | ";";

/** A row that imports: `line` is the 1-based line of the file where it starts. */
export type CardRow = { line: number; term: string; definition: string };

/** What is wrong with one row, or with the whole file when `line` is 0. `message` is a whole sentence that names the line. */
export type RowProblem = { line: number; message: string };

export type CardImport = {
  rows: CardRow[];
  problems: RowProblem[];
  delimiter: Delimiter;
  /** The file names its columns: a header row, or Anki's `#columns:` line. */
  hasHeader: boolean;
};

const TERM_NAMES = new Set(["term", "front", "question", "word"]);
const DEFINITION_NAMES = new Set(["definition", "back", "answer", "meaning"]);

/** Anki's names for `#separator:`; a single character is taken as itself. */
const ANKI_SEPARATORS: Record<string, string> = { tab: "\t", comma: ",", semicolon: ";", pipe: "|", space: " ", colon: ":" };

/** Anki's `#<kind> column:N` lines: columns that are not the note's fields. */
const ANKI_METADATA_COLUMNS = ["guid", "notetype", "deck", "tags"];

const NAMES_OF: Record<string, string> = { ",": "comma", "\t": "tab", ";": "semicolon" };

type AnkiHeader = {
  /** The separator `#separator:` names, when it names one. */
  separator: string | null;
  isHtml: boolean;
  columns: string[] | null;
  /** 0-based indexes of Anki's metadata columns, which are not read. */
  metadataColumns: Set<number>;
};

/**
 * Reads a file of cards: detects the delimiter (unless given) and a header
 * row, and returns the rows that import with the problems of the others.
 * Never throws: a file csv-parse cannot finish still gives its rows before
 * the fault and a problem naming the line.
 */
export function parseCardRows(text: string, options: { delimiter?: Delimiter } = {}): CardImport {
  const source = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const lines = source.split("\n");
  const { header: anki, bodyStart } = readAnkiHeader(lines);
  // Anki's lines become empty lines, so csv-parse's line numbers stay the file's.
  const body = "\n".repeat(bodyStart) + lines.slice(bodyStart).join("\n");
  const delimiter = (options.delimiter ?? anki.separator ?? detectDelimiter(lines.slice(bodyStart))) as Delimiter;

  const empty = { rows: [], delimiter, hasHeader: anki.columns !== null };
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES) {
    return { ...empty, problems: [{ line: 0, message: `The file is ${formatMegabytes(bytes)}; the limit is ${formatMegabytes(MAX_IMPORT_BYTES)}.` }] };
  }

  const { records, fault } = readRecords(body, delimiter);
  let hasHeader = anki.columns !== null;
  let termColumn = 0;
  let definitionColumn = 1;
  if (anki.columns) {
    ({ termColumn, definitionColumn } = columnsOf(anki.columns, anki.metadataColumns));
  } else if (records[0] && isHeader(records[0].cells)) {
    hasHeader = true;
    records.shift();
  }
  if (records.length > MAX_IMPORT_ROWS) {
    return { ...empty, hasHeader, problems: [{ line: 0, message: `The file has ${formatCount(records.length)} rows; the limit is ${formatCount(MAX_IMPORT_ROWS)}.` }] };
  }

  const toText = anki.isHtml ? htmlFieldReader() : (value: string) => value;
  const rows: CardRow[] = [];
  const problems: RowProblem[] = [];
  const firstLineOfTerm = new Map<string, number>();
  for (const { line, cells: rawCells } of records) {
    const cells = rawCells.map((cell, index) => (anki.metadataColumns.has(index) ? "" : toText(cell).trim()));
    const term = cells[termColumn] ?? "";
    const definition = cells[definitionColumn] ?? "";
    const problem = rowProblem(cells, term, definition, { termColumn, definitionColumn, delimiter, hasNamedColumns: anki.columns !== null });
    if (problem) {
      problems.push({ line, message: `Line ${line}: ${problem}` });
      continue;
    }
    const key = term.toLowerCase();
    const earlier = firstLineOfTerm.get(key);
    if (earlier !== undefined) {
      problems.push({ line, message: `Line ${line}: the term "${term}" is already on line ${earlier}.` });
      continue;
    }
    firstLineOfTerm.set(key, line);
    rows.push({ line, term, definition });
  }
  if (fault) problems.push(fault);
  return { rows, problems, delimiter, hasHeader };
}

/** The downloadable template: a header and two example rows, quoted where they must be. */
export function csvTemplate(): string {
  return toCsv([
    ["term", "definition"],
    ["Port-au-Prince", "The capital of Haiti, on the Gulf of Gonâve"],
    ["Quorum", 'The smallest number of members who must be present for a vote to count ("a quorum is present")'],
  ]);
}

type SourceRecord = { line: number; cells: string[] };

/**
 * The file's records with the line each starts on, and the problem of a
 * fault that stopped csv-parse (a quotation mark that never closes), if any.
 */
function readRecords(body: string, delimiter: string): { records: SourceRecord[]; fault: RowProblem | null } {
  const records: SourceRecord[] = [];
  let fault: RowProblem | null = null;
  const faultAt = (line: number, message: string) => {
    fault ??= { line, message: `Line ${line}: ${message}` };
  };
  const lastLine = () => records.at(-1)?.line ?? 0;
  try {
    parse(body, {
      delimiter,
      bom: true,
      relax_column_count: true,
      // A quotation mark inside an unquoted field (Quizlet does not quote) is text.
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      // The record's info: `lines` is the line it ends on; a quoted field's newlines came before it.
      on_record: (record, info) => {
        const newlines = record.reduce((count, cell) => count + countNewlines(cell), 0);
        records.push({ line: info.lines - newlines, cells: record });
        return null;
      },
      on_skip: (error) => {
        if (error?.code === "CSV_QUOTE_NOT_CLOSED") {
          faultAt(firstTextLineAfter(body, endLineOf(records.at(-1))), "a quotation mark opens a field that never closes.");
        } else {
          faultAt(error && "lines" in error && typeof error.lines === "number" ? error.lines : lastLine() + 1, "this row could not be read.");
        }
        return undefined;
      },
    });
  } catch {
    faultAt(firstTextLineAfter(body, endLineOf(records.at(-1))), "this row could not be read, nor the rows after it.");
  }
  return { records, fault };
}

function endLineOf(record: SourceRecord | undefined): number {
  if (!record) return 0;
  return record.line + record.cells.reduce((count, cell) => count + countNewlines(cell), 0);
}

/** The first line after `line` (1-based) that has any text: where the next record starts. */
function firstTextLineAfter(body: string, line: number): number {
  const lines = body.split("\n");
  for (let index = line; index < lines.length; index++) {
    if (lines[index]!.trim() !== "") return index + 1;
  }
  return line + 1;
}

function countNewlines(text: string): number {
  let count = 0;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) count++;
  return count;
}

/** Anki's header: the `#key:value` lines at the top of the file. */
function readAnkiHeader(lines: string[]): { header: AnkiHeader; bodyStart: number } {
  const header: AnkiHeader = { separator: null, isHtml: false, columns: null, metadataColumns: new Set() };
  let columnsLine: string | null = null;
  let index = 0;
  for (; index < lines.length && lines[index]!.startsWith("#"); index++) {
    const line = lines[index]!;
    const colon = line.indexOf(":");
    if (colon === -1) continue;
    const key = line.slice(1, colon).trim().toLowerCase();
    const value = line.slice(colon + 1);
    if (key === "separator") {
      const name = value.trim().toLowerCase();
      header.separator = ANKI_SEPARATORS[name] ?? (value.length === 1 ? value : null);
    } else if (key === "html") {
      header.isHtml = value.trim().toLowerCase() === "true";
    } else if (key === "columns") {
      columnsLine = value;
    } else {
      const metadata = /^(\w+) column$/.exec(key);
      const column = Number(value.trim());
      if (metadata && ANKI_METADATA_COLUMNS.includes(metadata[1]!) && Number.isInteger(column) && column >= 1) header.metadataColumns.add(column - 1);
    }
  }
  // `#columns:` is split once the separator is known.
  if (columnsLine !== null) header.columns = columnsLine.split(header.separator ?? "\t").map((name) => name.trim());
  return { header, bodyStart: index };
}

/** Tab if the first line of cards has one, else comma, else semicolon (comma when it has neither). */
function detectDelimiter(lines: string[]): Delimiter {
  const first = lines.find((line) => line.trim() !== "") ?? "";
  if (first.includes("\t")) return "\t";
  if (first.includes(",")) return ",";
  if (first.includes(";")) return ";";
  return ",";
}

function isHeader(cells: string[]): boolean {
  const names = cells.map((cell) => cell.trim().toLowerCase()).filter((cell) => cell !== "");
  return names.length === 2 && TERM_NAMES.has(names[0]!) && DEFINITION_NAMES.has(names[1]!);
}

/** Which of Anki's named columns hold the term and the definition: by name, else the first two that are not metadata. */
function columnsOf(columns: string[], metadata: Set<number>): { termColumn: number; definitionColumn: number } {
  const fields = columns.map((name, index) => ({ name: name.toLowerCase(), index })).filter(({ index }) => !metadata.has(index));
  const named = (names: Set<string>) => fields.find(({ name }) => names.has(name))?.index;
  const termColumn = named(TERM_NAMES) ?? fields[0]?.index ?? 0;
  const definitionColumn = named(DEFINITION_NAMES) ?? fields.find(({ index }) => index !== termColumn)?.index ?? 1;
  return { termColumn, definitionColumn };
}

function rowProblem(
  cells: string[],
  term: string,
  definition: string,
  layout: { termColumn: number; definitionColumn: number; delimiter: string; hasNamedColumns: boolean },
): string | null {
  const filled = cells.filter((cell) => cell !== "").length;
  if (filled < 2 && cells.length < 2) return `only one field; a row needs a term and a definition separated by a ${NAMES_OF[layout.delimiter] ?? `"${layout.delimiter}"`}.`;
  if (term === "" && definition === "") return "the term and the definition are empty.";
  if (term === "") return "the term is empty.";
  if (definition === "") return "the definition is empty.";
  if (term.length > MAX_TERM_CHARS) return `the term is ${formatCount(term.length)} characters long; the limit is ${formatCount(MAX_TERM_CHARS)}.`;
  if (definition.length > MAX_DEFINITION_CHARS) {
    return `the definition is ${formatCount(definition.length)} characters long; the limit is ${formatCount(MAX_DEFINITION_CHARS)}.`;
  }
  if (!layout.hasNamedColumns) {
    const extra = cells.flatMap((cell, index) => (index !== layout.termColumn && index !== layout.definitionColumn && cell !== "" ? [index + 1] : []));
    if (extra.length > 0) {
      const which = extra.length === 1 ? `field ${extra[0]} is` : `fields ${extra.slice(0, -1).join(", ")} and ${extra.at(-1)} are`;
      return `the row has ${cells.length} fields and ${which} not empty; a row has only a term and a definition (put a field that holds a ${NAMES_OF[layout.delimiter] ?? "separator"} in quotation marks).`;
    }
  }
  return null;
}

/** Anki's HTML fields as plain text: tags dropped, `<br>` a space, entities decoded. */
function htmlFieldReader(): (value: string) => string {
  const { document } = parseHTML("<!doctype html><html><body><div></div></body></html>");
  const element = document.querySelector("div")!;
  return (value) => {
    if (!/[<&]/.test(value)) return value;
    element.innerHTML = value.replace(/<br\s*\/?>/gi, " ");
    return normalizeWhitespace(element.textContent ?? "");
  };
}
