// Plain-text forms of an item's question and correct answer, for lists of
// items (fact and set pages) and screen-reader summaries.
import type { Answer } from "@/lib/content/types";
import type { Item, ItemSource } from "./types";

/** What a learner answers: a true/false item's statement, a gap's text, or else the prompt. */
export function itemStem(item: Item): string {
  return item.type === "true-false" ? item.statement : item.type === "cloze" ? item.text : item.prompt;
}

export function itemQuestionText(item: Item): string {
  return item.type === "true-false" ? `True or false: ${item.statement}` : itemStem(item);
}

export function itemAnswerText(item: Item): string {
  switch (item.type) {
    case "multiple-choice":
    case "attribution":
    case "sources-disagree":
    case "cloze":
    case "typed-answer":
      return item.answer;
    case "multi-select":
      return item.answers.join("; ");
    case "true-false":
      return item.answer ? "True" : "False";
    case "numeric":
      return item.display;
    case "matching":
      return item.pairs.map((pair) => `${pair.left} → ${pair.right}`).join("; ");
    case "ordering":
      return item.events.map((event) => event.label).join(" → ");
  }
}

export function answerText(answer: Answer): string {
  if (answer.type === "list") return answer.items.join(", ");
  if (answer.type === "number" && answer.unit && !answer.value.includes(answer.unit)) return `${answer.value} ${answer.unit}`;
  return answer.value;
}

/** How learners see a source named: its outlet, or how the article is cited, with the author when no outlet is named. */
export function citedName(source: Pick<ItemSource, "outlet" | "citedAs" | "author">): string {
  if (source.outlet) return source.outlet;
  return source.author ? `${source.citedAs} by ${source.author}` : source.citedAs;
}
