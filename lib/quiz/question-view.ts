// What the quiz player may know about an item before it is answered: the
// question and its options, never the answer, the explanation or the
// sources (those come back from the server once the answer is saved).
import { createRandom, shuffle } from "./seeded-random";
import type { ChoiceType, Item, ItemType } from "./types";

type ViewBase = { itemId: string; type: ItemType; prompt: string };

export type QuestionView =
  | (ViewBase & { type: ChoiceType; options: string[] })
  | (ViewBase & { type: "multi-select"; options: string[] })
  | (ViewBase & { type: "true-false"; statement: string })
  | (ViewBase & { type: "cloze"; text: string })
  | (ViewBase & { type: "typed-answer" })
  | (ViewBase & { type: "numeric"; unit: string })
  | (ViewBase & { type: "matching"; lefts: string[]; rights: string[] })
  | (ViewBase & { type: "ordering"; events: string[] });

/**
 * A shuffled copy that is not in the original order when another order
 * exists: an ordering must not start out solved.
 */
function scrambled(values: string[], seed: string): string[] {
  const result = shuffle(values, createRandom(seed));
  if (values.length > 1 && result.every((value, index) => value === values[index])) result.push(result.shift()!);
  return result;
}

/**
 * The question as the player shows it. Matching choices and ordering events
 * are shuffled with `seed` (the attempt), so a reload shows the same order.
 */
export function questionView(item: Item, seed: string): QuestionView {
  const base = { itemId: item.id, prompt: item.prompt };
  switch (item.type) {
    case "multiple-choice":
    case "attribution":
    case "sources-disagree":
    case "multi-select":
      return { ...base, type: item.type, options: item.options };
    case "true-false":
      return { ...base, type: item.type, statement: item.statement };
    case "cloze":
      return { ...base, type: item.type, text: item.text };
    case "typed-answer":
      return { ...base, type: item.type };
    case "numeric":
      return { ...base, type: item.type, unit: item.unit };
    case "matching":
      return {
        ...base,
        type: item.type,
        lefts: item.pairs.map((pair) => pair.left),
        rights: shuffle([...new Set(item.pairs.map((pair) => pair.right))], createRandom(`${seed}:${item.id}:rights`)),
      };
    case "ordering":
      return { ...base, type: item.type, events: scrambled(item.events.map((event) => event.label), `${seed}:${item.id}:events`) };
  }
}
