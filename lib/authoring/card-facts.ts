// A row of an imported file of cards as a fact of the teacher's, asked as a
// typed answer: the front (term) is asked and the back typed when the back
// is short enough to type; otherwise the back is shown and the front typed.
// The row, as the import stores it, is the fact's source.
import { TYPED_ANSWER_LIMITS } from "@/lib/quiz/generate/model";
import { AUTHORED_DIFFICULTY, AUTHORED_TOPIC } from "./fact-form";
import type { CardRow } from "./csv-import";

/** Between a row's two sides in the stored article: one line per row. */
export const CARD_LINE_SEPARATOR = " — ";

/** The question a card's front asks: itself when it is a question, else what it is. */
export function cardQuestion(term: string): string {
  const front = term.trim();
  return /\?\s*$/.test(front) ? front : `What is “${front.replace(/[.:;,]+$/, "")}”?`;
}

/** The question when the back is too long to type: the back shown, the front asked. */
export function reverseCardQuestion(definition: string): string {
  return `Which term means “${definition.trim().replace(/[.:;,]+$/, "")}”?`;
}

/** Whether a side of a card is short enough to be typed as an answer (the generator's limits). */
export function isTypeable(side: string): boolean {
  const text = side.trim();
  return text.length <= TYPED_ANSWER_LIMITS.characters && text.split(/\s+/).length <= TYPED_ANSWER_LIMITS.words;
}

/** Why a row cannot be asked, as a sentence: both sides too long to type. */
export const CARD_TOO_LONG = `both sides are too long to type as an answer (at most ${TYPED_ANSWER_LIMITS.words} words and ${TYPED_ANSWER_LIMITS.characters} characters): shorten one of them`;

/** The fact of one row, in the content-file shape (lib/content/schema.ts), or why the row cannot be asked. */
export function cardFact(row: CardRow, articleSlug: string, id: string): Record<string, unknown> | { error: string } {
  const quote = `${row.term}${CARD_LINE_SEPARATOR}${row.definition}`;
  const asksTerm = isTypeable(row.definition);
  if (!asksTerm && !isTypeable(row.term)) return { error: CARD_TOO_LONG };
  const answer = asksTerm ? row.definition : row.term;
  return {
    id,
    statement: quote,
    kind: "fact",
    question: asksTerm ? cardQuestion(row.term) : reverseCardQuestion(row.definition),
    answer: { type: "text", value: answer, aliases: [] },
    accepted: [answer],
    formats: ["typed-answer"],
    topics: [AUTHORED_TOPIC],
    difficulty: AUTHORED_DIFFICULTY,
    evidence: [{ article: articleSlug, quote }],
  };
}

/** The imported set's title: the one typed, else the file's name without its extension. */
export function cardImportTitle(typed: string | undefined, fileName: string): string {
  const title = typed?.trim() || fileName.replace(/\.[^.]+$/, "").trim() || "Imported cards";
  return title.slice(0, 120);
}
