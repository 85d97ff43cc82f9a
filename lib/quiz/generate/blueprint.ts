// The blueprint: which one or two items each fact yields. A fact's question
// becomes the one format that suits its answer (a name is recognized among
// options or recalled into a gap, a number is typed, a list is "select all
// that apply"), a claim or quote adds "who said it", a curated false variant
// may add one false true/false item, and a conflict adds its sources-disagree
// items. A fact with false variants is sometimes (a die seeded by its id)
// asked only as its true statement instead: true/false items are true as
// often as false, and a true statement never sits beside a question whose
// answer it gives away. A fact is never asked twice the same way.
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
  const made: Item[] = [];
  // A true statement restates the answer of the fact's other items: a second item is only ever a false variant.
  const make = (format: FactFormat) => accept(build(frame, format, made.length > 0, context), format);
  const allowed = (format: FactFormat) => fact.formats === null || fact.formats.includes(format);
  const plan = fact.falseVariants.length > 0 ? trueFalsePlan(fact) : "question-only";
  if (plan === "true-only" && allowed("true-false") && isMade(trueFalseItem(frame, "true", context))) {
    const item = accept(trueFalseItem(frame, "true", context), "true-false");
    if (item) made.push(item);
  } else {
    for (const formats of itemPlan(frame)) {
      if (made.length >= MAX_ITEMS_PER_FACT) break;
      const item = formats.reduce<Item | null>((found, format) => found ?? make(format), null);
      if (item) made.push(item);
    }
    const wantsFalse = fact.falseVariants.length > 0 && (plan === "with-false" || made.length === 0);
    if (made.length < MAX_ITEMS_PER_FACT && allowed("true-false") && (wantsFalse || (made.length === 0 && !fact.conflict))) {
      const item = make("true-false");
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

/**
 * What a fact with false variants becomes, by a die seeded by its id: its
 * true statement alone (3 in 10), its question and a false variant (3 in
 * 10), or its question alone (4 in 10). True and false items come out as
 * often as each other, and true/false stays under a third of the bank.
 */
function trueFalsePlan(fact: Fact): "true-only" | "with-false" | "question-only" {
  const roll = createRandom(`true-false:${fact.id}`).next();
  return roll < 0.3 ? "true-only" : roll < 0.6 ? "with-false" : "question-only";
}

/** Which way a fact's only true/false item goes: a fair coin seeded by the fact's id. */
function trueOrFalse(fact: Fact): "true" | "false" {
  return createRandom(`true-false:${fact.id}`).next() < 0.5 ? "true" : "false";
}

/**
 * The formats to try for each item of the fact, in order of preference:
 * the fact's question, and "who said it" for a claim or a quote. A
 * curator's `formats` say which formats the fact may take, in their order.
 */
function itemPlan(frame: FactFrame): FactFormat[][] {
  const { fact } = frame;
  const curated = fact.formats;
  const question = curated ? curated.filter((format) => format !== "true-false" && format !== "attribution") : questionFormats(fact);
  const attribution: FactFormat[] = curated === null || curated.includes("attribution") ? ["attribution"] : [];
  const slots = fact.kind === "opinion" ? [attribution] : fact.kind === "quote" ? [attribution, question] : fact.kind === "claim" ? [question, attribution] : [question];
  return slots.filter((slot) => slot.length > 0);
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

/** One item of the fact in `format`; `isSecond` when the fact has an item already. */
function build(frame: FactFrame, format: FactFormat, isSecond: boolean, context: Context): Made<Item> {
  switch (format) {
    case "multiple-choice":
      return multipleChoiceItem(frame, context);
    case "multi-select":
      return multiSelectItem(frame, context);
    case "true-false": {
      if (isSecond) return trueFalseItem(frame, "false", context);
      // A fact's only true/false item is true or false half the time each (seeded by the fact).
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
