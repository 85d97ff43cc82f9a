// The fast path of reading YAML (decision 005; its cost and gain in
// docs/BENCHMARKS.md): js-yaml, which keeps no positions, and a scan of the
// text for the line of each fact. It must read every file it accepts exactly
// as the precise path (yaml-lines.ts) does: FAST_SCHEMA reads plain scalars
// as the yaml package does, and a warning, an error or text the two parsers
// may read apart (READ_APART) sends the file to the precise path. Valid files
// in the layout of content/README.md never need the precise path.
import { FAILSAFE_SCHEMA, load, Type } from "js-yaml";

/**
 * A plain (unquoted) scalar read by the YAML 1.2 core schema exactly as the
 * yaml package reads it: null, a boolean or a number; null when it is a
 * string. js-yaml's own schemas differ: its default one reads 2023-09-25 as
 * a Date, and its core one reads 0b101 and -0x1F as numbers, -.5 as a string.
 */
function plainScalar(text: string): { value: null | boolean | number } | null {
  // Most plain scalars are words and keys: none of the others starts with another character.
  if (!/^(?:$|[-+.0-9~nNtTfF])/.test(text)) return null;
  if (/^(?:~|[Nn]ull|NULL)?$/.test(text)) return { value: null };
  if (/^(?:[Tt]rue|TRUE)$/.test(text)) return { value: true };
  if (/^(?:[Ff]alse|FALSE)$/.test(text)) return { value: false };
  if (/^[-+]?[0-9]+$/.test(text)) return { value: parseInt(text, 10) };
  if (/^0o[0-7]+$/.test(text)) return { value: parseInt(text.slice(2), 8) };
  if (/^0x[0-9a-fA-F]+$/.test(text)) return { value: parseInt(text.slice(2), 16) };
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(text)) return { value: text.startsWith("-") ? -Infinity : Infinity };
  if (/^\.(?:nan|NaN|NAN)$/.test(text)) return { value: NaN };
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(text)) return { value: parseFloat(text) };
  return null;
}

/**
 * Strings, lists and mappings, plus the plain scalars above. The scalar type
 * has a tag of its own, so an explicit tag (!!int, !!bool, !!null, ...) is
 * unknown to js-yaml, which throws: such files take the precise path.
 */
const FAST_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type("tag:factdeck,2026:plain-scalar", {
      kind: "scalar",
      resolve: (data: string | null) => data === null || plainScalar(data) !== null,
      construct: (data: string | null) => (data === null ? null : (plainScalar(data)?.value ?? null)),
    }),
  ],
});

/**
 * Text that js-yaml reads without a word where the yaml package reports an
 * error or reads something else:
 * - a carriage return not followed by a line feed: a line break to js-yaml
 *   only;
 * - a line that starts with --- or ... (document markers; js-yaml takes
 *   "---#" as one, the yaml package does not);
 * - a comment right after a closing quote or bracket ("x"# or ]#), an error
 *   to the yaml package only;
 * - a directive: %YAML 1.1 changes how the yaml package reads scalars.
 */
const READ_APART = /\r(?!\n)|^(?:---|\.\.\.|%)|["'\]}]#/m;

/**
 * The file's value read by js-yaml; null, for the precise path to report or
 * read the file, when js-yaml throws or warns (it warns of a quoted string
 * continued on a line not indented enough, an error to the yaml package), or
 * when the text has something the two read apart (READ_APART).
 */
export function loadFast(text: string): { value: unknown } | null {
  if (READ_APART.test(text)) return null;
  let warned = false;
  try {
    const value = load(text, {
      schema: FAST_SCHEMA,
      onWarning: () => {
        warned = true;
      },
    });
    return warned ? null : { value };
  } catch {
    return null;
  }
}

/**
 * The line of each fact of a fact file, found by a scan of the text: the
 * lines that open a top-level list item. Null unless each of them is a line
 * "- id: ...", where the item, its mapping and its id key all start, so that
 * it is the line the precise path gives both the fact and its id.
 */
export function factLines(text: string): number[] | null {
  const lines: number[] = [];
  let line = 1;
  for (let start = 0; start < text.length; line++) {
    if (opensListItem(text, start)) {
      if (!opensWithId(text, start)) return null;
      lines.push(line);
    }
    const end = text.indexOf("\n", start);
    if (end === -1) break;
    start = end + 1;
  }
  return lines;
}

/** Whether the line at `start` opens a top-level list item: "-" at column 0, then a space, a tab or the end of the line. */
function opensListItem(text: string, start: number): boolean {
  if (text[start] !== "-") return false;
  const next = text[start + 1];
  return next === undefined || next === " " || next === "\t" || next === "\r" || next === "\n";
}

/** Whether the line at `start` is "- id:" then a space or the end of the line. */
function opensWithId(text: string, start: number): boolean {
  if (!text.startsWith("- id:", start)) return false;
  const next = text[start + 5];
  return next === undefined || next === " " || next === "\r" || next === "\n";
}
