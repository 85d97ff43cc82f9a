// Items made of several facts or entities: timelines to put in order, and
// people or organizations to match to their titles.
import type { ContentBank, Fact, Organization, Person } from "@/lib/content/types";
import { itemId, itemVersion } from "../item-id";
import type { MatchingItem, OrderingItem } from "../types";
import { itemSources } from "./context";
import { readableDate } from "./formats";
import { MATCHING_PREMISES, ORDERING_EVENTS, ORDERING_SHARED_EVENTS, ORDERING_SPACING_DAYS, type Context } from "./model";
import { compareText, containsAnyWords, withoutFinalPeriod } from "./text";

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
      explanation: `${group.map((event) => `${readableDate(event.date)}: ${withoutFinalPeriod(event.fact.timeline?.event ?? "")}`).join("; ")}.`,
      sources: facts.flatMap((fact) => itemSources(fact.evidence, context)),
      topics: ["timeline"],
      difficulty: Math.max(2, ...facts.map((fact) => fact.difficulty)) as 1 | 2 | 3,
      events: group.map((event) => ({ label: event.fact.timeline?.event ?? "", date: event.date })),
    };
  });
}

type Clue = { entity: Person | Organization; clue: string };

/**
 * People to their titles, and organizations to their descriptions: groups of
 * 4 of those with evidence for it, plus one more title than there are
 * people, and no clue that names someone of the group or echoes its own
 * name. `isFree` leaves out a pair that another item already gives away.
 */
export function matchingItems(bank: ContentBank, context: Context, isFree: (pair: { left: string; right: string }) => boolean = () => true): MatchingItem[] {
  const people: Clue[] = bank.entities.people
    .filter((person) => person.evidence.length > 0 && person.side !== "journalist")
    .map((person) => ({ entity: person, clue: person.title }));
  const organizations: Clue[] = bank.entities.organizations
    .filter((organization) => organization.evidence.length > 0 && organization.description !== null && organization.type !== "news-outlet")
    .map((organization) => ({ entity: organization, clue: organization.description ?? "" }));
  const free = (clue: Clue) => isFree({ left: clue.entity.name, right: withoutFinalPeriod(clue.clue) });
  return [
    ...matchingGroups(people.filter(free), "people", "Match each person to their title.", context),
    ...matchingGroups(organizations.filter(free), "organizations", "Match each organization to what the articles say of it.", context),
  ];
}

function matchingGroups(clues: Clue[], topic: string, prompt: string, context: Context): MatchingItem[] {
  const usable = clues.filter((clue) => !echoesName(clue, context));
  const items: MatchingItem[] = [];
  for (let start = 0; start + MATCHING_PREMISES <= usable.length; start += MATCHING_PREMISES) {
    const group = usable.slice(start, start + MATCHING_PREMISES);
    const names = (clue: Clue) => context.candidates.get(clue.entity)?.forms ?? [];
    const fits = (clue: Clue, members: Clue[]) =>
      members.every((member) => member === clue || (!containsAnyWords(context.normalize(clue.clue), names(member)) && !containsAnyWords(context.normalize(member.clue), names(clue))));
    if (!group.every((clue) => fits(clue, group))) continue;
    // The extra response is of the premises' own kind (an official's title among officials' titles), so it is a real near miss.
    const sameKind = (clue: Clue) => clue.entity.kind === group[0]?.entity.kind && clue.entity.side === group[0]?.entity.side;
    const spare = usable.filter((clue) => !group.includes(clue) && fits(clue, [...group, clue]));
    const extra = spare.find(sameKind) ?? spare[0];
    if (!extra) continue;
    const pairs = group.map((clue) => ({ left: clue.entity.name, right: withoutFinalPeriod(clue.clue) }));
    const extras = [withoutFinalPeriod(extra.clue)];
    items.push({
      id: itemId([], "matching", `${topic}:${group.map((clue) => clue.entity.name).join("|")}`),
      version: itemVersion([], "matching", { pairs, extras, sources: group.map((clue) => clue.entity.evidence) }),
      type: "matching",
      factIds: [],
      factKind: "fact",
      prompt,
      explanation: `${pairs.map((pair) => `${pair.left}: ${pair.right}`).join("; ")}.`,
      sources: group.flatMap((clue) => itemSources(clue.entity.evidence, context)),
      topics: [topic],
      difficulty: 2,
      pairs,
      extras,
    });
  }
  return items;
}

/** Whether a clue repeats a word of its own entity's name ("police oversight body" for the Independent Police Oversight Authority). */
function echoesName(clue: Clue, context: Context): boolean {
  // The name only: an alias such as "President Biden" carries a title, which the clue may well say.
  const words = new Set(context.normalize(clue.entity.name).split(" ").filter((word) => word.length > 3));
  return context
    .normalize(clue.clue)
    .split(" ")
    .some((word) => words.has(word));
}

