import { describe, expect, it } from "vitest";
import type { Fact, Organization, Person } from "@/lib/content/types";
import { answers, official, quoted, storyBank, testBank, testFact, testOrganization, voice } from "../test-bank";
import type { MatchingItem, OrderingItem } from "../types";
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
  const evidence = [quoted("The titles as the articles give them.")];
  const titled = (name: string, title: string, extra: Partial<Person> = {}) => official(name, "Kenya", { title, evidence, ...extra });

  function matchings(people: Person[], organizations: Organization[] = []): MatchingItem[] {
    return generateBank(testBank({ people, organizations }), { seed: "test" }).items.filter((item): item is MatchingItem => item.type === "matching");
  }

  const five = [
    titled("Lloyd Austin", "U.S. Secretary of Defense"),
    titled("Aden Duale", "Kenya's Defense Minister"),
    titled("William Ruto", "President of Kenya"),
    titled("Joe Biden", "President of the United States"),
  ];

  it("matches people to their titles with one extra title", () => {
    const items = matchings([...five, titled("Antony Blinken", "U.S. Secretary of State")]);
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item?.pairs).toEqual([
      { left: "Lloyd Austin", right: "U.S. Secretary of Defense" },
      { left: "Aden Duale", right: "Kenya's Defense Minister" },
      { left: "William Ruto", right: "President of Kenya" },
      { left: "Joe Biden", right: "President of the United States" },
    ]);
    expect(item?.extras).toEqual(["U.S. Secretary of State"]);
  });

  it("never takes an extra clue that names someone of the group", () => {
    const items = matchings([...five, titled("Kithure Kindiki", "Deputy to William Ruto"), titled("Antony Blinken", "U.S. Secretary of State")]);
    expect(items.map((item) => item.extras)).toEqual([["U.S. Secretary of State"]]);
  });

  it("makes no group in which one clue names another member", () => {
    const items = matchings([titled("Kithure Kindiki", "Deputy to William Ruto"), ...five]);
    for (const item of items) {
      for (const pair of item.pairs) for (const other of item.pairs) if (other !== pair) expect(pair.right).not.toContain(other.left);
    }
    expect(items.some((item) => item.pairs.some((pair) => pair.left === "Kithure Kindiki"))).toBe(false);
  });

  it("gives no matching item without a fifth clue for the extra response", () => {
    expect(matchings(five)).toEqual([]);
  });

  it("leaves out journalists, people without evidence, and clues that repeat their own name", () => {
    const items = matchings([
      ...five,
      voice("Kim Ives", "journalist", { title: "Editor of Haiti Liberté", evidence }),
      official("Alfred Mutua", "Kenya", { title: "Foreign Affairs Cabinet Secretary" }),
      titled("Anne Makori", "Chair of the Makori Commission"),
    ]);
    expect(items).toEqual([]);
  });

  it("matches organizations to what the articles say of them, never a news outlet", () => {
    const described = (name: string, description: string, type: Organization["type"] = "ngo") => testOrganization(name, type, { description, evidence });
    const items = matchings(
      [],
      [
        described("Independent Police Oversight Authority", "The body that investigates complaints about officers", "government-body"),
        described("Amnesty International Kenya", "A human rights group"),
        described("Haitian National Police", "Haiti's police force", "government-body"),
        described("UN Security Council", "The body that authorizes missions", "international-body"),
        described("Communist Party of Kenya", "A political movement of workers", "party"),
        described("Kenya Defence Forces", "The military of the East African nation", "government-body"),
        described("GlobalPost", "A news outlet", "news-outlet"),
      ],
    );
    expect(items).toHaveLength(1);
    expect(items[0]?.prompt).toBe("Match each organization to what the articles say of it.");
    expect(items[0]?.pairs.map((pair) => pair.left)).toEqual(["Independent Police Oversight Authority", "Amnesty International Kenya", "UN Security Council", "Communist Party of Kenya"]);
    expect(items[0]?.extras).toEqual(["The military of the East African nation"]);
    // A clue that repeats a word of its own name ("police") gives itself away; a news outlet is no matching premise.
    expect(JSON.stringify(items[0])).not.toContain("Haitian National Police");
    expect(JSON.stringify(items[0])).not.toContain("GlobalPost");
  });
});
