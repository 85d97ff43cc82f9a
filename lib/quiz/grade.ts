// Grading a learner's response to a quiz item: right or wrong, and the
// correct answer to show. Pure: the server grades with it, and tests pin it.
import { matchesAnswer, matchesNumber } from "./answer-match";
import { matchesDate } from "./date-match";
import { itemAnswerText } from "./describe";
import type {
  ChoiceResponse,
  MatchingResponse,
  MultiSelectResponse,
  NumericResponse,
  OrderingResponse,
  QuizResponse,
  TextResponse,
  TrueFalseResponse,
} from "./response";
import type { Item } from "./types";

export type Grade = {
  isCorrect: boolean;
  /** The correct answer as text to show ("Anthony Blinken", "True", "Haiti; Kenya", "A → B"). */
  correctAnswer: string;
};

/**
 * Grades `response` (already checked against the item with
 * `responseSchemaFor`): one choice must be the answer, a multi-select the
 * exact set, a typed answer or cloze one of the accepted spellings (case,
 * accent and small-typo tolerant, never closer to a rival) or, for a date,
 * any written form of it at the answer's precision, a number exactly
 * the value, a matching every pair, an ordering the chronological order
 * (events on the same date may come in either order).
 */
export function gradeResponse(item: Item, response: QuizResponse): Grade {
  if (response.type !== item.type) throw new Error(`A ${response.type} response cannot answer a ${item.type} item.`);
  return { isCorrect: isCorrect(item, response), correctAnswer: itemAnswerText(item) };
}

function isCorrect(item: Item, response: QuizResponse): boolean {
  switch (item.type) {
    case "multiple-choice":
    case "attribution":
    case "sources-disagree":
      return (response as ChoiceResponse).choice === item.answer;
    case "multi-select": {
      const chosen = new Set((response as MultiSelectResponse).choices);
      return chosen.size === item.answers.length && item.answers.every((answer) => chosen.has(answer));
    }
    case "true-false":
      return (response as TrueFalseResponse).value === item.answer;
    case "cloze":
    case "typed-answer": {
      const { text } = response as TextResponse;
      if (item.date) return matchesDate(text, item.date);
      return matchesAnswer(text, [item.answer, ...item.accepted], { rivals: item.rivals ?? [] });
    }
    case "numeric":
      return matchesNumber((response as NumericResponse).text, item.answer);
    case "matching": {
      const { pairs } = response as MatchingResponse;
      if (pairs.length !== item.pairs.length) return false;
      const given = new Map(pairs.map((pair) => [pair.left, pair.right]));
      return item.pairs.every((pair) => given.get(pair.left) === pair.right);
    }
    case "ordering": {
      const { order } = response as OrderingResponse;
      if (order.length !== item.events.length) return false;
      const dateOf = new Map(item.events.map((event) => [event.label, event.date]));
      return order.every((label, index) => dateOf.get(label) === item.events[index]?.date);
    }
  }
}
