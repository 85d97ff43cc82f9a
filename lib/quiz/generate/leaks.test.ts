import { describe, expect, it } from "vitest";
import type { Fact, MatchingGroup } from "@/lib/content/types";
import { answers, storyBank, testFact, type FactSpec } from "@/tests/factories/content-bank";
import type { Item } from "../types";
import { buildContext } from "./context";
import { generateBank } from "./index";
import { createLeakIndex } from "./leaks";

// The leak index (lib/quiz/generate/leaks.ts): whether one item's visible
// text gives away another item's answer.

const signer = choiceFact("signer", {
  statement: "Lloyd Austin signed the US-Kenya defense agreement for the United States.",
  question: "Who signed the US-Kenya defense agreement for the United States?",
  answer: answers.person("Lloyd Austin", ["Austin"]),
});
const signingCity = choiceFact("signing-city", {
  statement: "Lloyd Austin signed the US-Kenya defense agreement for the United States in Nairobi.",
  question: "In which city did Lloyd Austin sign the US-Kenya defense agreement for the United States?",
  answer: answers.place("Nairobi"),
});
const visit = choiceFact("visit", {
  statement: "Lloyd Austin visited Kenya in September 2023.",
  question: "Which country did Lloyd Austin visit in September 2023?",
  answer: answers.country("Kenya"),
});
const offerMonth = testFact("offer-month", {
  statement: "Kenya offered to lead the force in Haiti in July 2023.",
  question: "In which month and year did Kenya offer to lead the force in Haiti?",
  answer: answers.date("July 2023", "2023-07"),
  formats: ["typed-answer"],
});
const announcer = choiceFact("announcer", {
  statement: "In late July, Alfred Mutua announced that Kenya would offer to lead the force in Haiti.",
  question: "Who announced in late July that Kenya would offer to lead the force in Haiti?",
  answer: answers.person("Alfred Mutua", ["Mutua"]),
});

/** A fact asked only as multiple choice. */
function choiceFact(id: string, spec: FactSpec): Fact {
  return testFact(id, { ...spec, formats: ["multiple-choice"] });
}

/** The one item a fact yields alone. */
function itemOf(fact: Fact, matching: MatchingGroup[] = []): Item {
  const [item] = generateBank(storyBank([fact], { matching }), { seed: "test" }).items;
  if (!item) throw new Error(`no item of ${fact.id}`);
  return item;
}

/** The conflicts of `item` with `others`, added first, as fact ids. */
function conflicts(facts: Fact[], others: Item[], item: Item) {
  const context = buildContext(storyBank(facts), "test");
  const index = createLeakIndex(new Map(facts.map((fact) => [fact.id, fact])), context);
  for (const other of others) index.add(other);
  const { gives, givenBy } = index.conflicts(item);
  return { gives: gives.map((other) => other.factIds.join("+")), givenBy: givenBy.map((other) => other.factIds.join("+")) };
}

describe("createLeakIndex", () => {
  it("finds a question that names another item's answer in the words of its question, both ways", () => {
    const facts = [signer, signingCity];
    expect(conflicts(facts, [itemOf(signer)], itemOf(signingCity))).toEqual({ gives: ["signer"], givenBy: [] });
    expect(conflicts(facts, [itemOf(signingCity)], itemOf(signer))).toEqual({ gives: [], givenBy: ["signing-city"] });
  });

  it("lets a name stand as background in a question about something else", () => {
    expect(conflicts([signer, visit], [itemOf(signer)], itemOf(visit))).toEqual({ gives: [], givenBy: [] });
  });

  it("takes a month without its year as giving away a month and year", () => {
    expect(conflicts([offerMonth, announcer], [itemOf(offerMonth)], itemOf(announcer))).toEqual({ gives: ["offer-month"], givenBy: [] });
  });

  it("takes a matching item's premise as giving away an answer, whatever the words around it", () => {
    const pairs = ["Ecuador", "Belize", "Rwanda", "Spain"].map((country) =>
      testFact(`pair-${country.toLowerCase()}`, { statement: `${country} said something about the mission.`, question: `What did ${country} say?`, answer: answers.text("something") }),
    );
    const group: MatchingGroup = {
      id: "countries",
      prompt: "Match each country to what it said.",
      pairs: pairs.map((fact, index) => ({ fact: fact.id, left: ["Ecuador", "Belize", "Rwanda", "Spain"][index] ?? "", right: `said thing ${index}` })),
      extras: ["said nothing"],
      line: 1,
    };
    const [matching] = generateBank(storyBank(pairs, { matching: [group] }), { seed: "test" }).items;
    const drafter = choiceFact("drafter", {
      statement: "Ecuador wrote the draft resolution with the United States.",
      question: "Which country wrote the draft resolution with the United States?",
      answer: answers.country("Ecuador"),
      distractors: ["Kenya", "Rwanda", "Haiti"],
    });
    expect(matching?.type).toBe("matching");
    expect(conflicts([...pairs, drafter], [itemOf(drafter)], matching as Item)).toEqual({ gives: ["drafter"], givenBy: [] });
  });

  it("reads the options too: an option that says another item's answer in its words gives it away", () => {
    const follows = choiceFact("follows", {
      statement: "The US-Kenya defense agreement follows Kenya's offer to lead the mission to Haiti.",
      question: "Which Kenyan offer does the US-Kenya defense agreement follow?",
      answer: answers.text("Kenya's offer to lead the mission to Haiti"),
      distractors: ["Kenya's offer to fight al-Shabab, praised at the signing of the US-Kenya defense agreement", "Kenya's bid for a Security Council seat", "Kenya's offer to host a summit"],
    });
    const enemy = choiceFact("enemy", {
      statement: "At the signing of the US-Kenya defense agreement, Lloyd Austin praised Kenya's fight against al-Shabab.",
      question: "At the signing of the US-Kenya defense agreement, Lloyd Austin praised Kenya's fight against which group?",
      answer: answers.organization("al-Shabab"),
      distractors: ["Boko Haram", "Hezbollah", "Taliban"],
    });
    expect(conflicts([follows, enemy], [itemOf(enemy)], itemOf(follows))).toEqual({ gives: ["enemy"], givenBy: [] });
    const plain = { ...follows, distractors: ["Kenya's offer to send troops to Somalia", "Kenya's bid for a Security Council seat", "Kenya's offer to host a summit"] };
    expect(conflicts([plain, enemy], [itemOf(enemy)], itemOf(plain))).toEqual({ gives: [], givenBy: [] });
  });

  it("takes a text that writes a gap's lead-in before its answer as filling the gap", () => {
    const urged = testFact("urged", {
      statement: "In September 2023, U.S. Secretary of State Antony Blinken urged the UN Security Council to approve the Kenyan-led mission to Haiti.",
      question: "Which U.S. official urged the UN Security Council to approve the Kenyan-led mission to Haiti?",
      answer: answers.person("Antony Blinken", ["Blinken"]),
      formats: ["cloze"],
    });
    const praise = choiceFact("praise", {
      statement: "In August 2023, U.S. Secretary of State Antony Blinken praised Kenya for its offer.",
      question: "Which country did U.S. Secretary of State Antony Blinken praise in August 2023 for its offer?",
      answer: answers.country("Kenya"),
    });
    const gap = itemOf(urged);
    expect(gap.type).toBe("cloze");
    expect(conflicts([urged, praise], [gap], itemOf(praise))).toEqual({ gives: ["urged"], givenBy: [] });
    const untitled = { ...praise, question: "Which country did Antony Blinken praise in August 2023 for its offer?" };
    expect(conflicts([urged, untitled], [gap], itemOf(untitled))).toEqual({ gives: [], givenBy: [] });
  });

  it("never compares an item with another item of the same fact", () => {
    expect(conflicts([signer], [itemOf(signer)], itemOf(signer))).toEqual({ gives: [], givenBy: [] });
  });
});

describe("generateBank and the leak index", () => {
  it("asks a fact in a format that gives nothing away, or reports it when every format does", () => {
    const withVariant = { ...signingCity, formats: ["multiple-choice", "true-false"] as Fact["formats"], falseVariants: ["Lloyd Austin toured Mombasa in 2020."] };
    const generated = generateBank(storyBank([signer, withVariant]), { seed: "test" });
    expect(generated.items.map((item) => [item.factIds[0], item.type, item.type === "true-false" ? item.statement : ""])).toEqual([
      ["signer", "multiple-choice", ""],
      ["signing-city", "true-false", "Lloyd Austin toured Mombasa in 2020."],
    ]);
    const onlyOne = generateBank(storyBank([signer, signingCity]), { seed: "test" });
    expect(onlyOne.items.map((item) => item.factIds[0])).toEqual(["signer"]);
    expect(onlyOne.skipped.map((skip) => [skip.fact.id, skip.reason.split(" (")[0]])).toEqual([
      ["signing-city", `every format gives away, or is given away by, item ${onlyOne.items[0]?.id}`],
    ]);
  });
});
