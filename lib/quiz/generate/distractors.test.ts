import { describe, expect, it } from "vitest";
import type { ContentBank, Entity, Fact } from "@/lib/content/types";
import { createRandom } from "../seeded-random";
import { answers, official, testBank, testCountry, testFact, testOrganization, testPlace, testQuote, voice } from "@/tests/factories/content-bank";
import { storyFact } from "@/tests/factories/story-facts";
import type { ChoiceItem, Item, MultiSelectItem } from "../types";
import { buildContext, entityNamed } from "./context";
import { listDistractors, statedTrueElsewhere, wrongValues, wrongVoices } from "./distractors";
import { factFrame } from "./fact-items";
import { generateBank } from "./index";

// A cast of the story, with near misses of every fine type and role.
const places = [
  testPlace("Nairobi", "city", "Kenya"),
  testPlace("Mombasa", "city", "Kenya"),
  testPlace("Kisumu", "city", "Kenya"),
  testPlace("Port-au-Prince", "city", "Haiti"),
  testPlace("Washington, D.C.", "city", "United States"),
  testPlace("East Africa", "region", null),
  testPlace("Africa", "continent", null),
];
const countries = [
  testCountry("Kenya", "africa"),
  testCountry("Rwanda", "africa"),
  testCountry("Haiti", "caribbean"),
  testCountry("Jamaica", "caribbean"),
  testCountry("Bahamas", "caribbean", { takesThe: true, aliases: ["The Bahamas"] }),
  testCountry("Antigua and Barbuda", "caribbean"),
  testCountry("Belize", "central-america"),
  testCountry("United States", "north-america", { takesThe: true, aliases: ["US"] }),
];
const people = [
  official("Lloyd Austin", "United States"),
  official("Antony Blinken", "United States"),
  official("Joe Biden", "United States"),
  official("Kamala Harris", "United States", { inStory: false }),
  official("William Ruto", "Kenya"),
  official("Aden Duale", "Kenya"),
  official("Alfred Mutua", "Kenya"),
  official("Ariel Henry", "Haiti"),
  official("Claude Joseph", "Haiti"),
  official("Jovenel Moïse", "Haiti", { status: "deceased" }),
  official("Toussaint Louverture", "Haiti", { status: "deceased", inStory: false }),
  voice("Irũngũ Houghton", "critic", { country: "Kenya" }),
  voice("Wanjiru Njoroge", "critic"),
  voice("Otieno Kamau", "critic"),
  voice("Achieng Odhiambo", "critic", { inStory: false }),
  voice("Caleb Wafula", "researcher"),
  voice("Kim Ives", "journalist"),
];
const organizations = [
  testOrganization("Amnesty International Kenya", "ngo", { side: "critic" }),
  testOrganization("UN Security Council", "international-body"),
];

function storyBank(facts: Fact[]): ContentBank {
  return testBank({ facts, people, places, countries, organizations });
}

/** Every wrong option the generator would find for a fact (up to 20), in its order. */
function wrongOptions(bank: ContentBank, factId: string, count = 20): string[] {
  const context = buildContext(bank, "test");
  const fact = bank.facts.find((candidate) => candidate.id === factId);
  const frame = fact && factFrame(fact, context);
  if (!frame) throw new Error(`no frame for ${factId}`);
  return wrongValues(frame, count, createRandom("test"), context);
}

function itemOf<T extends Item>(items: Item[], factId: string, type: T["type"]): T {
  const item = items.find((candidate) => candidate.factIds[0] === factId && candidate.type === type);
  if (!item) throw new Error(`no ${type} item of ${factId}: ${items.map((candidate) => `${candidate.factIds[0]}/${candidate.type}`).join(", ")}`);
  return item as T;
}

const signingPlace = storyFact("signing-place", { formats: ["multiple-choice"] });

const usSigner = testFact("us-signer", {
  statement: "U.S. Defense Secretary Lloyd Austin signed the US-Kenya defense cooperation agreement of September 2023 for the United States.",
  question: "Who signed the US-Kenya defense cooperation agreement of September 2023 for the United States?",
  answer: answers.person("Lloyd Austin"),
  formats: ["multiple-choice"],
});

describe("entity distractors", () => {
  it("offers a city for a city, the key's country's cities first", () => {
    const wrong = wrongOptions(storyBank([signingPlace]), "signing-place");
    expect([...wrong].sort()).toEqual(["Kisumu", "Mombasa", "Port-au-Prince", "Washington, D.C."]);
    expect(wrong.slice(0, 2).sort()).toEqual(["Kisumu", "Mombasa"]);
  });

  it("never puts a region, a continent or a country among a city's options", () => {
    const item = itemOf<ChoiceItem>(generateBank(storyBank([signingPlace]), { seed: "test" }).items, "signing-place", "multiple-choice");
    expect(item.answer).toBe("Nairobi");
    expect(item.options).toHaveLength(4);
    for (const option of item.options) expect(places.find((place) => place.name === option)?.type).toBe("city");
  });

  it("offers officials of the key's country for an official, well-known names outside the story last", () => {
    const wrong = wrongOptions(storyBank([usSigner]), "us-signer");
    expect(wrong.slice(0, 2).sort()).toEqual(["Antony Blinken", "Joe Biden"]);
    expect(wrong.slice(2)).toEqual(["Kamala Harris"]);
  });

  it("offers a deceased person only for a deceased key", () => {
    const moise = testFact("moise", {
      statement: "Haitian President Jovenel Moïse was assassinated in 2021.",
      question: "Which Haitian president was assassinated in 2021?",
      answer: answers.person("Jovenel Moïse"),
    });
    const henry = testFact("henry", {
      statement: "Ariel Henry became Haiti's Prime Minister in 2021.",
      question: "Who became Haiti's Prime Minister in 2021?",
      answer: answers.person("Ariel Henry"),
    });
    const bank = storyBank([moise, henry]);
    expect(wrongOptions(bank, "moise")).toEqual(["Toussaint Louverture"]);
    expect(wrongOptions(bank, "henry")).toEqual(["Claude Joseph"]);
  });

  it("puts the curator's distractors first", () => {
    const bank = storyBank([{ ...usSigner, distractors: ["Kamala Harris"] }]);
    const wrong = wrongOptions(bank, "us-signer", 3);
    expect(wrong).toHaveLength(3);
    expect(wrong[0]).toBe("Kamala Harris");
    expect(wrong.slice(1).sort()).toEqual(["Antony Blinken", "Joe Biden"]);
  });

  it("uses only the curator's distractors when they are enough", () => {
    const bank = storyBank([{ ...usSigner, distractors: ["Kamala Harris", "William Ruto", "Aden Duale"] }]);
    expect(wrongOptions(bank, "us-signer", 3)).toEqual(["Kamala Harris", "William Ruto", "Aden Duale"]);
  });

  it("never offers a spelling of the key, even when the curator wrote it", () => {
    const fact = testFact("partner", {
      statement: "Kenya signed a defense cooperation agreement with the United States in September 2023.",
      question: "With which country did Kenya sign a defense cooperation agreement in September 2023?",
      answer: answers.country("United States"),
      distractors: ["US", "the United States", "Rwanda"],
    });
    const wrong = wrongOptions(storyBank([fact]), "partner");
    expect(wrong[0]).toBe("Rwanda");
    expect(wrong).not.toContain("US");
    expect(wrong).not.toContain("the United States");
    expect(wrong).not.toContain("United States");
  });

  it("never offers an answer another fact gives to the same question, even when the curator wrote it", () => {
    const bank = storyBank([storyFact("bahamas-pledge", { distractors: ["Jamaica"] }), storyFact("jamaica-pledge")]);
    const wrong = wrongOptions(bank, "bahamas-pledge");
    expect(wrong).not.toContain("Jamaica");
    expect(wrong).toContain("Antigua and Barbuda");
  });

  it("never offers a name the fact's own question or statement mentions", () => {
    const fact = testFact("us-signer", {
      statement: "Lloyd Austin signed the US-Kenya defense cooperation agreement of September 2023 while Antony Blinken was in New York.",
      question: "Who signed the US-Kenya defense cooperation agreement of September 2023 that Joe Biden's government negotiated?",
      answer: answers.person("Lloyd Austin"),
    });
    expect(wrongOptions(storyBank([fact]), "us-signer")).toEqual(["Kamala Harris"]);
  });

  it("never offers an entity another fact says did what the key did", () => {
    const bahamas = storyFact("bahamas");
    const bank = storyBank([bahamas, storyFact("jamaica")]);
    const context = buildContext(bank, "test");
    const entity = (name: string) => entityNamed(name, context) as Entity;
    expect(statedTrueElsewhere(bahamas, entity("Jamaica"), context)).toBe(true);
    expect(statedTrueElsewhere(bahamas, entity("Antigua and Barbuda"), context)).toBe(false);
    const wrong = wrongOptions(bank, "bahamas");
    expect(wrong).not.toContain("Jamaica");
    expect(wrong).toContain("Antigua and Barbuda");
  });
});

describe("number distractors", () => {
  const officers = storyFact("officers", { formats: ["multiple-choice"] });

  it("perturbs the key and never uses another fact's number", () => {
    const other = testFact("budget-officers", {
      statement: "Haiti has 1,200 officers on patrol.",
      question: "How many officers does Haiti have on patrol?",
      answer: answers.number("1,200", 1200, "officers"),
    });
    const item = itemOf<ChoiceItem>(generateBank(storyBank([officers, other]), { seed: "test" }).items, "officers", "multiple-choice");
    expect(item.options).toContain("1,000");
    expect(item.options).not.toContain("1,200");
    for (const option of item.options) expect(["1,000", "1,500", "500", "2,000", "750", "3,000"]).toContain(option);
  });

  it("never uses a number another fact gives to the same question", () => {
    const other = testFact("officers-again", { ...officers, statement: "Kenya offered to send 1,500 police officers to Haiti.", answer: answers.number("1,500", 1500, "police officers") });
    expect(wrongOptions(storyBank([officers, other]), "officers")).toEqual(["500", "2,000", "750", "3,000"]);
  });
  it("perturbs a date and never uses another fact's date", () => {
    const signed = storyFact("signed", { formats: ["multiple-choice"] });
    const other = testFact("praised", {
      statement: "Joe Biden praised Kenya on September 19, 2023.",
      question: "On what date did Joe Biden praise Kenya?",
      answer: answers.date("September 19, 2023", "2023-09-19"),
    });
    const item = itemOf<ChoiceItem>(generateBank(storyBank([signed, other]), { seed: "test" }).items, "signed", "multiple-choice");
    expect(item.options).toHaveLength(4);
    expect(item.options).not.toContain("September 19, 2023");
    for (const option of item.options) expect(["September 25, 2023", "October 2, 2023", "September 18, 2023", "October 25, 2023", "August 25, 2023", "October 9, 2023", "September 25, 2024"]).toContain(option);
  });
});

describe("attribution distractors", () => {
  const houghton = testQuote("houghton-above-the-law", "Irũngũ Houghton", "The deployment puts Kenyan police above the law.", {
    statement: "Irũngũ Houghton said the deployment puts Kenyan police above the law.",
    question: "What did Irũngũ Houghton say the deployment does?",
    answer: answers.text("puts Kenyan police above the law"),
    formats: ["attribution"],
  });

  function voicesFor(bank: ContentBank, fact: Fact): string[] {
    const context = buildContext(bank, "test");
    const frame = factFrame(fact, context);
    if (!frame?.voice) throw new Error("no voice");
    return wrongVoices(frame, frame.voice, 20, createRandom("test"), context);
  }

  it("offers voices of the same side first, then others outside government, never an official", () => {
    const kamau = testQuote("kamau-quote", "Otieno Kamau", "Haiti needs justice, not foreign police.", {
      statement: "Otieno Kamau said Haiti needs justice, not foreign police.",
      question: "What does Otieno Kamau say Haiti needs?",
      answer: answers.text("justice"),
    });
    const wrong = voicesFor(storyBank([houghton, kamau]), houghton);
    // Kamau speaks in the bank: the first critic offered; then the other critic; then a researcher and a journalist.
    expect(wrong.slice(0, 2)).toEqual(["Otieno Kamau", "Wanjiru Njoroge"]);
    expect(wrong.slice(2).sort()).toEqual(["Caleb Wafula", "Kim Ives"]);
  });

  it("offers only officials for an official", () => {
    const ruto = testQuote("ruto-quote", "William Ruto", "Kenya will not abandon Haiti.", {
      statement: "William Ruto said Kenya will not abandon Haiti.",
      question: "What did William Ruto say Kenya will not do?",
      answer: answers.text("abandon Haiti"),
    });
    const wrong = voicesFor(storyBank([ruto]), ruto);
    expect(wrong.length).toBeGreaterThan(0);
    for (const name of wrong) expect(people.find((person) => person.name === name)?.side).toBe("official");
    expect(wrong).not.toContain("Jovenel Moïse");
    expect(wrong).not.toContain("Kamala Harris");
  });

  it("never offers someone the bank says spoke the same words", () => {
    const njoroge = testFact("njoroge-same-words", { ...houghton, speaker: "Wanjiru Njoroge", statement: "Wanjiru Njoroge said the deployment puts Kenyan police above the law." });
    expect(voicesFor(storyBank([houghton, njoroge]), houghton)).not.toContain("Wanjiru Njoroge");
  });

  it("never offers a voice the statement names", () => {
    const fact = { ...houghton, statement: "Irũngũ Houghton, like Otieno Kamau, said the deployment puts Kenyan police above the law." };
    expect(voicesFor(storyBank([fact]), fact)).not.toContain("Otieno Kamau");
  });

  it("makes the attribution item of the voice among entities of its side", () => {
    const item = itemOf<ChoiceItem>(generateBank(storyBank([houghton]), { seed: "test" }).items, houghton.id, "attribution");
    expect(item.prompt).toBe("Who said “The deployment puts Kenyan police above the law”?");
    expect(item.answer).toBe("Irũngũ Houghton");
    expect(item.options).toHaveLength(4);
    for (const option of item.options) expect(["critic", "researcher", "journalist"]).toContain(people.find((person) => person.name === option)?.side);
  });

  it("never makes a collective voice an attribution answer", () => {
    const advocates = testFact("advocates", {
      kind: "claim",
      claimant: "human rights advocates",
      statement: "According to human rights advocates, Kenyan police have a record of abuses.",
      question: "According to human rights advocates, what record do Kenyan police have?",
      answer: answers.text("a record of abuses"),
      formats: ["attribution"],
    });
    const generated = generateBank(storyBank([advocates]), { seed: "test" });
    expect(generated.items).toEqual([]);
    expect(generated.skipped.map((skip) => [skip.fact.id, skip.reason])).toEqual([
      ["advocates", 'attribution: the voice "human rights advocates" is not an entity (a collective voice)'],
    ]);
  });
});

describe("multi-select", () => {
  function multiSelect(items: string[], extra: Partial<Fact> = {}): MultiSelectItem {
    const fact = testFact("joiners", {
      statement: `${items.join(", ")} said they would join the Kenyan-led mission to Haiti.`,
      question: "Which countries said they would join the Kenyan-led mission to Haiti?",
      answer: answers.list(items),
      ...extra,
    });
    return itemOf<MultiSelectItem>(generateBank(storyBank([fact]), { seed: "test" }).items, "joiners", "multi-select");
  }

  it("has 2 to 4 keys among 5 to 7 options of the keys' type", () => {
    const item = multiSelect(["Jamaica", "Bahamas", "Antigua and Barbuda"]);
    expect(item.answers).toEqual(["Jamaica", "Bahamas", "Antigua and Barbuda"]);
    expect(item.options).toHaveLength(6);
    for (const option of item.options) expect(countries.map((country) => country.name)).toContain(option);
    expect(item.options).not.toContain("Haiti");
  });

  it("asks a long list as 3 of its items, and never offers one of the others as wrong", () => {
    const list = ["Jamaica", "Bahamas", "Antigua and Barbuda", "Belize", "Rwanda"];
    const fact = testFact("joiners", {
      statement: `${list.join(", ")} said they would join the Kenyan-led mission.`,
      question: "Which countries said they would join the Kenyan-led mission?",
      answer: answers.list(list),
      distractors: ["Kenya", "United States"],
    });
    const generated = generateBank(testBank({ facts: [fact], countries: [...countries, testCountry("Spain", "europe"), testCountry("Chile", "south-america")] }), { seed: "test" });
    const item = itemOf<MultiSelectItem>(generated.items, "joiners", "multi-select");
    expect(item.answers.length).toBeGreaterThanOrEqual(2);
    expect(item.answers.length).toBeLessThanOrEqual(4);
    expect(item.options.length).toBeGreaterThanOrEqual(5);
    expect(item.options.length).toBeLessThanOrEqual(7);
    const wrong = item.options.filter((option) => !item.answers.includes(option));
    for (const option of wrong) expect(list).not.toContain(option);
  });

  it("refuses a list with too few wrong items of its kind", () => {
    const fact = testFact("joiners", {
      statement: "Jamaica and the Bahamas said they would join the Kenyan-led mission.",
      question: "Which countries said they would join the Kenyan-led mission?",
      answer: answers.list(["Jamaica", "Bahamas"]),
      formats: ["multi-select"],
    });
    const generated = generateBank(testBank({ facts: [fact], countries: countries.filter((country) => ["Jamaica", "Bahamas", "Belize"].includes(country.name)) }), { seed: "test" });
    expect(generated.items).toEqual([]);
    expect(generated.skipped.map((skip) => skip.reason)).toEqual(["multi-select: only 1 wrong items of the list's kind: write distractors"]);
  });

  it("gives no generated wrong item for a list of mixed kinds, only the curator's", () => {
    const bank = storyBank([
      testFact("mixed", {
        statement: "Kenya and Nairobi were named.",
        question: "What was named?",
        answer: answers.list(["Kenya", "Nairobi"]),
        distractors: ["Mombasa"],
      }),
    ]);
    const context = buildContext(bank, "test");
    const frame = factFrame(bank.facts[0] as Fact, context);
    if (!frame) throw new Error("no frame");
    expect(listDistractors(frame, 5, createRandom("test"), context)).toEqual(["Mombasa"]);
  });
});
