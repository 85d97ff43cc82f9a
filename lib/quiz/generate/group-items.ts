// Items made of several facts: timelines to put in order, and the curator's
// matching items.
import type { ContentBank, Fact } from "@/lib/content/types";
import { itemId, itemVersion } from "../item-id";
import type { MatchingItem, OrderingItem } from "../types";
import { itemSources } from "./context";
import { ORDERING_EVENTS, ORDERING_SHARED_EVENTS, ORDERING_SPACING_DAYS, type Context } from "./model";
import { compareText, withoutFinalPeriod } from "./text";
import { formatIsoDate } from "@/lib/time/iso-date";

type TimelineEvent = { fact: Fact; date: string; start: number; end: number };

const DAY = 86_400_000;

/** The first and last day a date of any precision stands for, in days since 1970. */
function dateSpan(iso: string): { start: number; end: number } {
  const [year = 0, month, day] = iso.split("-").map(Number);
  if (day !== undefined && month !== undefined) {
    const at = Date.UTC(year, month - 1, day) / DAY;
    return { start: at, end: at };
  }
  if (month !== undefined) return { start: Date.UTC(year, month - 1, 1) / DAY, end: Date.UTC(year, month, 0) / DAY };
  return { start: Date.UTC(year, 0, 1) / DAY, end: Date.UTC(year, 11, 31) / DAY };
}

/**
 * Groups of 4 events from facts (never claims, opinions or statements "as
 * of" an article), each at least a week after the one before it, chained
 * from each event in turn; a group that shares more than 2 events with one
 * already made is left out.
 */
export function orderingItems(bank: ContentBank, context: Context): OrderingItem[] {
  const events: TimelineEvent[] = bank.facts
    .filter((fact) => fact.timeline && fact.kind === "fact" && fact.asOf === null)
    .map((fact) => ({ fact, date: fact.timeline?.date ?? "", ...dateSpan(fact.timeline?.date ?? "") }))
    .sort((a, b) => a.start - b.start || a.end - b.end || compareText(a.fact.id, b.fact.id));

  const groups: TimelineEvent[][] = [];
  for (let first = 0; first < events.length; first++) {
    const group: TimelineEvent[] = [];
    for (const event of events.slice(first)) {
      const last = group[group.length - 1];
      if (last && event.start - last.end < ORDERING_SPACING_DAYS) continue;
      group.push(event);
      if (group.length === ORDERING_EVENTS) break;
    }
    if (group.length < ORDERING_EVENTS) break;
    if (groups.some((made) => made.filter((event) => group.includes(event)).length > ORDERING_SHARED_EVENTS)) continue;
    groups.push(group);
  }

  return groups.map((group) => {
    const facts = group.map((event) => event.fact);
    return {
      id: itemId(
        facts.map((fact) => fact.id).sort(compareText),
        "ordering",
        "",
      ),
      version: itemVersion(facts, "ordering", undefined, context.factVersions),
      type: "ordering",
      factIds: facts.map((fact) => fact.id),
      factKind: "fact",
      prompt: "Put these events in the order they happened, earliest first.",
      explanation: `${group.map((event) => `${formatIsoDate(event.date)}: ${withoutFinalPeriod(event.fact.timeline?.event ?? "")}`).join("; ")}.`,
      sources: facts.flatMap((fact) => itemSources(fact.evidence, context)),
      topics: ["timeline"],
      difficulty: Math.max(2, ...facts.map((fact) => fact.difficulty)) as 1 | 2 | 3,
      events: group.map((event) => ({ label: event.fact.timeline?.event ?? "", date: event.date })),
    };
  });
}

/**
 * The curator's matching items (content/matching.yaml): each pair a premise
 * and a clue that its fact supports, the extra responses after them. The
 * facts' own evidence is the item's source.
 */
export function matchingItems(bank: ContentBank, context: Context): MatchingItem[] {
  const facts = new Map(bank.facts.map((fact) => [fact.id, fact]));
  const items: MatchingItem[] = [];
  for (const group of bank.matching) {
    const members = group.pairs.map((pair) => facts.get(pair.fact));
    if (members.some((fact) => fact === undefined)) continue;
    const groupFacts = members as Fact[];
    const pairs = group.pairs.map((pair) => ({ left: pair.left, right: withoutFinalPeriod(pair.right) }));
    const extras = group.extras.map(withoutFinalPeriod);
    items.push({
      id: itemId([], "matching", group.id),
      version: itemVersion(groupFacts, "matching", { prompt: group.prompt, pairs, extras }, context.factVersions),
      type: "matching",
      factIds: groupFacts.map((fact) => fact.id),
      factKind: groupFacts.some((fact) => fact.kind !== "fact") ? "claim" : "fact",
      prompt: group.prompt,
      explanation: `${pairs.map((pair) => `${pair.left}: ${pair.right}`).join("; ")}.`,
      sources: groupFacts.flatMap((fact) => itemSources(fact.evidence, context)),
      topics: [...new Set(groupFacts.flatMap((fact) => fact.topics))],
      difficulty: Math.max(2, ...groupFacts.map((fact) => fact.difficulty)) as 1 | 2 | 3,
      pairs,
      extras,
    });
  }
  return items;
}
