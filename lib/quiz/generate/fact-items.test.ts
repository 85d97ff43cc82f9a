import { describe, expect, it } from "vitest";
import type { Conflict, Fact } from "@/lib/content/types";
import { answers, quoted, storyBank, testArticle, testFact, testQuote } from "@/tests/factories/content-bank";
import { storyFact } from "@/tests/factories/story-facts";
import type { ChoiceItem, Item } from "../types";
import { factCandidates } from "./blueprint";
import { buildContext } from "./context";
import { factFrame, sourcesDisagreeItems } from "./fact-items";
import { generateBank } from "./index";

// The items of one fact (lib/quiz/generate/fact-items.ts): conflicts,
// explanations and difficulty labels.

const articles = [
  testArticle({ slug: "disquiet", outlet: null, citedAs: "the Disquiet article", author: "James Ngunjiri", title: "Disquiet simmers", titleIsSupplied: false }),
  testArticle({ slug: "globalpost", outlet: "GlobalPost", citedAs: "GlobalPost" }),
  testArticle({ slug: "unsigned", outlet: null, citedAs: "the unsigned report", author: null, title: "A dozen nations join", titleIsSupplied: true }),
];

function generate(facts: Fact[]) {
  return generateBank(storyBank(facts, { articles }), { seed: "test" });
}

function itemsOf(facts: Fact[], factId = facts[0]?.id ?? ""): Item[] {
  return generate(facts).items.filter((item) => item.factIds[0] === factId);
}

/** Every item the fact may be asked as (the generator keeps one). */
function candidatesOf(fact: Fact): Item[] {
  const context = buildContext(storyBank([fact], { articles }), "test");
  return factCandidates(fact, context, new Set(), { skipped: [], withheld: new Set() });
}

const displacement: Conflict = {
  kind: "disagreement",
  asks: "answer",
  about: "how many people in Haiti have been displaced from their homes",
  question: "How many people in Haiti does {source} say have been displaced from their homes?",
  correction: null,
  note: null,
  distractors: ["dozens", "millions"],
  sides: [
    { label: "hundreds", isError: false, evidence: [quoted("Hundreds of people have been displaced from their homes.", "disquiet")] },
    {
      label: "thousands",
      isError: false,
      evidence: [quoted("Thousands have been displaced from their homes.", "globalpost"), quoted("Thousands of people have been forced to flee their homes.", "unsigned")],
    },
  ],
};

const displaced = storyFact("displaced", {
  evidence: [quoted("Hundreds of people have been displaced from their homes.", "disquiet"), quoted("Thousands have been displaced from their homes.", "globalpost")],
  conflict: displacement,
});

const moiseOffice: Conflict = {
  kind: "source-error",
  asks: "answer",
  about: "the office Jovenel Moïse held when he was assassinated",
  question: "GlobalPost calls Jovenel Moïse Haiti's “prime minister”. What office did he hold when he was assassinated in July 2021?",
  correction: "Jovenel Moïse was Haiti's President: the Disquiet article calls him President. GlobalPost wrongly calls him “prime minister”.",
  note: null,
  distractors: ["Senate President", "Minister of Justice"],
  sides: [
    { label: "President", isError: false, evidence: [quoted("the 2021 assassination of President Jovenel Moïse.", "disquiet")] },
    { label: "Prime Minister", isError: true, evidence: [quoted("since its prime minister, Jovenel Moïse, was assassinated in 2021.", "globalpost")] },
  ],
};

const moise = storyFact("moise", { formats: ["multiple-choice"], evidence: [quoted("the 2021 assassination of President Jovenel Moïse.", "disquiet")], conflict: moiseOffice });

describe("sources-disagree items", () => {
  it("asks a disagreement once per side, naming the source as learners see it; the fact is asked as one of them", () => {
    expect(itemsOf([displaced]).map((item) => item.type)).toEqual(["sources-disagree"]);
    const items = candidatesOf(displaced).filter((item): item is ChoiceItem => item.type === "sources-disagree");
    expect(items.map((item) => [item.prompt, item.answer])).toEqual([
      ["How many people in Haiti does the Disquiet article by James Ngunjiri say have been displaced from their homes?", "hundreds"],
      ["How many people in Haiti does GlobalPost say have been displaced from their homes?", "thousands"],
    ]);
    for (const item of items) {
      expect([...item.options].sort()).toEqual(["dozens", "hundreds", "millions", "thousands"]);
      expect(item.prompt).not.toContain("{source}");
      expect(item.sources).toHaveLength(1);
    }
    expect(items.map((item) => item.sources[0]?.article)).toEqual(["disquiet", "globalpost"]);
    expect(items[0]?.explanation).toBe(
      "The Disquiet article by James Ngunjiri says “hundreds”. The sources disagree on how many people in Haiti have been displaced from their homes: “hundreds” (the Disquiet article by James Ngunjiri), “thousands” (GlobalPost and the unsigned report).",
    );
  });

  it("never states one side of a disagreement as true", () => {
    expect(itemsOf([displaced]).filter((item) => item.type === "true-false")).toEqual([]);
  });

  it("asks a source error once, for the correct answer, and corrects the source in the explanation", () => {
    const items = candidatesOf(moise).filter((item): item is ChoiceItem => item.type === "sources-disagree");
    expect(items).toHaveLength(1);
    expect(itemsOf([moise]).map((item) => item.id)).toEqual([items[0]?.id]);
    const [item] = items;
    expect(item?.prompt).toBe(moiseOffice.question);
    expect(item?.answer).toBe("President");
    expect([...(item?.options ?? [])].sort()).toEqual(["Minister of Justice", "President", "Prime Minister", "Senate President"]);
    expect(item?.explanation.startsWith(moiseOffice.correction ?? "")).toBe(true);
    expect(item?.sources.map((source) => source.article)).toEqual(["disquiet", "globalpost"]);
  });

  it("asks which source made a source error when the curator says so, the other articles as options", () => {
    const more = [...articles, testArticle({ slug: "libertarian", outlet: "The Libertarian Institute", citedAs: "The Libertarian Institute" })];
    const fact = {
      ...moise,
      conflict: { ...moiseOffice, asks: "source" as const, question: "Which source calls Jovenel Moïse Haiti's “prime minister”?" },
    };
    const bank = storyBank([fact], { articles: more });
    const [item] = generateBank(bank, { seed: "test" }).items.filter((candidate): candidate is ChoiceItem => candidate.type === "sources-disagree");
    expect(item?.prompt).toBe("Which source calls Jovenel Moïse Haiti's “prime minister”?");
    expect(item?.answer).toBe("GlobalPost");
    // The fact's own article first (the Disquiet article reports it), then the others; never the erring source twice.
    expect([...(item?.options ?? [])].sort()).toEqual(["GlobalPost", "The Libertarian Institute", "the Disquiet article by James Ngunjiri", "the unsigned report"]);
    expect(item?.explanation.startsWith(moiseOffice.correction ?? "")).toBe(true);
    expect(item?.sources.map((source) => source.article)).toEqual(["disquiet", "globalpost"]);
  });

  it("gives a which-source item no item without three other articles to offer, and says why", () => {
    const fact = { ...moise, conflict: { ...moiseOffice, asks: "source" as const, question: "Which source calls Jovenel Moïse “prime minister”?" } };
    const context = buildContext(storyBank([fact], { articles }), "test");
    const frame = factFrame(fact, context);
    if (!frame) throw new Error("no frame");
    expect(sourcesDisagreeItems(frame, context)).toEqual(["only 2 other sources in the bank"]);
  });

  it("carries the correction with every other item of the fact", () => {
    const main = candidatesOf(moise).find((item) => item.type === "multiple-choice");
    expect(main?.explanation).toContain(moiseOffice.correction);
    expect(main?.conflict).toMatchObject({ kind: "source-error", correction: moiseOffice.correction });
  });

  it("gives a source error with too few options no item, and says why", () => {
    const fact = { ...moise, formats: ["true-false"] as Fact["formats"], conflict: { ...moiseOffice, distractors: [] } };
    const context = buildContext(storyBank([fact], { articles }), "test");
    const frame = factFrame(fact, context);
    if (!frame) throw new Error("no frame");
    expect(sourcesDisagreeItems(frame, context)).toEqual(["a source error needs at least 3 options: add conflict distractors"]);
    expect(candidatesOf(fact).map((item) => item.type)).toEqual(["true-false"]);
  });

  it("refuses two sides cited by the same name", () => {
    const conflict: Conflict = {
      ...displacement,
      sides: [
        { label: "hundreds", isError: false, evidence: [quoted("Hundreds of people have been displaced from their homes.", "globalpost")] },
        { label: "thousands", isError: false, evidence: [quoted("Thousands have been displaced from their homes.", "globalpost")] },
      ],
    };
    const generated = generate([{ ...displaced, conflict }]);
    expect(generated.items).toEqual([]);
    expect(generated.skipped[0]?.reason).toContain("no source takes only the side “hundreds”");
  });
});

/** A fact whose statement its sources say in other words. */
const signer = (extra: Partial<Fact>) =>
  testFact("signer", {
    statement: "Kenya's Defense Minister Aden Duale signed the US-Kenya defense cooperation agreement of September 2023.",
    question: "Who signed the US-Kenya defense cooperation agreement of September 2023 for Kenya?",
    answer: answers.person("Aden Duale"),
    evidence: [quoted("Aden Duale signed the pact.", "globalpost")],
    ...extra,
  });

describe("explanations", () => {
  it("names every supporting source as learners see it", () => {
    const fact = signer({
      formats: ["multiple-choice"],
      evidence: [quoted("Aden Duale signed the pact.", "globalpost"), quoted("Aden Duale signed.", "disquiet"), quoted("Duale signed it.", "unsigned")],
    });
    expect(itemsOf([fact])[0]?.explanation).toBe(
      "Kenya's Defense Minister Aden Duale signed the US-Kenya defense cooperation agreement of September 2023. Reported by 3 sources: GlobalPost, the Disquiet article by James Ngunjiri and the unsigned report.",
    );
  });

  it("says a claim is a claim, and an opinion a view", () => {
    const claim = storyFact("amnesty-killings", { evidence: [quoted("Kenyan police killed 30 protesters, Amnesty says.", "globalpost")] });
    expect(itemsOf([claim])[0]?.explanation).toBe(
      "According to Amnesty International Kenya, Kenyan police killed 30 protesters in July 2023. This is a claim by Amnesty International Kenya, as the articles report it.",
    );
    const view = storyFact("houghton-view", { evidence: [quoted("Irũngũ Houghton said sending Kenyan police to Haiti is a mistake.", "globalpost")] });
    expect(itemsOf([view])[0]?.explanation).toBe("Irũngũ Houghton holds that sending Kenyan police to Haiti is a mistake. This is the view of Irũngũ Houghton, not a fact.");
  });

  it("quotes a speaker once, when the statement does not quote the words already", () => {
    const quote = testQuote("quote", "William Ruto", "We will not abandon our brothers and sisters in Haiti.", {
      statement: "William Ruto promised that Kenya would stand by Haiti.",
      question: "Which country did William Ruto promise that Kenya would stand by?",
      answer: answers.country("Haiti"),
      evidence: [quoted("“We will not abandon our brothers and sisters in Haiti,” William Ruto said.", "globalpost")],
    });
    const explanation = itemsOf([quote])[0]?.explanation ?? "";
    expect(explanation).toBe("William Ruto promised that Kenya would stand by Haiti. William Ruto said: “We will not abandon our brothers and sisters in Haiti.”");
    const quoting = { ...quote, statement: "William Ruto said: “We will not abandon our brothers and sisters in Haiti.”" };
    expect(itemsOf([quoting])[0]?.explanation).toBe(quoting.statement);
  });

  it("starts a true/false explanation with the verdict", () => {
    const fact = storyFact("counterterrorism", { evidence: [quoted("The pact covers counterterrorism.", "globalpost")] });
    const item = itemsOf([fact])[0];
    expect(item?.type).toBe("true-false");
    expect(item?.explanation).toBe("True. The US-Kenya defense cooperation agreement of September 2023 covers counterterrorism.");
  });
});

describe("difficulty labels", () => {
  const itemDifficulty = (difficulty: Fact["difficulty"], formats: Fact["formats"]) => itemsOf([signer({ difficulty, formats })])[0]?.difficulty;

  it("keeps the fact's difficulty for recognition and for numbers", () => {
    expect(itemDifficulty(2, ["multiple-choice"])).toBe(2);
    const officers = storyFact("officers", { difficulty: 1, evidence: [quoted("Kenya offered 1,000 police officers.", "globalpost")] });
    expect(itemsOf([officers]).map((item) => [item.type, item.difficulty])).toEqual([["numeric", 1]]);
  });

  it("makes recall one step harder and true/false one step easier, within 1 to 3", () => {
    expect(itemDifficulty(2, ["typed-answer"])).toBe(3);
    expect(itemDifficulty(3, ["typed-answer"])).toBe(3);
    expect(itemDifficulty(3, ["true-false"])).toBe(2);
    expect(itemDifficulty(1, ["true-false"])).toBe(1);
  });
});
