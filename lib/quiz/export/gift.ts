// The item bank in Moodle's GIFT quiz format, laid out like Moodle's own
// GIFT export: a "// [tag:…]" line with the item's topics, then
// `::<item id>::[plain]<question>{`, one answer per tab-indented line, the
// general feedback (explanation and sources) as `####…`, and `}`. Questions
// are separated by a blank line.
//
// Text is written as [plain]: Factdeck's text is plain text, and in Moodle's
// default format a "<" or a leading "[" in a quote would be read as markup.
// Every text has GIFT's special characters escaped (\ ~ = # { } :) and its
// line breaks written as \n, as Moodle's exporter does, because a blank line
// would end the question. Runs of spaces and tabs become one space (they do
// not show anyway).
//
// How each item type maps:
// - multiple-choice, attribution, sources-disagree: `=right ~wrong …`.
// - multi-select: `~%w%right ~%-100%wrong …`, w = 100 / (number of right
//   answers) written as one of the weights Moodle offers, so the right
//   answers add up to 100% (to Moodle's five decimals: 33.33333 for a
//   third). 1 to 10 and 20 right answers have such a weight; an item with
//   another count is skipped with a comment. A wrong answer costs
//   everything, so ticking every box scores 0.
// - true-false: the statement, `{T}` or `{F}`.
// - typed-answer: short answer `=answer =alias …`.
// - cloze: short answer with the gapped sentence, "_____" included, as the
//   question text. GIFT's missing-word form (`text {=answer} text`) makes
//   Moodle put the same "_____" at the answer's place; writing the gap
//   ourselves keeps the sentence exactly as it is (a gap at the start, or
//   next to punctuation) inside one [plain] text.
// - numeric: `#value`; the unit follows the question in brackets. An amount
//   of money becomes a short answer instead, with the ways a learner writes
//   it ("100 million", "$100 million", "100m", "100,000,000"): a Moodle
//   numerical answer would make them type "100000000".
// - matching: `=left -> right …`; Moodle wants at least 3 pairs, so an item
//   with fewer is skipped with a comment line.
// - ordering: GIFT has no ordering type. It becomes a matching question from
//   each position ("1 (earliest)", "2", …) to its event: the learner still
//   places every event, and Moodle gives credit per correct position.
//
// Short answers and matching pairs never contain "->": Moodle reads an
// answer block with "=" and "->" (and no "~") as a matching question and
// splits a pair at its first "->", and GIFT cannot escape it, so "->" is
// written as "→" there.
import { citedName, itemStem } from "@/lib/quiz/describe";
import { amountSpellings } from "@/lib/quiz/generate/formats";
import type { Item, ItemSource } from "@/lib/quiz/types";

/**
 * The answer weights (percent) Moodle offers, positive or negative. Its
 * import refuses a question with any other weight (unless the teacher picks
 * "nearest grade" matching).
 */
export const MOODLE_WEIGHTS = [
  100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5,
] as const;

/** Matching questions need at least this many pairs in Moodle. */
const MIN_MATCHING_PAIRS = 3;

/** Plain decimal notation: GIFT numbers have no exponent and no digit grouping. */
const GIFT_NUMBER = new Intl.NumberFormat("en-US", { useGrouping: false, maximumFractionDigits: 20 });

/** One question per item (or a comment line for a skipped item), blank-line separated. */
export function exportGift(items: Item[]): string {
  return items.map((item) => `${giftQuestion(item)}\n`).join("\n");
}

function giftQuestion(item: Item): string {
  const answers = answerLines(item);
  if (!answers.ok) return `// skipped ${item.type} item ${item.id}: ${answers.reason}`;
  const lines: string[] = [];
  if (item.topics.length > 0) lines.push(`// ${item.topics.map((topic) => `[tag:${topic}]`).join(" ")}`);
  lines.push(`::${escapeText(item.id)}::[plain]${escapeText(questionText(item))}{`);
  lines.push(...answers.lines.map((line) => `\t${line}`));
  const generalFeedback = escapeText(feedback(item));
  if (generalFeedback !== "") lines.push(`\t####${generalFeedback}`);
  lines.push("}");
  return lines.join("\n");
}

/** The stem, and a number's unit after it unless the number is money. */
function questionText(item: Item): string {
  if (item.type === "numeric" && item.unit !== "" && !isMoney(item)) return `${item.prompt} (${item.unit})`;
  return itemStem(item);
}

type AnswerLines = { ok: true; lines: string[] } | { ok: false; reason: string };

/** The lines between the braces, or why the item cannot be written in GIFT. */
function answerLines(item: Item): AnswerLines {
  switch (item.type) {
    case "multiple-choice":
    case "attribution":
    case "sources-disagree":
      return { ok: true, lines: item.options.map((option) => `${option === item.answer ? "=" : "~"}${escapeText(option)}`) };
    case "multi-select": {
      const weight = rightAnswerWeight(item.answers.length);
      if (weight === null) return { ok: false, reason: `no Moodle weight shares 100% among ${item.answers.length} right answers` };
      const lines = item.options.map((option) => `~%${item.answers.includes(option) ? weight : -100}%${escapeText(option)}`);
      return { ok: true, lines };
    }
    case "true-false":
      return { ok: true, lines: [item.answer ? "T" : "F"] };
    case "typed-answer":
    case "cloze":
      return { ok: true, lines: distinct([item.answer, ...item.accepted]).map((answer) => `=${escapeAnswer(answer)}`) };
    case "numeric":
      if (isMoney(item)) return { ok: true, lines: amountSpellings(item.display, item.answer).map((spelling) => `=${escapeAnswer(spelling)}`) };
      return { ok: true, lines: [`#${GIFT_NUMBER.format(item.answer)}`] };
    case "matching":
      if (item.pairs.length < MIN_MATCHING_PAIRS) return { ok: false, reason: `Moodle needs at least ${MIN_MATCHING_PAIRS} matching pairs` };
      return { ok: true, lines: item.pairs.map((pair) => `=${escapeAnswer(pair.left)} -> ${escapeAnswer(pair.right)}`) };
    case "ordering":
      if (item.events.length < MIN_MATCHING_PAIRS) return { ok: false, reason: `Moodle needs at least ${MIN_MATCHING_PAIRS} matching pairs` };
      return {
        ok: true,
        lines: item.events.map((event, index) => `=${positionLabel(index, item.events.length)} -> ${escapeAnswer(event.label)}`),
      };
  }
}

/** The Moodle weight that is an equal share of 100% among `count` right answers (to Moodle's five decimals), or null when none is. */
function rightAnswerWeight(count: number): number | null {
  const share = 100 / Math.max(count, 1);
  return MOODLE_WEIGHTS.find((weight) => Math.abs(weight - share) < 1e-4) ?? null;
}

/** A numeric item about money: its display starts with a currency sign. */
function isMoney(item: Extract<Item, { type: "numeric" }>): boolean {
  return /^[$€£]/.test(item.display);
}

function positionLabel(index: number, count: number): string {
  if (index === 0) return "1 (earliest)";
  if (index === count - 1) return `${count} (latest)`;
  return String(index + 1);
}

/** The explanation, then one "Source: “quote” (outlet or title, date)" line per distinct source quote. */
function feedback(item: Item): string {
  const sources: ItemSource[] = item.sources.length > 0 ? item.sources : (item.conflict?.sides.flatMap((side) => side.sources) ?? []);
  const sourceLines = sources.map((source) => `Source: “${source.quote}” (${citedName(source)}, ${source.published})`);
  return distinct([item.explanation, ...sourceLines])
    .filter((line) => line.trim() !== "")
    .join("\n");
}

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}

function escapeAnswer(text: string): string {
  return escapeText(text.replace(/->/g, "→"));
}

/** GIFT-escaped text on one physical line: special characters backslashed, line breaks as \n. */
function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .join("\n")
    .trim()
    .replace(/[\\~=#{}:]/g, (character) => `\\${character}`)
    .replace(/\n/g, "\\n");
}
