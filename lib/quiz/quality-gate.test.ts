import { describe, expect, it } from "vitest";
import { parseContent, type ContentFile } from "@/lib/content/parse";
import type { ContentBank, Fact, MatchingGroup, Review } from "@/lib/content/types";
import { CONTENT_SEED } from "@/server/content/build-item-bank";
import { generateBank, type GeneratedBank } from "./generate/index";
import { checkItemQuality } from "./quality-gate";
import { answers, loadContentFiles, quoted, storyBank, testArticle, testFact, TEST_FACTS_FILE } from "@/tests/factories/content-bank";
import { PLEDGE_QUESTION, storyFact } from "@/tests/factories/story-facts";
import type { ChoiceItem, Item, TrueFalseItem } from "./types";

// One test per rule of the quality gate (lib/quiz/quality-gate.ts), each on a
// small bank over the story cast, broken in one way, with the exact problem.

const SEED = "test";

/** The gate's problems on the items generated from `bank`, after `breakItems` (a hand-made defect) if given. */
function gate(bank: ContentBank, breakItems?: (generated: GeneratedBank) => void, files?: ContentFile[]) {
  const rejected = new Set(bank.reviews.filter((review) => review.verdict === "reject").map((review) => review.item));
  const generated = generateBank(bank, { seed: SEED, rejected });
  breakItems?.(generated);
  return checkItemQuality({ ...generated, bank, seed: SEED, ...(files ? { files } : {}) });
}

function itemOf<T extends Item>(generated: GeneratedBank, factId: string, type: T["type"]): T {
  const item = generated.items.find((candidate) => candidate.factIds[0] === factId && candidate.type === type);
  if (!item) throw new Error(`no ${type} item of ${factId}: ${generated.items.map((candidate) => `${candidate.factIds[0]}/${candidate.type}`).join(", ")}`);
  return item as T;
}

/** The id of the `type` item of `factId` that the generator makes from a bank of `facts`. */
function idOf(facts: Fact[], factId: string, type: Item["type"]): string {
  return itemOf(generateBank(storyBank(facts), { seed: SEED }), factId, type).id;
}

/** The gate's problems after `edit` breaks the `type` item of `factId` generated from `bank`, and that item's id. */
function gateEdited<T extends Item>(bank: ContentBank, factId: string, type: T["type"], edit: (item: T) => void) {
  let id = "";
  const problems = gate(bank, (generated) => {
    const item = itemOf<T>(generated, factId, type);
    id = item.id;
    edit(item);
  });
  return { problems, id };
}

/** The source of a fact read from TEST_FACTS_FILE at `line`. */
const readAt = (line: number) => ({ file: TEST_FACTS_FILE, line });
/** Where a problem of a fact read from TEST_FACTS_FILE at `line` is reported. */
const at = (line: number, message: string) => ({ ...readAt(line), message });

const signingPlace = storyFact("signing-place", { formats: ["multiple-choice"], source: readAt(4) });
const bahamas = storyFact("bahamas", { formats: ["multiple-choice"], source: readAt(20) });
const jamaica = storyFact("jamaica", { formats: ["true-false"], source: readAt(30) });
const amnestyClaim = storyFact("amnesty-deployment", { formats: ["multiple-choice"], source: readAt(40) });
const houghtonView = storyFact("houghton-view", { source: readAt(50) });

describe("checkItemQuality", () => {
  it("finds nothing wrong with a well-made bank", () => {
    expect(gate(storyBank([signingPlace, bahamas, jamaica, amnestyClaim, houghtonView]))).toEqual([]);
  });

  it("reports a question repeated in a set", () => {
    const facts = [storyFact("bahamas-pledge", { formats: ["multiple-choice"], source: readAt(1) }), storyFact("jamaica-pledge", { formats: ["multiple-choice"], source: readAt(12) })];
    const [a, b] = [idOf(facts, "bahamas-pledge", "multiple-choice"), idOf(facts, "jamaica-pledge", "multiple-choice")];
    expect(gate(storyBank(facts))).toEqual(
      ["article:report", "topic:agreement", "all"].map((set) => at(12, `question repeated in set ${set}: items ${a} and ${b} ask “${PLEDGE_QUESTION}”`)),
    );
  });

  it("reports an item that gives away another item's answer in a set", () => {
    const bank = storyBank([signingPlace, bahamas]);
    let ids: string[] = [];
    const problems = gate(bank, (generated) => {
      const place = itemOf<ChoiceItem>(generated, "signing-place", "multiple-choice");
      const pledge = itemOf<ChoiceItem>(generated, "bahamas", "multiple-choice");
      // The pledge's question now says where the agreement was signed, in the words of the other question.
      pledge.prompt = "Which country, after the US-Kenya defense cooperation agreement of September 2023 was signed in Nairobi, was the first to pledge officers?";
      ids = [pledge.id, place.id];
    });
    expect(problems).toEqual(
      ["article:report", "topic:agreement", "all"].map((set) => at(20, `item ${ids[0]} gives away the answer of item ${ids[1]} in set ${set}: “${signingPlace.question}”`)),
    );
  });

  it("reports a which-source item whose sources do not show the source it asks for", () => {
    const articles = ["report", "globalpost", "disquiet", "unsigned"].map((slug) => testArticle({ slug, outlet: slug === "report" ? "Daily Nation" : slug === "globalpost" ? "GlobalPost" : null, citedAs: `the ${slug} article` }));
    const fact = storyFact("moise", {
      evidence: [quoted("President Jovenel Moïse was assassinated in July 2021.")],
      source: readAt(50),
      conflict: {
        kind: "source-error",
        asks: "source",
        about: "the office Jovenel Moïse held",
        question: "Which source calls Jovenel Moïse Haiti's “prime minister”?",
        correction: "Jovenel Moïse was Haiti's President; GlobalPost wrongly calls him prime minister.",
        note: null,
        distractors: [],
        sides: [
          { label: "President", isError: false, evidence: [quoted("President Jovenel Moïse was assassinated in July 2021.")] },
          { label: "Prime Minister", isError: true, evidence: [quoted("its prime minister, Jovenel Moïse, was assassinated", "globalpost")] },
        ],
      },
    });
    const bank = storyBank([fact], { articles });
    expect(gate(bank)).toEqual([]);
    const { problems, id } = gateEdited<ChoiceItem>(bank, "moise", "sources-disagree", (item) => {
      item.sources = item.sources.filter((source) => source.article !== "globalpost");
    });
    expect(problems).toEqual([at(50, `item ${id}: no source shown is “GlobalPost”, the source it asks for`)]);
  });

  it("reports true/false twins in a set", () => {
    const fact = { ...jamaica, falseVariants: ["Jamaica said it will keep its police officers out of the Kenyan-led mission in Haiti."] };
    const problems = gate(storyBank([fact]), (generated) => {
      const item = itemOf<TrueFalseItem>(generated, "jamaica", "true-false");
      const twin: TrueFalseItem = { ...item, id: "twin00000000", answer: !item.answer, statement: item.answer ? (fact.falseVariants[0] ?? "") : fact.statement };
      generated.items.push(twin);
      for (const set of generated.sets) set.itemIds.push(twin.id);
    });
    const id = (problems[0]?.message.match(/items (\w+) and/) ?? [])[1];
    expect(problems).toEqual(["article:report", "topic:agreement", "all"].map((set) => at(30, `true/false twins in set ${set}: items ${id} and twin00000000 both state fact jamaica`)));
  });

  it.each([
    ["a question mark after a quotation that ends a sentence", "prompt", "Who said “Kenya will go.”?", 'a question mark after a quotation that already ends a sentence ("enya will go.”?")'],
    ["a double period", "explanation", "The agreement was signed in Nairobi..", 'a double period ("d in Nairobi.. Nai")'],
    ["a period before a semicolon", "explanation", "The agreement was signed in Nairobi.; Kenya agreed", 'two punctuation marks in a row ("d in Nairobi.; Ken")'],
    ["a space before punctuation", "prompt", "In which city was the agreement signed ?", 'a space before punctuation ("ement signed ?")'],
  ] as const)("reports %s", (_, field, text, detail) => {
    const { problems, id } = gateEdited<ChoiceItem>(storyBank([signingPlace]), "signing-place", "multiple-choice", (item) => {
      if (field === "prompt") item.prompt = text;
      else item.explanation = `${text} Nairobi.`;
    });
    expect(problems).toEqual([at(4, `item ${id}: ${field} has ${detail}`)]);
  });

  it.each<[string, Partial<Fact>, string]>([
    [
      "an unresolved pronoun in a stem",
      { question: "Where did they sign the US-Kenya defense cooperation agreement of September 2023?" },
      "prompt “Where did they sign the US-Kenya defense cooperation agreement of September 2023?” has “they”, which only the article explains",
    ],
    ["a wrong option of another type than the key", { distractors: ["East Africa", "Mombasa", "Kisumu"] }, "wrong option “East Africa” is a place (region), the answer Nairobi is a place (city)"],
    ["a wrong option that is no entity at all for an entity key", { distractors: ["Atlantis", "Mombasa", "Kisumu"] }, "wrong option “Atlantis” is not an entity, the answer Nairobi is a place (city)"],
    ["an item with no source sentence that names the key", { evidence: [quoted("The agreement was signed in the Kenyan capital.")] }, "no source sentence shown names the answer “nairobi”"],
  ])("reports %s", (_, change, message) => {
    const fact = { ...signingPlace, ...change };
    expect(gate(storyBank([fact]))).toEqual([at(4, `item ${idOf([fact], "signing-place", "multiple-choice")}: ${message}`)]);
  });

  it("reports a relative time in a stem, at its line of the fact file", () => {
    const fact = testFact("last-week", {
      statement: "Kenya signed the US-Kenya defense cooperation agreement last week.",
      question: "When did Kenya sign the US-Kenya defense cooperation agreement?",
      answer: answers.text("last week"),
      formats: ["true-false"],
      source: readAt(2),
    });
    const files = [
      {
        path: TEST_FACTS_FILE,
        text: `# Test facts\n- id: last-week\n  kind: fact\n  statement: "${fact.statement}"\n  question: "${fact.question}"\n- id: next\n  statement: "Kenya signed last week."\n`,
      },
    ];
    const id = idOf([fact], "last-week", "true-false");
    expect(gate(storyBank([fact]), undefined, files)).toEqual([at(4, `item ${id}: statement “${fact.statement}” has “last week”, which only the article explains`)]);
  });

  it("reports a curator's wrong option that is not a number for a number, and not a date of the key's precision for a date", () => {
    const officers = storyFact("officers", { distractors: ["many", "500", "2,000"], formats: ["multiple-choice"], source: readAt(60) });
    const signed = storyFact("signed", { distractors: ["2023", "September 18, 2023", "October 25, 2023"], formats: ["multiple-choice"], source: readAt(70) });
    // The curator's options are judged once, as the curator's; a generated one would be named by its item.
    expect(gate(storyBank([officers, signed]))).toEqual([
      at(60, "distractor “many” is not a number"),
      at(70, "distractor “2023” is not a date of the answer's precision (day)"),
    ]);
  });

  it("reports a wrong option that another fact states true", () => {
    const { problems, id } = gateEdited<ChoiceItem>(storyBank([bahamas, jamaica]), "bahamas", "multiple-choice", (item) => {
      const wrong = item.options.findIndex((option) => option !== item.answer);
      item.options[wrong] = "Jamaica";
    });
    expect(problems).toEqual([at(20, `item ${id}: wrong option “Jamaica” is stated true by another fact`)]);
  });

  it("reports an explanation that does not name the key", () => {
    const { problems, id } = gateEdited(storyBank([signingPlace]), "signing-place", "multiple-choice", (item) => {
      item.explanation = "The agreement was signed in Kenya's capital.";
    });
    expect(problems).toEqual([at(4, `item ${id}: the explanation does not name the answer “nairobi”`)]);
  });

  it.each<[string, Partial<Fact>, string]>([
    ["a curator distractor that another fact states true", { distractors: ["Jamaica"] }, "distractor “Jamaica” is stated true by another fact"],
    ["a false variant that is another fact's statement", { formats: ["true-false"], falseVariants: [jamaica.statement] }, `false variant “${jamaica.statement}” is the statement of fact jamaica`],
    [
      "a false variant that puts in an entity another fact says did the same",
      { formats: ["true-false"], falseVariants: ["Jamaica said it will send police officers to the Kenyan-led mission in Haiti."] },
      "false variant “Jamaica said it will send police officers to the Kenyan-led mission in Haiti.” puts in Jamaica, whom another fact states did so",
    ],
  ])("reports %s", (_, change, message) => {
    expect(gate(storyBank([{ ...bahamas, ...change }, jamaica]))).toContainEqual(at(20, message));
  });

  it("reports a false variant that misquotes", () => {
    const fact = storyFact("ruto-quote", {
      statement: "William Ruto said Kenya would “not abandon” Haiti.",
      falseVariants: ["William Ruto said Kenya would “never leave” Haiti."],
      formats: ["true-false"],
      source: readAt(80),
    });
    expect(gate(storyBank([fact]))).toEqual([at(80, "false variant “William Ruto said Kenya would “never leave” Haiti.” misquotes: “never leave” is not in the statement or its sources")]);
  });

  it("reports a claim's item that does not name its claimant", () => {
    const { problems, id } = gateEdited(storyBank([amnestyClaim]), "amnesty-deployment", "multiple-choice", (item) => {
      item.prompt = "Where were Kenyan police officers sent in July 2023?";
    });
    expect(problems).toEqual([at(40, `item ${id}: a claim's multiple-choice item does not name Amnesty International Kenya`)]);
  });

  it("reports an opinion asked as right or wrong", () => {
    const problems = gate(storyBank([houghtonView, jamaica]), (generated) => {
      const template = itemOf<TrueFalseItem>(generated, "jamaica", "true-false");
      const item: TrueFalseItem = { ...template, id: "opinion00000", factIds: [houghtonView.id], factKind: "opinion", statement: houghtonView.statement, answer: true, explanation: `True. ${houghtonView.statement}` };
      generated.items.push(item);
      generated.sets.find((set) => set.slug === "all")?.itemIds.push(item.id);
    });
    expect(problems).toEqual([at(50, "item opinion00000: an opinion asked as a true-false item")]);
  });

  it("reports a fact that yields no item, with why", () => {
    const fact = storyFact("two-ideas", { source: readAt(90) });
    expect(gate(storyBank([fact]))).toEqual([
      at(
        90,
        "fact two-ideas yields no item: multiple-choice: only 0 wrong options of the answer's kind: write distractors; cloze: a text answer needs accepted answers to be typed; typed-answer: a text answer needs accepted answers to be typed; true-false: the statement joins two ideas",
      ),
    ]);
  });

  it("reports a review verdict on an id the generator does not make", () => {
    const made = idOf([signingPlace, jamaica], "jamaica", "true-false");
    const reviews: Review[] = [
      { item: idOf([signingPlace], "signing-place", "multiple-choice"), verdict: "approve", reason: "Fine.", by: null, line: 1 },
      { item: made, verdict: "reject", reason: "Too easy.", by: "editor", line: 5 },
      { item: "000000000000", verdict: "approve", reason: "Fine.", by: null, line: 9 },
      { item: "ffffffffffff", verdict: "reject", reason: "Bad.", by: null, line: 13 },
    ];
    const bank = storyBank([signingPlace, { ...jamaica, falseVariants: [] }], { reviews });
    expect(gate(bank)).toEqual([
      at(30, "fact jamaica yields no item: true-false: rejected in review"),
      { file: "content/review.yaml", line: 9, message: "verdict on item 000000000000, which the generator no longer makes" },
      { file: "content/review.yaml", line: 13, message: "verdict on item ffffffffffff, which the generator no longer makes" },
    ]);
  });
});

describe("checkItemQuality on the curator's matching items", () => {
  const offers = [
    ["rwanda", "Rwanda", "Rwanda was looking at deploying police officers to Haiti.", "was looking at deploying police officers"],
    ["spain", "Spain", "Spain would wait for the Security Council's decision on Haiti.", "would wait for the Security Council's decision"],
    ["ecuador", "Ecuador", "Ecuador wrote the draft resolution on Haiti with the United States.", "wrote the draft resolution with the United States"],
    ["canada", "Canada", "Canada declined to deploy its soldiers to Haiti.", "declined to deploy its soldiers"],
  ] as const;
  const offerFacts = offers.map(([id, , statement], index) =>
    testFact(`offer-${id}`, {
      statement,
      question: "What did the country say about the mission?",
      answer: answers.text(statement),
      evidence: [quoted(statement)],
      source: readAt(40 + 10 * index),
    }),
  );
  const group = (edit: (pairs: MatchingGroup["pairs"]) => MatchingGroup["pairs"] = (pairs) => pairs, extras = ["offered to lead the mission"]): MatchingGroup => ({
    id: "offers",
    prompt: "Match each country to what it said about the mission.",
    pairs: edit(offers.map(([id, country, , clue]) => ({ fact: `offer-${id}`, left: country, right: clue }))),
    extras,
    line: 7,
  });
  const inMatching = (message: string) => ({ file: "content/matching.yaml", line: 7, message });

  it("passes a group whose premises and clues are what its facts say", () => {
    expect(gate(storyBank(offerFacts, { matching: [group()] }))).toEqual([]);
  });

  it("reports a premise its fact does not name and a clue its fact does not say", () => {
    const broken = group((pairs) => pairs.map((pair, index) => (index === 0 ? { ...pair, left: "Burundi" } : index === 1 ? { ...pair, right: "sent two hundred soldiers" } : pair)));
    expect(gate(storyBank(offerFacts, { matching: [broken] }))).toEqual([
      inMatching("matching item offers: premise “Burundi” is not named by the statement of fact offer-rwanda"),
      inMatching("matching item offers: clue “sent two hundred soldiers” is not what fact offer-spain or its sources say"),
    ]);
  });

  it("reports a clue that names another premise", () => {
    const facts = offerFacts.map((fact) =>
      fact.id === "offer-ecuador" ? { ...fact, statement: "Ecuador wrote the draft resolution with the United States and Canada.", evidence: [quoted("Ecuador wrote the draft resolution with the United States and Canada.")] } : fact,
    );
    const broken = group((pairs) => pairs.map((pair) => (pair.left === "Ecuador" ? { ...pair, right: "wrote the draft resolution with Canada" } : pair)));
    expect(gate(storyBank(facts, { matching: [broken] }))).toEqual([inMatching("matching item offers: clue “wrote the draft resolution with Canada” names another premise, “Canada”")]);
  });

  it("reports an extra response that is what a member's fact says", () => {
    expect(gate(storyBank(offerFacts, { matching: [group(undefined, ["declined to deploy soldiers"])] }))).toEqual([
      inMatching("matching item offers: extra response “declined to deploy soldiers” is what fact offer-canada says of Canada"),
    ]);
  });
});

describe("the shipped content", () => {
  it("passes the checker and the gate with zero problems", () => {
    const files = loadContentFiles();
    const { bank, problems } = parseContent(files);
    expect(problems).toEqual([]);
    const rejected = new Set(bank.reviews.filter((review) => review.verdict === "reject").map((review) => review.item));
    const generated = generateBank(bank, { seed: CONTENT_SEED, rejected });
    expect(checkItemQuality({ ...generated, bank, files, seed: CONTENT_SEED })).toEqual([]);
  });
});
