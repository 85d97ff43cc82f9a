// The blueprint: which one or two items each fact yields. A fact's question
// becomes the one format that suits its answer (a name is recognized among
// options or recalled into a gap, a number is typed, a list is "select all
// that apply"), a claim or quote adds "who said it", a curated false variant
// adds one true/false item, and a conflict adds its sources-disagree items.
// A fact is never asked twice the same way, and never both ways on true/false.
import type { Fact, FactFormat } from "@/lib/content/types";
import { createRandom } from "../seeded-random";
import type { Item } from "../types";
import {
  attributionItem,
  clozeItem,
  factFrame,
  isMade,
  multipleChoiceItem,
  multiSelectItem,
  numericItem,
  sourcesDisagreeItems,
  trueFalseItem,
  typedAnswerItem,
  type Made,
} from "./fact-items";
import type { Context, FactFrame, Skip } from "./model";

/** A fact's items: its main item(s) first, then those that look at it another way (true/false, sources). */
export type FactItems = { main: Item[]; more: Item[] };

/** Most items a fact gives from its own question and statement (conflict items aside). */
const MAX_ITEMS_PER_FACT = 2;

/** What a run records besides items: facts that gave nothing, and rejected items it withheld. */
export type RunLog = { skipped: Skip[]; withheld: Set<string> };

export function factItems(fact: Fact, context: Context, rejected: ReadonlySet<string>, log: RunLog): FactItems {
  const frame = factFrame(fact, context);
  const result: FactItems = { main: [], more: [] };
  if (!frame) {
    log.skipped.push({ fact, reason: "no evidence from a known article" });
    return result;
  }
  const reasons: string[] = [];
  const accept = (made: Made<Item>, format: string): Item | null => {
    if (!isMade(made)) {
      reasons.push(`${format}: ${made}`);
      return null;
    }
    if (rejected.has(made.id)) {
      log.withheld.add(made.id);
      reasons.push(`${format}: rejected in review`);
      return null;
    }
    return made;
  };
  const firstOf = (formats: FactFormat[]): Item | null => {
    for (const format of formats) {
      const item = accept(build(frame, format, context), format);
      if (item) return item;
    }
    return null;
  };

  const made: Item[] = [];
  if (fact.formats) {
    for (const format of fact.formats) {
      const item = accept(build(frame, format, context), format);
      if (item) made.push(item);
    }
  } else {
    for (const formats of defaultPlan(frame)) {
      if (made.length >= MAX_ITEMS_PER_FACT) break;
      const item = firstOf(formats);
      if (item) made.push(item);
    }
    if (made.length < MAX_ITEMS_PER_FACT && fact.falseVariants.length > 0) {
      const item = accept(build(frame, "true-false", context), "true-false");
      if (item) made.push(item);
    }
    if (made.length === 0 && !fact.conflict) {
      const item = accept(trueFalseItem(frame, "true", context), "true-false");
      if (item) made.push(item);
    }
  }
  const [main, ...rest] = made;
  if (main) result.main.push(main);
  result.more.push(...rest);
  for (const conflictItem of sourcesDisagreeItems(frame, context)) {
    const item = accept(conflictItem, "sources-disagree");
    if (item) result.more.push(item);
  }
  if (result.main.length + result.more.length === 0) log.skipped.push({ fact, reason: reasons.join("; ") || "no format suits it" });
  return result;
}

/** Which way a fact's true/false item goes: a fair coin seeded by the fact's id. */
function trueOrFalse(fact: Fact): "true" | "false" {
  return createRandom(`true-false:${fact.id}`).next() < 0.5 ? "true" : "false";
}

/** The formats to try for each item of the fact, in order of preference. */
function defaultPlan(frame: FactFrame): FactFormat[][] {
  const { fact } = frame;
  if (fact.kind === "opinion") return [["attribution"]];
  const question = questionFormats(fact);
  if (fact.kind === "quote") return [["attribution"], question];
  if (fact.kind === "claim") return [question, ["attribution"]];
  return [question];
}

/** What suits the answer: recall of a central name into its sentence, recognition of a detail, a number typed. */
function questionFormats(fact: Fact): FactFormat[] {
  switch (fact.answer.type) {
    case "list":
      return ["multi-select"];
    case "number":
    case "money":
      return ["numeric", "multiple-choice"];
    case "date":
      return fact.difficulty === 1 ? ["multiple-choice", "typed-answer"] : ["typed-answer", "multiple-choice"];
    case "text":
      return ["multiple-choice", "cloze", "typed-answer"];
    default:
      return fact.difficulty === 1 ? ["cloze", "multiple-choice", "typed-answer"] : ["multiple-choice", "typed-answer", "cloze"];
  }
}

function build(frame: FactFrame, format: FactFormat, context: Context): Made<Item> {
  switch (format) {
    case "multiple-choice":
      return multipleChoiceItem(frame, context);
    case "multi-select":
      return multiSelectItem(frame, context);
    case "true-false": {
      // True or false half the time each (seeded by the fact), so that the answer to a true/false item cannot be guessed from the bank.
      if (frame.fact.falseVariants.length === 0) return trueFalseItem(frame, "true", context);
      const made = trueFalseItem(frame, trueOrFalse(frame.fact), context);
      return typeof made === "string" ? trueFalseItem(frame, "false", context) : made;
    }
    case "cloze":
      return clozeItem(frame, context);
    case "typed-answer":
      return typedAnswerItem(frame, context);
    case "numeric":
      return numericItem(frame, context);
    case "attribution":
      return attributionItem(frame, context);
  }
}
