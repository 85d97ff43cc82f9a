// Giveaways between items: an item whose visible text (its question,
// statement, gap sentence, events or matching clues) names another item's
// answer together with most of what that item asks. In a shuffled set the
// learner could read the answer off the first. The generator uses this to
// choose each fact's format, and the quality gate to refuse what is left.
import type { Fact } from "@/lib/content/types";
import { numberInWords } from "../answer-match";
import { CLOZE_GAP, type Item } from "../types";
import { valueCandidate } from "./context";
import { dateWithoutYear } from "./formats";
import type { Context } from "./model";
import { formatIsoDate } from "@/lib/time/iso-date";

/** Share of an item's own words another text must hold, with its answer, to give that answer away. */
const GIVEAWAY_OVERLAP = 0.5;

const STOPWORDS = new Set(
  "a an the of to in on at for by with and or but as is was were are be been has have had that this which who whom what when where why how its it their his her from into than then also would will could should said says say according fill gap true false did does do".split(
    " ",
  ),
);

/**
 * One answer an item asks for: its normalized spellings, the words of the
 * question around it, and for a gap the words just before it ("secretary of
 * state"), which another text that writes them before the answer fills in.
 */
type Key = { forms: string[]; cue: string[]; before?: string };

/** How many words before a gap make its lead-in. */
const LEAD_IN_WORDS = 3;

/** The longest answer spelling, in words, that the index looks for. */
const PHRASE_WORDS = 5;

type Profile = {
  item: Item;
  keys: Key[];
  /** The visible text, normalized and padded with spaces. */
  visible: string;
  words: Set<string>;
  /** A matching item's premises, normalized and padded; null for other items. */
  premises: string | null;
  /** Every phrase of up to PHRASE_WORDS words of the visible text. */
  phrases: Set<string>;
};

function contentWords(normalized: string): string[] {
  return normalized.split(" ").filter((word) => word.length > 2 && !STOPWORDS.has(word));
}

/**
 * What a learner reads before answering: the question, for some types the
 * text they work on, and the options of a question whose answer is a phrase
 * ("drop its support for Ariel Henry" says who Washington backs). Options
 * that are names only list candidates, which gives nothing away.
 */
function visibleText(item: Item, fact: Fact | undefined): string {
  const phrases = item.type === "multiple-choice" && fact?.answer.type === "text";
  return phrases ? [questionText(item), ...item.options].join(" ") : questionText(item);
}

/** The question an item asks, without its options: the words around its answer. */
function questionText(item: Item): string {
  switch (item.type) {
    case "true-false":
      return `${item.prompt} ${item.statement}`;
    case "cloze":
      return item.text.replace(CLOZE_GAP, " ");
    case "ordering":
      return item.events.map((event) => event.label).join(" ");
    case "matching":
      return [...item.pairs.flatMap((pair) => [pair.left, pair.right]), ...item.extras].join(" ");
    default:
      return item.prompt;
  }
}

function answerForms(fact: Fact, context: Context): string[] {
  const { answer } = fact;
  if (answer.type === "list") return answer.items.flatMap((item) => valueCandidate(item, [], context).forms);
  const forms = valueCandidate(answer.value, [...answer.aliases, ...(fact.accepted ?? [])], context).forms;
  if (answer.type === "number") forms.push(String(answer.number), context.normalize(numberInWords(answer.number) ?? ""));
  // A story's year goes without saying: "in late July" gives away "July 2023".
  if (answer.type === "date") forms.push(context.normalize(formatIsoDate(answer.date)), context.normalize(dateWithoutYear(answer.date) ?? ""));
  return forms.filter((form) => form !== "");
}

function keysOf(item: Item, facts: Map<string, Fact>, context: Context): Key[] {
  const fact = facts.get(item.factIds[0] ?? "");
  const cueOf = (text: string, forms: string[]) => {
    const keyWords = new Set(forms.flatMap((form) => form.split(" ")));
    return contentWords(context.normalize(text)).filter((word) => !keyWords.has(word));
  };
  switch (item.type) {
    case "matching":
      return item.pairs.map((pair) => {
        const forms = valueCandidate(pair.left, [], context).forms;
        return { forms, cue: cueOf(pair.right, forms) };
      });
    case "ordering":
      return [];
    case "attribution":
    case "sources-disagree": {
      const forms = valueCandidate(item.answer, [], context).forms;
      return [{ forms, cue: cueOf(questionText(item), forms) }];
    }
    case "multi-select":
      return item.answers.map((answer) => {
        const forms = valueCandidate(answer, [], context).forms;
        return { forms, cue: cueOf(item.prompt, forms) };
      });
    case "true-false": {
      if (!fact) return [];
      const forms = answerForms(fact, context);
      return [{ forms, cue: cueOf(fact.statement, forms) }];
    }
    case "cloze": {
      if (!fact) return [];
      const forms = answerForms(fact, context);
      const lead = context.normalize(item.text.split(CLOZE_GAP)[0] ?? "").split(" ").filter((word) => word !== "");
      const before = lead.length >= 2 ? lead.slice(-LEAD_IN_WORDS).join(" ") : undefined;
      return [{ forms, cue: cueOf(questionText(item), forms), ...(before ? { before } : {}) }];
    }
    default: {
      if (!fact) return [];
      const forms = answerForms(fact, context);
      return [{ forms, cue: cueOf(questionText(item), forms) }];
    }
  }
}

/** Whether a profile's visible text names one of the forms as whole words. */
function names(profile: Profile, forms: string[]): boolean {
  return forms.some((form) => form !== "" && (wordCount(form) <= PHRASE_WORDS ? profile.phrases.has(form) : profile.visible.includes(` ${form} `)));
}

function wordCount(form: string): number {
  let count = 1;
  for (const char of form) if (char === " ") count++;
  return count;
}

function givesAway(from: Profile, key: Key): boolean {
  // A matching item's premises are all answers, shown at once: one that is another item's answer gives it away.
  if (from.premises !== null && key.forms.some((form) => form !== "" && from.premises?.includes(` ${form} `))) return true;
  if (!names(from, key.forms)) return false;
  if (key.cue.length === 0) return true;
  // "U.S. Secretary of State Antony Blinken" fills in "U.S. Secretary of State _____".
  if (key.before !== undefined && key.forms.some((form) => form !== "" && from.visible.includes(` ${key.before} ${form} `))) return true;
  return key.cue.filter((word) => from.words.has(word)).length >= key.cue.length * GIVEAWAY_OVERLAP;
}

/**
 * The items gathered so far, indexed by the spellings of their answers, so
 * that a new item is compared only with items whose answer it names (and
 * the other way round), not with every item.
 */
export type LeakIndex = {
  /** The items already added that `item` gives away, or that give `item`'s answer away. */
  conflicts(item: Item): { gives: Item[]; givenBy: Item[] };
  add(item: Item): void;
};

export function createLeakIndex(facts: Map<string, Fact>, context: Context): LeakIndex {
  // Weak: the profiles of candidates that were not chosen go with them.
  const profiles = new WeakMap<Item, Profile>();
  const byForm = new Map<string, Set<Profile>>();
  const byPhrase = new Map<string, Set<Profile>>();
  const profile = (item: Item): Profile => {
    let found = profiles.get(item);
    if (!found) {
      const visible = context.normalize(visibleText(item, facts.get(item.factIds[0] ?? "")));
      const premises = item.type === "matching" ? ` ${item.pairs.map((pair) => context.normalize(pair.left)).join(" | ")} ` : null;
      found = { item, keys: keysOf(item, facts, context), visible: ` ${visible} `, words: new Set(visible.split(" ")), premises, phrases: phrasesOf(visible) };
      profiles.set(item, found);
    }
    return found;
  };
  return {
    conflicts(item) {
      const own = profile(item);
      const sameFact = (other: Profile) => other.item.factIds.some((id) => item.factIds.includes(id));
      // Items whose answer this one names: look its visible phrases up among their spellings.
      const named = new Set<Profile>();
      for (const phrase of own.phrases) for (const other of byForm.get(phrase) ?? []) named.add(other);
      const gives = [...named].filter((other) => !sameFact(other) && other.keys.some((key) => givesAway(own, key)));
      // Items that name this one's answer: one of its spellings is a phrase of their visible text.
      const givenBy: Item[] = [];
      for (const key of own.keys) {
        const holders = new Set<Profile>();
        for (const form of key.forms) for (const other of byPhrase.get(form) ?? []) holders.add(other);
        for (const other of holders) if (!sameFact(other) && !givenBy.includes(other.item) && givesAway(other, key)) givenBy.push(other.item);
      }
      return { gives: gives.map((other) => other.item), givenBy };
    },
    add(item) {
      const own = profile(item);
      for (const key of own.keys) for (const form of key.forms) pushTo(byForm, form, own);
      for (const phrase of own.phrases) pushTo(byPhrase, phrase, own);
    },
  };
}

/** The phrases of up to PHRASE_WORDS words of an item's visible text: the spellings of answers it may name. */
function phrasesOf(visible: string): Set<string> {
  const words = visible.split(" ");
  const phrases = new Set<string>();
  for (let start = 0; start < words.length; start++) {
    for (let length = 1; length <= PHRASE_WORDS && start + length <= words.length; length++) phrases.add(words.slice(start, start + length).join(" "));
  }
  return phrases;
}

function pushTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
