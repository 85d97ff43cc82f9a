import { describe, expect, it } from "vitest";
import type { ContentBank, Fact } from "@/lib/content/types";
import { answers, quoted, storyBank, testArticle, testFact, testOrganization, TEST_ARTICLE } from "@/tests/factories/content-bank";
import { storyFact } from "@/tests/factories/story-facts";
import { itemStem } from "../describe";
import type { ClozeItem, Item, TrueFalseItem, TypedAnswerItem } from "../types";
import { generateBank, type GenerateOptions } from "./index";

// Which items each fact yields (lib/quiz/generate/blueprint.ts), on small
// banks over the story cast of test-bank.ts.

function generate(bank: ContentBank, options: Partial<GenerateOptions> = {}) {
  return generateBank(bank, { seed: "test", ...options });
}

function itemsOf(facts: Fact[], factId = facts[0]?.id ?? "", options: Partial<GenerateOptions> = {}): Item[] {
  return generate(storyBank(facts), options).items.filter((item) => item.factIds.length === 1 && item.factIds[0] === factId);
}

function only<T extends Item>(items: Item[], type: T["type"]): T {
  const found = items.filter((item) => item.type === type);
  if (found.length !== 1) throw new Error(`expected one ${type} item, got: ${items.map((item) => item.type).join(", ") || "none"}`);
  return found[0] as T;
}

/** A fact with three ways to ask it: a question with a city answer and a false variant. */
function signingPlace(id: string, extra: Partial<Fact> = {}): Fact {
  return storyFact("signing-place", { id, falseVariants: ["The US-Kenya defense cooperation agreement of September 2023 was signed in Mombasa."], ...extra });
}

const kenyaSigner = storyFact("kenya-signer");

/** What a fact became: its item types in order, a true/false item written as its answer. */
function shape(items: Item[]): string[] {
  return items.map((item) => (item.type === "true-false" ? `true-false:${item.answer}` : item.type));
}

const IDS = Array.from({ length: 40 }, (_, index) => `fact-${index}`);

describe("items of a fact", () => {
  it("gives the question once, in the first format that suits the answer", () => {
    expect(shape(itemsOf([signingPlace("place", { falseVariants: [] })]))).toEqual(["multiple-choice"]);
    expect(shape(itemsOf([{ ...kenyaSigner, difficulty: 1 }]))).toEqual(["cloze"]);
    expect(shape(itemsOf([storyFact("officers")]))).toEqual(["numeric"]);
    expect(shape(itemsOf([storyFact("joiners")]))).toEqual(["multi-select"]);
  });

  it("gives exactly one item per fact", () => {
    const quote = (id: string) => storyFact("ruto-quote", { id, falseVariants: ["William Ruto said Kenya would not abandon Jamaica."] });
    const facts = IDS.map(quote);
    const generated = generate(storyBank(facts));
    for (const fact of facts) {
      const items = generated.items.filter((item) => item.factIds[0] === fact.id);
      expect(items).toHaveLength(1);
    }
  });

  it("never asks the question again when the curator lists two formats for it", () => {
    expect(shape(itemsOf([signingPlace("place", { falseVariants: [], formats: ["multiple-choice", "typed-answer"] })]))).toEqual(["multiple-choice"]);
  });

  it("asks a fact with false variants as its true statement (2 in 10), a false variant (2 in 10) or its question, by a die seeded by the fact", () => {
    // One bank per fact: facts that say the same thing would give each other away in one bank.
    const facts = IDS.map((id) => signingPlace(id));
    const shapes = new Map<string, string[]>();
    for (const fact of facts) shapes.set(fact.id, shape(itemsOf([fact], fact.id)));
    const seen = new Set<string>();
    for (const [, items] of shapes) {
      expect([["true-false:true"], ["true-false:false"], ["multiple-choice"]]).toContainEqual(items);
      seen.add(items.join(" + "));
    }
    expect(seen.size).toBe(3);
    const values = [...shapes.values()].flat();
    expect(values.filter((type) => type === "true-false:true").length).toBeGreaterThanOrEqual(3);
    expect(values.filter((type) => type === "true-false:false").length).toBeGreaterThanOrEqual(3);
    expect(values.filter((type) => type === "multiple-choice").length).toBeGreaterThan(values.length / 2);
    // The die is the fact's: another bank seed, another bank around it, the same items.
    for (const fact of facts) expect(shape(itemsOf([fact], fact.id, { seed: "another seed" }))).toEqual(shapes.get(fact.id));
  });

  it("states a false variant of the curator's, never a made-up one", () => {
    const variants = ["The US-Kenya defense cooperation agreement of September 2023 was signed in Mombasa.", "The US-Kenya defense cooperation agreement of September 2023 was signed in Kisumu."];
    for (const id of IDS) {
      const items = itemsOf([signingPlace(id, { falseVariants: variants })], id);
      for (const item of items) if (item.type === "true-false" && !item.answer) expect(variants).toContain(item.statement);
    }
  });

  it("makes the true statement the only item of a fact with no other format", () => {
    const fact = storyFact("counterterrorism");
    const items = itemsOf([fact]);
    expect(shape(items)).toEqual(["true-false:true"]);
    expect(only<TrueFalseItem>(items, "true-false").statement).toBe(fact.statement);
  });
});

describe("opinions and claims", () => {
  const view = (id: string, extra: Partial<Fact> = {}) =>
    storyFact("houghton-view", { id, falseVariants: ["Irũngũ Houghton holds that sending Kenyan police to Haiti is wise."], ...extra });

  it("asks an opinion only as who holds it", () => {
    for (const id of IDS.slice(0, 10)) {
      const items = itemsOf([view(id)], id);
      expect(shape(items)).toEqual(["attribution"]);
      expect(items[0]?.prompt).toBe("Who holds that sending Kenyan police to Haiti is a mistake?");
    }
  });

  it("never makes an opinion right or wrong, even when the curator asks for it", () => {
    const generated = generate(storyBank([view("view", { formats: ["multiple-choice", "true-false"] })]));
    expect(generated.items).toEqual([]);
    expect(generated.skipped.map((skip) => skip.reason)).toEqual(["no format suits it"]);
  });

  const claim = (formats: Fact["formats"]) =>
    storyFact("amnesty-deployment", { falseVariants: ["According to Amnesty International Kenya, Kenyan police officers were sent to Kisumu in July 2023."], formats });

  it.each([["multiple-choice"], ["typed-answer"], ["cloze"], ["true-false"]] as const)("names the claimant in a claim's %s item", (format) => {
    const item = only(itemsOf([claim([format])]), format);
    expect(itemStem(item)).toContain("Amnesty International Kenya");
  });

  it("adds the claimant to a question that does not name it", () => {
    expect(only(itemsOf([claim(["multiple-choice"])]), "multiple-choice").prompt).toBe("Where were Kenyan police officers sent in July 2023 (according to Amnesty International Kenya)?");
  });

  it("asks a claim's numbers with the claimant, and falls back on who claims it", () => {
    const fact = storyFact("amnesty-killings");
    const items = itemsOf([fact]);
    expect(shape(items)).toEqual(["numeric"]);
    expect(only(items, "numeric").prompt).toBe("How many protesters did Kenyan police kill in July 2023 (according to Amnesty International Kenya)?");
    const attribution = only(itemsOf([{ ...fact, formats: ["attribution"] }]), "attribution");
    expect(attribution.prompt).toBe("Who claims that Kenyan police killed 30 protesters in July 2023?");
  });
});

describe("typed answers and gaps", () => {
  /** A fact whose answer is a text of two words. */
  const goal = (extra: Partial<Fact>) =>
    testFact("goal", {
      statement: "The Kenyan-led mission's stated goal was to restore normalcy in Haiti.",
      question: "What was the Kenyan-led mission's stated goal in Haiti?",
      answer: answers.text("restore normalcy"),
      ...extra,
    });

  it("refuses a text answer without accepted answers", () => {
    const generated = generate(storyBank([goal({ formats: ["typed-answer", "cloze"] })]));
    expect(generated.items).toEqual([]);
    expect(generated.skipped.map((skip) => skip.reason)).toEqual([
      "typed-answer: a text answer needs accepted answers to be typed; cloze: a text answer needs accepted answers to be typed",
    ]);
  });

  it("types a text answer the curator gave accepted answers for", () => {
    const item = only<TypedAnswerItem>(itemsOf([goal({ accepted: ["restore order"], formats: ["typed-answer"] })]), "typed-answer");
    expect(item.answer).toBe("restore normalcy");
    expect(item.accepted).toEqual(["restore order"]);
  });

  it("types an empty accepted list as the value alone", () => {
    expect(only<TypedAnswerItem>(itemsOf([goal({ accepted: [], formats: ["typed-answer"] })]), "typed-answer").accepted).toEqual([]);
  });

  it("refuses to type a long name", () => {
    const acled = "Armed Conflict Location and Event Data Project";
    const fact = testFact("acled", {
      statement: `Caleb Wafula works for the ${acled}.`,
      question: "Which project does Caleb Wafula work for?",
      answer: answers.organization(acled),
      formats: ["typed-answer"],
    });
    const bank = storyBank([fact]);
    bank.entities.organizations.push(testOrganization(acled, "ngo", { side: "researcher" }));
    expect(generate(bank).skipped.map((skip) => skip.reason)).toEqual(["typed-answer: the answer is too long to type"]);
  });

  it("refuses to type a long text answer that has accepted answers, saying it is too long", () => {
    const fact = testFact("acled", {
      statement: "Caleb Wafula works for the Armed Conflict Location and Event Data Project.",
      question: "Which project does Caleb Wafula work for?",
      answer: answers.text("the Armed Conflict Location and Event Data Project"),
      accepted: [],
      formats: ["typed-answer"],
    });
    expect(generate(storyBank([fact])).skipped.map((skip) => skip.reason)).toEqual(["typed-answer: the answer is too long to type"]);
  });

  it("types a short entity answer, with its other spellings", () => {
    const item = only<TypedAnswerItem>(itemsOf([{ ...kenyaSigner, formats: ["typed-answer"] }]), "typed-answer");
    expect(item.answer).toBe("Aden Duale");
    expect(item.accepted).toEqual(["Duale"]);
    expect(item.rivals).toContain("William Ruto");
  });
});

describe("date answers", () => {
  const date = (question: string, value: string, iso: string, formats: Fact["formats"] = ["typed-answer"]) =>
    testFact("date", { statement: `Kenya offered to lead a multinational force in Haiti on ${value}.`, question, answer: answers.date(value, iso), formats });

  it.each([
    ["grades a full date with its year", "On what date did Kenya offer to lead a multinational force in Haiti?", "July 29, 2023", "2023-07-29", true],
    ["leaves the year out for a key written without it", "On what day did Kenya offer to lead a multinational force in Haiti?", "July 29", "2023-07-29", false],
    ["leaves the year out when the question asks which month", "In which month of 2023 did Kenya offer to lead a multinational force in Haiti?", "July 2023", "2023-07", false],
    ["requires the year when the question asks for the month and the year", "In which month and year did Kenya offer to lead a multinational force in Haiti?", "July 2023", "2023-07", true],
  ])("%s", (_, question, value, iso, yearRequired) => {
    const item = only<TypedAnswerItem>(itemsOf([date(question, value, iso)]), "typed-answer");
    expect(item.date).toEqual({ iso, yearRequired });
  });

  it("grades a date gap by its date too", () => {
    const item = only<ClozeItem>(itemsOf([date("On what date did Kenya offer to lead a multinational force in Haiti?", "July 29, 2023", "2023-07-29", ["cloze"])]), "cloze");
    expect(item.text).toBe("Kenya offered to lead a multinational force in Haiti on _____.");
    expect(item.date).toEqual({ iso: "2023-07-29", yearRequired: true });
  });

  it("gives a non-date answer no date key", () => {
    expect(only<TypedAnswerItem>(itemsOf([{ ...kenyaSigner, formats: ["typed-answer"] }]), "typed-answer").date).toBeUndefined();
  });
});

describe("gaps come from whole sentences", () => {
  const signer = (evidence: Fact["evidence"], extra: Partial<Fact> = {}) => ({ ...kenyaSigner, evidence, formats: ["cloze"] as Fact["formats"], ...extra });

  it("blanks the answer in a self-contained evidence sentence", () => {
    const item = only<ClozeItem>(itemsOf([signer([quoted("Aden Duale signed the US-Kenya defense cooperation agreement in Nairobi on September 25, 2023.")])]), "cloze");
    expect(item.text).toBe("_____ signed the US-Kenya defense cooperation agreement in Nairobi on September 25, 2023.");
    expect(item.answer).toBe("Aden Duale");
    expect(item.accepted).toEqual(["Duale"]);
  });

  it.each([
    ["a fragment", "signed on Monday, September 25, by US Defense Secretary Lloyd Austin and Kenya’s Defence Minister Aden Duale."],
    ["a sentence with a relative time", "Aden Duale signed the US-Kenya defense cooperation agreement in Nairobi last week."],
    ["a sentence opening on “The defense pact”", "The defense pact was signed by Aden Duale in Nairobi."],
    ["a sentence with “the country”", "Aden Duale signed the pact for the country in Nairobi."],
    ["a sentence that names the answer twice", "Aden Duale signed, and Duale spoke, in Nairobi."],
  ])("uses the statement when the evidence is %s", (_, quote) => {
    const item = only<ClozeItem>(itemsOf([signer([quoted(quote)])]), "cloze");
    expect(item.text).toBe("Kenya's Defense Minister _____ signed the US-Kenya defense cooperation agreement of September 2023 for Kenya.");
  });

  it("never blanks a sentence of an opinion piece", () => {
    const bank = storyBank([{ ...signer([quoted("Aden Duale signed the US-Kenya defense cooperation agreement in Nairobi.", "op-ed")]) }], {
      articles: [testArticle(), testArticle({ slug: "op-ed", kind: "opinion", outlet: "Workers World" })],
    });
    const item = only<ClozeItem>(generate(bank).items, "cloze");
    expect(item.text).toBe("Kenya's Defense Minister _____ signed the US-Kenya defense cooperation agreement of September 2023 for Kenya.");
  });

  it("makes no gap when no sentence stands on its own, and tries the next format", () => {
    const fact = signer([quoted("signed by Aden Duale.")], {
      statement: "He signed it for Kenya: Aden Duale.",
      formats: ["cloze", "multiple-choice"],
    });
    const items = itemsOf([fact]);
    expect(shape(items)).toEqual(["multiple-choice"]);
  });
});

describe("formats", () => {
  it("makes only a true/false item when that is the only format listed", () => {
    for (const id of IDS.slice(0, 12)) {
      const items = itemsOf([signingPlace(id, { formats: ["true-false"] })], id);
      expect(items.map((item) => item.type)).toEqual(["true-false"]);
    }
  });

  it("tries the curator's formats in their order", () => {
    expect(shape(itemsOf([{ ...kenyaSigner, formats: ["cloze", "multiple-choice"] }]))).toEqual(["cloze"]);
    expect(shape(itemsOf([{ ...kenyaSigner, formats: ["typed-answer", "cloze"] }]))).toEqual(["typed-answer"]);
  });

  it("never makes a true/false item the curator left out", () => {
    for (const id of IDS.slice(0, 12)) expect(shape(itemsOf([signingPlace(id, { formats: ["typed-answer"] })], id))).toEqual(["typed-answer"]);
  });
});

describe("editorial review", () => {
  it("withholds a rejected item, reports it, and tries the fact's next format", () => {
    const fact = signingPlace("place", { falseVariants: [] });
    const first = itemsOf([fact]);
    expect(shape(first)).toEqual(["multiple-choice"]);
    const rejected = new Set([first[0]?.id ?? ""]);
    const generated = generate(storyBank([fact]), { rejected });
    expect(generated.items.map((item) => item.type)).toEqual(["typed-answer"]);
    expect(generated.withheld).toEqual(rejected);
    expect(generated.skipped).toEqual([]);
  });

  it("reports a fact whose every item is rejected, with the reasons", () => {
    const fact = signingPlace("place", { falseVariants: [] });
    const rejected = new Set<string>();
    for (let round = 0; round < 6; round++) {
      const items = generate(storyBank([fact]), { rejected }).items;
      if (items.length === 0) break;
      for (const item of items) rejected.add(item.id);
    }
    const generated = generate(storyBank([fact]), { rejected });
    expect(generated.items).toEqual([]);
    expect(generated.withheld).toEqual(rejected);
    expect(generated.skipped.map((skip) => [skip.fact.id, skip.reason])).toEqual([
      ["place", "multiple-choice: rejected in review; typed-answer: rejected in review; cloze: rejected in review; true-false: rejected in review"],
    ]);
  });

  it("tries the false variant when the true statement that was a fact's only item is rejected", () => {
    const id = IDS.find((candidate) => shape(itemsOf([signingPlace(candidate)], candidate)).join() === "true-false:true");
    if (!id) throw new Error("no fact became its true statement alone");
    const fact = signingPlace(id);
    const rejected = new Set(itemsOf([fact], id).map((item) => item.id));
    const generated = generate(storyBank([fact]), { rejected });
    expect(generated.withheld).toEqual(rejected);
    expect(generated.items.map((item) => item.type)).toEqual(["true-false"]);
    expect((generated.items[0] as TrueFalseItem).answer).toBe(false);
  });
});

describe("facts that yield nothing", () => {
  it("are reported with the reason of every format tried", () => {
    const fact = storyFact("two-ideas");
    const generated = generate(storyBank([fact]));
    expect(generated.items).toEqual([]);
    expect(generated.skipped.map((skip) => [skip.fact.id, skip.reason])).toEqual([
      [
        "two-ideas",
        "multiple-choice: only 0 wrong options of the answer's kind: write distractors; cloze: a text answer needs accepted answers to be typed; typed-answer: a text answer needs accepted answers to be typed; true-false: the statement joins two ideas",
      ],
    ]);
  });

  it("are reported when none of their evidence comes from a known article", () => {
    const fact = { ...kenyaSigner, evidence: [quoted(kenyaSigner.statement, "no-such-article")] };
    const generated = generate(storyBank([fact]));
    expect(generated.items).toEqual([]);
    expect(generated.skipped.map((skip) => [skip.fact.id, skip.reason])).toEqual([["kenya-signer", "no evidence from a known article"]]);
  });

  it("are not reported when they yield an item", () => {
    expect(generate(storyBank([kenyaSigner])).skipped).toEqual([]);
    expect(kenyaSigner.evidence[0]?.article).toBe(TEST_ARTICLE);
  });
});
