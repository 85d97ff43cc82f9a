// The item bank as flashcards: one `term<TAB>definition` row per item, no
// header, "\n" line ends. That is the default of Quizlet's import ("Between
// term and definition: Tab", "Between rows: New line") and a layout Anki
// detects.
//
// Fields are never quoted. Quizlet has no quoting at all (a quote character
// is text), so a quoted field would show its quotes there. Anki reads the
// file as CSV, where a double quote is special only as the first character
// of a field, a row that starts with "#" is a comment, and a first line that
// starts with "tags:" is skipped. So instead of quoting, every field is one
// line without tabs, and a field that would start with `"`, `#` or `tags:`
// gets a leading space (which does not show on a card). The same rows then read
// the same in Quizlet, in Anki and in csv-parse with
// `{ delimiter: "\t", quote: false }`.
import { normalizeAnswer } from "@/lib/quiz/answer-match";
import { citedName, itemAnswerText } from "@/lib/quiz/describe";
import type { Item, ItemSource } from "@/lib/quiz/types";

/**
 * One row per distinct card, in the order given: an item whose front reads
 * like one already written (the same question in another format) is left
 * out, so that an imported deck never holds the same card twice.
 */
export function exportCsv(items: Item[]): string {
  const fronts = new Set<string>();
  const rows: string[] = [];
  for (const item of items) {
    const front = csvField(question(item));
    const key = normalizeAnswer(front);
    if (fronts.has(key)) continue;
    fronts.add(key);
    rows.push(`${front}\t${csvField(definition(item))}\n`);
  }
  return rows.join("");
}

function definition(item: Item): string {
  const citation = sourceCitation(item);
  return citation === "" ? itemAnswerText(item) : `${itemAnswerText(item)} — ${citation}`;
}

function question(item: Item): string {
  switch (item.type) {
    case "multiple-choice":
    case "attribution":
    case "sources-disagree":
    case "multi-select":
    case "typed-answer":
    case "numeric":
      return item.prompt;
    case "true-false":
      return `${item.statement} True or false?`;
    case "cloze":
      return item.text;
    case "matching":
      return `Match: ${item.pairs.map((pair) => pair.left).join("; ")}`;
    case "ordering": {
      // Listed alphabetically, not in the answer's order.
      const labels = item.events.map((event) => event.label).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      return `Put in order (earliest first): ${labels.join("; ")}`;
    }
  }
}


/**
 * "Source: <outlet, or how the article is cited>, <published>", one entry per distinct article
 * ("Sources: …; …" for several); an item without sources of its own (an item
 * about a disagreement) cites the sources of each side.
 */
function sourceCitation(item: Item): string {
  const sources: ItemSource[] = item.sources.length > 0 ? item.sources : (item.conflict?.sides.flatMap((side) => side.sources) ?? []);
  const entries = [...new Set(sources.map((source) => `${citedName(source)}, ${source.published}`))];
  if (entries.length === 0) return "";
  return `${entries.length === 1 ? "Source" : "Sources"}: ${entries.join("; ")}`;
}

/**
 * One line without tabs: tabs and line breaks (with the spaces around them)
 * become one space. A leading space keeps Anki from reading a field's first
 * character as a quote or a comment.
 */
function csvField(text: string): string {
  const flat = text.replace(/ *[\t\n\r\v\f\u2028\u2029][\t\n\r\v\f\u2028\u2029 ]*/g, " ").trim();
  return /^(?:"|#|tags:)/.test(flat) ? ` ${flat}` : flat;
}
