import { describe, expect, it } from "vitest";
import type { Fact, MatchingGroup } from "@/lib/content/types";
import { answers, storyBank, testFact } from "@/tests/factories/content-bank";
import { MISSION_OFFERS, offerFact } from "@/tests/factories/story-facts";
import type { Item, MatchingItem, OrderingItem } from "../types";
import { generateBank } from "./index";

// Items across facts and entities (lib/quiz/generate/group-items.ts).

const DAY = 86_400_000;

function event(id: string, date: string, extra: Partial<Fact> = {}): Fact {
  return testFact(id, {
    statement: `Event ${id} happened on ${date}.`,
    question: `When did event ${id} happen?`,
    answer: answers.date(date, date),
    formats: ["true-false"],
    timeline: { date, event: `Event ${id} happens` },
    ...extra,
  });
}

function orderings(facts: Fact[]): OrderingItem[] {
  return generateBank(storyBank(facts), { seed: "test" }).items.filter((item): item is OrderingItem => item.type === "ordering");
}

function days(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / DAY;
}

describe("ordering items", () => {
  const timeline = [
    event("offer", "2023-07-29"),
    event("too-close", "2023-08-03"),
    event("blinken", "2023-08-10"),
    event("biden", "2023-09-19"),
    event("signing", "2023-09-25"),
    event("vote", "2023-10-02"),
    event("court", "2023-10-09"),
    event("ruling", "2024-01-26"),
    event("claimed", "2023-08-20", { kind: "claim", claimant: "Amnesty International Kenya", statement: "According to Amnesty International Kenya, event claimed happened on 2023-08-20." }),
    event("as-of", "2023-09-01", { asOf: "report" }),
    event("opinion", "2023-09-05", { kind: "opinion", holder: "Irũngũ Houghton", answer: answers.person("Irũngũ Houghton") }),
  ];

  it("puts events at least 7 days apart in chronological order", () => {
    const items = orderings(timeline);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.events).toHaveLength(4);
      for (let index = 1; index < item.events.length; index++) {
        expect(days(item.events[index - 1]?.date ?? "", item.events[index]?.date ?? "")).toBeGreaterThanOrEqual(7);
      }
      expect(item.prompt).toBe("Put these events in the order they happened, earliest first.");
    }
  });

  it("takes events only from plain facts that are not statements “as of” an article", () => {
    const used = new Set(orderings(timeline).flatMap((item) => item.factIds));
    expect(used.has("claimed")).toBe(false);
    expect(used.has("as-of")).toBe(false);
    expect(used.has("opinion")).toBe(false);
    expect(used.has("offer")).toBe(true);
  });

  it("never lets two ordering items share more than 2 events", () => {
    const many = Array.from({ length: 16 }, (_, index) => event(`e${index}`, new Date(Date.UTC(2023, 0, 1) + index * 9 * DAY).toISOString().slice(0, 10)));
    const items = orderings(many);
    expect(items.length).toBeGreaterThan(1);
    for (const [index, item] of items.entries()) {
      for (const other of items.slice(index + 1)) {
        expect(item.factIds.filter((id) => other.factIds.includes(id)).length).toBeLessThanOrEqual(2);
      }
    }
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
  });

  it("makes no ordering from fewer than 4 well-spaced events", () => {
    expect(orderings([event("a", "2023-09-01"), event("b", "2023-09-03"), event("c", "2023-09-20"), event("d", "2023-09-22")])).toEqual([]);
  });

  it("explains each event with its date", () => {
    const [item] = orderings([event("a", "2023-07-29"), event("b", "2023-08-10"), event("c", "2023-09-19"), event("d", "2023-09-26")]);
    expect(item?.explanation).toBe("July 29, 2023: Event a happens; August 10, 2023: Event b happens; September 19, 2023: Event c happens; September 26, 2023: Event d happens.");
  });
});

describe("matching items", () => {
  // Canada's offer is a critic's claim; the curator ends every clue with a period.
  const offerFacts = MISSION_OFFERS.map((offer) => offerFact(offer, offer[0] === "canada" ? { kind: "claim", claimant: "Otieno Kamau" } : {}));
  const group: MatchingGroup = {
    id: "offers",
    prompt: "Match each country to what it said about the mission.",
    pairs: MISSION_OFFERS.map(([id, country, offer]) => ({ fact: `offer-${id}`, left: country, right: `${offer}.` })),
    extras: ["offered to lead the mission."],
    line: 1,
  };

  function generated(matching: MatchingGroup[], rejected?: Set<string>) {
    return generateBank(storyBank(offerFacts, { matching }), { seed: "test", ...(rejected ? { rejected } : {}) });
  }
  const matchings = (items: Item[]) => items.filter((item): item is MatchingItem => item.type === "matching");

  it("asks the curator's pairs and extras in their order, without final periods", () => {
    const [item, ...others] = matchings(generated([group]).items);
    expect(others).toEqual([]);
    expect(item?.prompt).toBe(group.prompt);
    expect(item?.pairs).toEqual([
      { left: "Rwanda", right: "was looking at deploying police officers" },
      { left: "Spain", right: "would wait for the Security Council's decision" },
      { left: "Ecuador", right: "wrote the draft resolution with the United States" },
      { left: "Canada", right: "declined to deploy its soldiers" },
    ]);
    expect(item?.extras).toEqual(["offered to lead the mission"]);
    expect(item?.explanation).toContain("Rwanda: was looking at deploying police officers; Spain:");
  });

  it("is made of its facts: their ids, their sources, a claim if any of them is one", () => {
    const [item] = matchings(generated([group]).items);
    expect(item?.factIds).toEqual(offerFacts.map((fact) => fact.id));
    expect(item?.factKind).toBe("claim");
    expect(item?.sources.map((source) => source.quote)).toEqual(offerFacts.map((fact) => fact.evidence[0]?.quote));
  });

  it("asks its facts through it and not on their own", () => {
    const { items } = generated([group]);
    expect(items.map((item) => item.type)).toEqual(["matching"]);
  });

  it("asks the facts one by one when the item is rejected", () => {
    const first = matchings(generated([group]).items)[0];
    const { items, withheld } = generated([group], new Set([first?.id ?? ""]));
    expect(withheld).toEqual(new Set([first?.id]));
    expect(matchings(items)).toEqual([]);
    expect(new Set(items.flatMap((item) => item.factIds))).toEqual(new Set(offerFacts.map((fact) => fact.id)));
  });

  it("keeps its id when a pair's wording changes, and a new version", () => {
    const before = matchings(generated([group]).items)[0];
    const edited: MatchingGroup = { ...group, pairs: group.pairs.map((pair, index) => (index === 0 ? { ...pair, right: "was considering sending police" } : pair)) };
    const after = matchings(generated([edited]).items)[0];
    expect(after?.id).toBe(before?.id);
    expect(after?.version).not.toBe(before?.version);
  });
});
