// The quality gate of `content check`: rules every generated item must keep,
// each failure reported as `file:line: message` at the fact (or entity,
// or review verdict) it comes from, so that the curator fixes the content and
// never the item. Pure: the caller passes the content files for line numbers.
import type { ContentFile } from "@/lib/content/parse";
import { isSameEntityKind, entityKindLabel } from "@/lib/content/entities";
import type { ContentBank, ContentProblem, Entity, Fact, MatchingGroup } from "@/lib/content/types";
import { parseNumber } from "./answer-match";
import { citedName, itemStem } from "./describe";
import { readTypedDate } from "./date-match";
import { buildContext, entityNamed, questionKey, valueCandidate } from "./generate/context";
import { OVERLAP, statedTrueElsewhere } from "./generate/distractors";
import { createLeakIndex } from "./generate/leaks";
import type { Context, Skip } from "./generate/model";
import { containsAnyWords, outsideQuotes, punctuationError, unresolvedReference } from "./generate/text";
import { CLOZE_GAP, type Item, type ItemSet } from "./types";
import { formatIsoDate } from "@/lib/time/iso-date";

export type GateInput = {
  bank: ContentBank;
  items: Item[];
  sets: ItemSet[];
  skipped: Skip[];
  /** Rejected items the generator withheld. */
  withheld: ReadonlySet<string>;
  /** The content files, to point at the line of a value inside a fact; without them, problems point at the fact. */
  files?: ContentFile[];
  /** The seed the items were made with. */
  seed: string;
};

/** Every rule, every problem, sorted by file and line; each problem once. */
export function checkItemQuality(input: GateInput): ContentProblem[] {
  const context = buildContext(input.bank, input.seed);
  const facts = new Map(input.bank.facts.map((fact) => [fact.id, fact]));
  const texts = new Map((input.files ?? []).map((file) => [file.path, file.text.split("\n")]));
  const entitiesFile = input.bank.entities.people[0] ? entitiesPath(input) : "content/entities.yaml";
  const problems = new Map<string, ContentProblem>();

  /** The line of `needle` inside the fact's block of its file, else the fact's first line. */
  const lineIn = (fact: Fact, needle?: string): number => {
    const lines = texts.get(fact.source.file);
    if (!lines || !needle) return fact.source.line;
    for (let index = fact.source.line - 1; index < lines.length; index++) {
      if (index > fact.source.line - 1 && lines[index]?.startsWith("- ")) break;
      if (lines[index]?.includes(needle)) return index + 1;
    }
    return fact.source.line;
  };
  const report = (fact: Fact | null, message: string, needle?: string) => {
    const problem = fact ? { file: fact.source.file, line: lineIn(fact, needle), message } : { file: entitiesFile, line: 1, message };
    problems.set(`${problem.file}:${problem.line}:${message}`, problem);
  };
  const factOf = (item: Item): Fact | null => facts.get(item.factIds[0] ?? "") ?? null;

  for (const { fact, reason } of input.skipped) report(fact, `fact ${fact.id} yields no item: ${reason}`);
  const byId = new Map(input.items.map((item) => [item.id, item]));
  for (const set of input.sets) checkSet(set, byId, factOf, report, context);
  for (const item of input.items) checkItem(item, factOf(item), report, context);
  const statements = new Map<string, Fact[]>();
  for (const fact of input.bank.facts) {
    const key = context.normalize(fact.statement);
    statements.set(key, [...(statements.get(key) ?? []), fact]);
  }
  for (const fact of input.bank.facts) checkCuration(fact, statements, report, context);
  const matchingFile = reviewPath(input).replace(/review\.yaml$/, "matching.yaml");
  for (const group of input.bank.matching) {
    checkMatchingGroup(group, facts, context, (message) => {
      problems.set(`${matchingFile}:${group.line}:${message}`, { file: matchingFile, line: group.line, message });
    });
  }

  const made = new Set(input.items.map((item) => item.id));
  const reviewFile = reviewPath(input);
  for (const review of input.bank.reviews) {
    if (!(review.verdict === "approve" ? made : input.withheld).has(review.item)) {
      const problem = { file: reviewFile, line: review.line, message: `verdict on item ${review.item}, which the generator no longer makes` };
      problems.set(`${problem.file}:${problem.line}`, problem);
    }
  }
  return [...problems.values()].sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
}

type Report = (fact: Fact | null, message: string, needle?: string) => void;

function entitiesPath(input: GateInput): string {
  const file = input.files?.find((candidate) => candidate.path.endsWith("entities.yaml"));
  return file?.path ?? "content/entities.yaml";
}

function reviewPath(input: GateInput): string {
  const facts = input.bank.facts[0]?.source.file ?? "content/facts/x.yaml";
  return facts.replace(/facts\/[^/]+$/, "review.yaml");
}

// ---------------------------------------------------------------------------
// Sets: no question twice, no true/false twins

/** The stem, with a matching item's premises or an ordering item's events: what two items must not both ask. */
function questionText(item: Item): string {
  if (item.type === "matching") return `${item.prompt} ${item.pairs.map((pair) => pair.left).join(" ")}`;
  if (item.type === "ordering") return `${item.prompt} ${item.events.map((event) => event.label).join(" ")}`;
  return itemStem(item);
}

function checkSet(set: ItemSet, byId: Map<string, Item>, factOf: (item: Item) => Fact | null, report: Report, context: Context): void {
  // No item's text gives away another item's answer.
  const leaks = createLeakIndex(new Map(context.bank.facts.map((fact) => [fact.id, fact])), context);
  for (const id of set.itemIds) {
    const item = byId.get(id);
    if (!item) continue;
    const { gives, givenBy } = leaks.conflicts(item);
    for (const other of [...gives, ...givenBy]) {
      const [from, to] = gives.includes(other) ? [item, other] : [other, item];
      report(factOf(from) ?? factOf(to), `item ${from.id} gives away the answer of item ${to.id} in set ${set.slug}: “${to.prompt}”`);
    }
    leaks.add(item);
  }
  const questions = new Map<string, Item>();
  const trueFalse = new Map<string, Item>();
  for (const id of set.itemIds) {
    const item = byId.get(id);
    if (!item) continue;
    const key = context.normalize(questionText(item));
    const first = questions.get(key);
    if (first) report(factOf(item), `question repeated in set ${set.slug}: items ${first.id} and ${item.id} ask “${questionText(item)}”`);
    else questions.set(key, item);
    if (item.type === "true-false") {
      const fact = item.factIds[0] ?? "";
      const twin = trueFalse.get(fact);
      if (twin) report(factOf(item), `true/false twins in set ${set.slug}: items ${twin.id} and ${item.id} both state fact ${fact}`);
      else trueFalse.set(fact, item);
    }
  }
}

// ---------------------------------------------------------------------------
// One item

/** The texts of an item a learner reads, with what they are. */
function itemTexts(item: Item): { label: string; text: string; isStem: boolean }[] {
  const texts = [{ label: "prompt", text: item.prompt, isStem: true }, { label: "explanation", text: item.explanation, isStem: false }];
  if (item.type === "true-false") texts.push({ label: "statement", text: item.statement, isStem: true });
  if (item.type === "cloze") texts.push({ label: "gap text", text: item.text.replace(CLOZE_GAP, "Kenya"), isStem: true });
  if ("options" in item) for (const option of item.options) texts.push({ label: "option", text: option, isStem: false });
  if (item.type === "ordering") for (const event of item.events) texts.push({ label: "event", text: event.label, isStem: true });
  if (item.type === "matching") for (const pair of item.pairs) texts.push({ label: "clue", text: pair.right, isStem: false });
  return texts;
}

/** Generic instructions carry no content to resolve. */
const INSTRUCTIONS = new Set(["Fill in the gap.", "True or false?"]);

function checkItem(item: Item, fact: Fact | null, report: Report, context: Context): void {
  for (const { label, text, isStem } of itemTexts(item)) {
    const punctuation = punctuationError(text);
    if (punctuation) report(fact, `item ${item.id}: ${label} has ${punctuation}`);
    if (isStem && !INSTRUCTIONS.has(text)) {
      const unresolved = unresolvedReference(text);
      if (unresolved) report(fact, `item ${item.id}: ${label} “${text}” has “${unresolved}”, which only the article explains`, unresolved);
    }
  }
  if (!fact) return;
  if (fact.kind === "claim" && item.type !== "attribution" && fact.claimant) {
    if (!itemStem(item).includes(fact.claimant)) report(fact, `item ${item.id}: a claim's ${item.type} item does not name ${fact.claimant}`);
  }
  if (fact.kind === "opinion" && item.type !== "attribution") report(fact, `item ${item.id}: an opinion asked as a ${item.type} item`);
  checkOptions(item, fact, report, context);
  checkSupport(item, fact, report, context);
}

/** Wrong options of the key's own kind, none stated true by another fact. */
function checkOptions(item: Item, fact: Fact, report: Report, context: Context): void {
  if (item.type !== "multiple-choice" && item.type !== "multi-select" && item.type !== "attribution") return;
  const keys = item.type === "multi-select" ? item.answers : [item.answer];
  const { answer } = fact;
  const keyEntity = entityNamed(keys[0] ?? "", context);
  for (const option of item.options) {
    if (keys.includes(option)) continue;
    if (keyEntity) {
      const entity = entityNamed(option, context);
      if (!entity) report(fact, `item ${item.id}: wrong option “${option}” is not an entity, the answer ${keyEntity.name} is ${entityKindLabel(keyEntity)}`, option);
      else if (item.type !== "attribution" && !isSameEntityKind(entity, keyEntity)) {
        report(fact, `item ${item.id}: wrong option “${option}” is ${entityKindLabel(entity)}, the answer ${keyEntity.name} is ${entityKindLabel(keyEntity)}`, option);
      } else if (item.type !== "attribution" && !fact.distractors.includes(option) && isStatedTrue(fact, entity, context)) {
        report(fact, `item ${item.id}: wrong option “${option}” is stated true by another fact`, option);
      }
      continue;
    }
    if (fact.distractors.includes(option)) continue;
    if (item.type === "multiple-choice" && (answer.type === "number" || answer.type === "money") && parseNumber(option) === null) {
      report(fact, `item ${item.id}: wrong option “${option}” is not a number`, option);
    }
    if (item.type === "multiple-choice" && answer.type === "date") {
      const typed = readTypedDate(option);
      const precision = answer.date.length === 10 ? "day" : answer.date.length === 7 ? "month" : "year";
      const given = typed ? (typed.day !== null ? "day" : typed.month !== null ? "month" : "year") : null;
      if (given !== precision) report(fact, `item ${item.id}: wrong option “${option}” is not a date of the answer's precision (${precision})`, option);
    }
  }
}

function isStatedTrue(fact: Fact, entity: Entity, context: Context): boolean {
  const truths = context.truthsByQuestion.get(questionKey(fact, context));
  return (context.candidates.get(entity)?.forms ?? []).some((form) => truths?.has(form)) || statedTrueElsewhere(fact, entity, context, OVERLAP.gate);
}

/** The explanation names the key, and a source sentence supports it. */
function checkSupport(item: Item, fact: Fact, report: Report, context: Context): void {
  const key = keyOf(item, fact, context);
  if (!key) return;
  const explanation = context.normalize(item.explanation);
  if (!key.some((form) => containsAnyWords(explanation, [form]))) report(fact, `item ${item.id}: the explanation does not name the answer “${key[0]}”`);
  if (item.type === "attribution") return;
  if (item.type === "sources-disagree" && fact.conflict?.asks === "source") {
    if (!item.sources.some((source) => citedName(source) === item.answer)) report(fact, `item ${item.id}: no source shown is “${item.answer}”, the source it asks for`);
    return;
  }
  const quotes = item.sources.map((source) => context.normalize(source.quote));
  const supports = (quote: string) =>
    fact.answer.type === "text" || item.type === "sources-disagree" ? key.some((form) => sharesMostWords(quote, form)) : key.some((form) => containsAnyWords(quote, [form]));
  if (!quotes.some(supports)) {
    report(fact, `item ${item.id}: no source sentence shown names the answer “${key[0]}”`);
  }
}

// ---------------------------------------------------------------------------
// The curator's matching items

/**
 * Each premise is named by its fact's statement and each clue is what the
 * fact or its sources say; no clue names another premise (it would match
 * itself), and no extra response is what a member's fact says (it would be a
 * second right answer).
 */
function checkMatchingGroup(group: MatchingGroup, facts: Map<string, Fact>, context: Context, report: (message: string) => void): void {
  const members = group.pairs.flatMap((pair) => {
    const fact = facts.get(pair.fact);
    return fact ? [{ pair, fact }] : [];
  });
  const told = (fact: Fact) => context.normalize([fact.statement, ...fact.evidence.map((entry) => entry.quote)].join(" "));
  for (const { pair, fact } of members) {
    const premise = context.normalize(pair.left);
    if (!containsAnyWords(context.normalize(fact.statement), [premise])) report(`matching item ${group.id}: premise “${pair.left}” is not named by the statement of fact ${fact.id}`);
    if (!sharesMostWords(told(fact), context.normalize(pair.right))) report(`matching item ${group.id}: clue “${pair.right}” is not what fact ${fact.id} or its sources say`);
    for (const other of group.pairs) {
      if (other !== pair && containsAnyWords(context.normalize(pair.right), [context.normalize(other.left)])) {
        report(`matching item ${group.id}: clue “${pair.right}” names another premise, “${other.left}”`);
      }
    }
  }
  for (const extra of group.extras) {
    for (const { pair, fact } of members) {
      if (sharesMostWords(told(fact), context.normalize(extra))) report(`matching item ${group.id}: extra response “${extra}” is what fact ${fact.id} says of ${pair.left}`);
    }
  }
}

/** Whether a text holds most (two thirds) of the words of a phrase longer than 3 letters: a text answer is paraphrased. */
function sharesMostWords(text: string, phrase: string): boolean {
  const words = new Set(text.split(" "));
  const wanted = phrase.split(" ").filter((word) => word.length > 3);
  if (wanted.length === 0) return containsAnyWords(text, [phrase]);
  return wanted.filter((word) => words.has(word)).length / wanted.length >= 2 / 3;
}

/** Normalized forms of the item's answer that a supporting text would name; null when the item has no single key to look for. */
function keyOf(item: Item, fact: Fact, context: Context): string[] | null {
  const { answer } = fact;
  switch (item.type) {
    case "multiple-choice":
    case "cloze":
    case "typed-answer":
    case "numeric": {
      if (answer.type === "list") return null;
      // A date's aliases are how the sources write it too ("Tuesday" for November 10, 2026 in a report of that week).
      if (answer.type === "date") return [...dateForms(answer.date, answer.value, context), ...answer.aliases.map((alias) => context.normalize(alias))];
      const forms = valueCandidate(answer.value, [...answer.aliases, ...(fact.accepted ?? [])], context).forms;
      if (answer.type === "number") forms.push(String(answer.number));
      return forms;
    }
    case "attribution":
    case "sources-disagree":
      return [context.normalize(item.answer)];
    default:
      return null;
  }
}

/** "september 25 2023", "sep 25 2023", "25 september": forms an article may write a date in. */
function dateForms(iso: string, value: string, context: Context): string[] {
  const readable = formatIsoDate(iso);
  const [month = "", rest = ""] = readable.split(" ");
  const forms = [context.normalize(value), context.normalize(readable), context.normalize(`${month.slice(0, 3)} ${rest}`)];
  if (iso.length === 10) {
    const day = String(Number(iso.slice(8, 10)));
    forms.push(context.normalize(`${month} ${day}`), context.normalize(`${day} ${month}`), context.normalize(`${month.slice(0, 3)} ${day}`));
  }
  if (iso.length === 7) forms.push(context.normalize(month));
  return forms.filter((form) => form !== "");
}

// ---------------------------------------------------------------------------
// The curation behind the items

/** Curator distractors and false variants that the bank states true. */
function checkCuration(fact: Fact, statements: Map<string, Fact[]>, report: Report, context: Context): void {
  const { answer } = fact;
  for (const distractor of fact.distractors) {
    if ((answer.type === "number" || answer.type === "money") && parseNumber(distractor) === null) {
      report(fact, `distractor “${distractor}” is not a number`, distractor);
    }
    if (answer.type === "date") {
      const precision = answer.date.length === 10 ? "day" : answer.date.length === 7 ? "month" : "year";
      const typed = readTypedDate(distractor);
      const given = typed ? (typed.day !== null ? "day" : typed.month !== null ? "month" : "year") : null;
      if (given !== precision) report(fact, `distractor “${distractor}” is not a date of the answer's precision (${precision})`, distractor);
    }
    const entity = entityNamed(distractor, context);
    if (entity && isStatedTrue(fact, entity, context)) report(fact, `distractor “${distractor}” is stated true by another fact`, distractor);
  }
  const truth = new Set(context.normalize(fact.statement).split(" "));
  const quotable = [fact.statement, fact.quote ?? "", ...fact.evidence.map((evidence) => evidence.quote)].map((text) => text.replace(/\s+/g, " "));
  for (const variant of fact.falseVariants) {
    // A false variant changes an idea, never a quotation: words in quotation marks are the source's own.
    for (const quoted of variant.match(/“[^”]*”/g) ?? []) {
      const words = quoted.slice(1, -1).replace(/\s+/g, " ");
      if (!quotable.some((text) => text.includes(words))) report(fact, `false variant “${variant}” misquotes: ${quoted} is not in the statement or its sources`, variant.slice(0, 40));
    }
    const same = statements.get(context.normalize(variant))?.find((other) => other !== fact);
    if (same) {
      report(fact, `false variant “${variant}” is the statement of fact ${same.id}`, variant.slice(0, 40));
      continue;
    }
    // The names the variant brings in: one another fact says did the same is no misconception.
    const words = context.normalize(outsideQuotes(variant)).split(" ");
    for (let start = 0; start < words.length; start++) {
      // The longest name that starts here ("washington d c", not "washington").
      for (let length = Math.min(5, words.length - start); length >= 1; length--) {
        const phrase = words.slice(start, start + length);
        const entity = context.entityByForm.get(phrase.join(" "));
        if (!entity) continue;
        if (!phrase.every((word) => truth.has(word)) && isStatedTrue(fact, entity, context)) {
          report(fact, `false variant “${variant}” puts in ${entity.name}, whom another fact states did so`, variant.slice(0, 40));
        }
        start += length - 1;
        break;
      }
    }
  }
}
