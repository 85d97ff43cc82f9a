// The blueprint: the one item each fact yields, and the formats it may fall
// back on. A fact's question takes the format that suits its answer (a
// central name recalled into a gap from a self-contained sentence, a detail
// recognized among options, a number typed, a list as "select all that
// apply"); a quote is asked as "who said it", an opinion as "whose view is
// it", a conflict by what a source says (or, for a source's error, by the
// correct answer). A fact with false variants is, by a die seeded by its id,
// sometimes asked as a true or a false statement instead, so that true/false
// items are true as often as false.
//
// One item per fact: two items of one fact would give each other away in a
// shuffled set. The generator then picks, fact by fact, the first candidate
// that gives away no item already chosen and is given away by none
// (leaks.ts).
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

/** What a run records besides items: facts that gave nothing, and rejected items it withheld. */
export type RunLog = { skipped: Skip[]; withheld: Set<string> };

/**
 * The items a fact may be asked as, best first, each a whole item: the
 * generator keeps one of them. Empty (and the fact in `log.skipped`, with
 * every reason) when no format can be made well.
 */
export function factCandidates(fact: Fact, context: Context, rejected: ReadonlySet<string>, log: RunLog): Item[] {
  const frame = factFrame(fact, context);
  if (!frame) {
    log.skipped.push({ fact, reason: "no evidence from a known article" });
    return [];
  }
  const reasons: string[] = [];
  const candidates: Item[] = [];
  const accept = (made: Made<Item>, format: string) => {
    if (!isMade(made)) reasons.push(`${format}: ${made}`);
    else if (rejected.has(made.id)) {
      log.withheld.add(made.id);
      reasons.push(`${format}: rejected in review`);
    } else if (!candidates.some((item) => item.id === made.id)) candidates.push(made);
  };
  if (fact.conflict) for (const item of sourcesDisagreeItems(frame, context)) accept(item, "sources-disagree");
  for (const format of planOf(frame)) {
    if (format === "true-false") {
      for (const way of trueFalseOrder(fact)) accept(trueFalseItem(frame, way, context), "true-false");
    } else accept(BUILDERS[format](frame, context), format);
  }
  if (candidates.length === 0) log.skipped.push({ fact, reason: reasons.join("; ") || "no format suits it" });
  return candidates;
}

/**
 * The formats to try, best first. A curator's `formats` say which formats
 * the fact may take, in their order. A fact with false variants starts with
 * a true/false item 4 times in 10 (the die of trueFalseOrder).
 */
function planOf(frame: FactFrame): FactFormat[] {
  const { fact } = frame;
  const question = questionFormats(fact);
  let plan: FactFormat[] =
    fact.kind === "opinion"
      ? ["attribution"]
      : fact.kind === "quote"
        ? ["attribution", ...question, "true-false"]
        : fact.kind === "claim"
          ? [...question, "attribution", "true-false"]
          : [...question, "true-false"];
  if (fact.formats) {
    // The curator's formats, in the curator's order; an opinion still only ever says whose view it is.
    const allowed = fact.kind === "opinion" ? fact.formats.filter((format) => format === "attribution") : fact.formats;
    plan = [...allowed];
  }
  if (fact.falseVariants.length > 0 && plan.includes("true-false") && asksTrueFalseFirst(fact)) plan = ["true-false", ...plan.filter((format) => format !== "true-false")];
  return plan;
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

/** The die of a fact with false variants, seeded by its id: 2 in 10 true statement, 2 in 10 false variant, 6 in 10 its question. */
function roll(fact: Fact): number {
  return createRandom(`true-false:${fact.id}`).next();
}

function asksTrueFalseFirst(fact: Fact): boolean {
  return roll(fact) < 0.4;
}

/** True first or false first, by the same die; a fact without false variants can only be true. */
function trueFalseOrder(fact: Fact): ("true" | "false")[] {
  if (fact.falseVariants.length === 0) return ["true"];
  return roll(fact) < 0.2 ? ["true", "false"] : ["false", "true"];
}

/** The builder of each format but true/false, whose two ways trueFalseOrder puts in order. */
const BUILDERS: Record<Exclude<FactFormat, "true-false">, (frame: FactFrame, context: Context) => Made<Item>> = {
  "multiple-choice": multipleChoiceItem,
  "multi-select": multiSelectItem,
  cloze: clozeItem,
  "typed-answer": typedAnswerItem,
  numeric: numericItem,
  attribution: attributionItem,
};
