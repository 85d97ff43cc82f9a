import { describe, expect, it } from "vitest";
import type { ContentBank, Fact } from "@/lib/content/types";
import { normalizeAnswer as normalizeText } from "./answer-match";
import { buildSets, generateItems } from "./generate";
import { loadContentBank, syntheticBank } from "./test-bank";
import { CLOZE_GAP, ITEM_TYPES, type Item } from "./types";

const bank = loadContentBank();
const items = generateItems(bank, { seed: "test" });

/** normalizeAnswer, remembered: the checks normalize the same names and sentences many times. */
const normalized = new Map<string, string>();
function normalizeAnswer(text: string): string {
  let form = normalized.get(text);
  if (form === undefined) {
    form = normalizeText(text);
    normalized.set(text, form);
  }
  return form;
}

/** What the checks need to know about a bank, indexed once. */
type Truths = {
  bank: ContentBank;
  facts: Map<string, Fact>;
  /** Normalized spelling → every normalized spelling of its entity. */
  entityForms: Map<string, string[]>;
  /** Normalized question → normalized spellings of every answer facts give to it. */
  answersByQuestion: Map<string, Set<string>>;
  ofFact: Map<Fact, FactTruths>;
};

/** Per fact, normalized: spellings of its answer, of its voice, of every true answer to its question; its evidence. */
type FactTruths = { answers: Set<string>; voices: Set<string>; trueForQuestion: Set<string>; quotes: Map<string, Set<string>> };

function factTruths(fact: Fact, truths: Truths): FactTruths {
  let known = truths.ofFact.get(fact);
  if (!known) {
    const answers = answerSpellings(fact, truths);
    const quotes = new Map<string, Set<string>>();
    for (const entry of [...fact.evidence, ...(fact.conflict?.sides.flatMap((side) => side.evidence) ?? [])]) {
      quotes.set(entry.article, (quotes.get(entry.article) ?? new Set<string>()).add(entry.quote));
    }
    known = {
      answers,
      voices: spellings([voiceOf(fact) ?? ""], truths),
      trueForQuestion: new Set([...answers, ...(truths.answersByQuestion.get(normalizeAnswer(fact.question)) ?? [])]),
      quotes,
    };
    truths.ofFact.set(fact, known);
  }
  return known;
}

function truthsOf(source: ContentBank): Truths {
  const entityForms = new Map<string, string[]>();
  const { people, organizations, countries, places } = source.entities;
  for (const entity of [...people, ...organizations, ...countries, ...places]) {
    const forms = [entity.name, ...entity.aliases].map(normalizeAnswer);
    for (const form of forms) if (!entityForms.has(form)) entityForms.set(form, forms);
  }
  const truths: Truths = { bank: source, facts: new Map(source.facts.map((fact) => [fact.id, fact])), entityForms, answersByQuestion: new Map(), ofFact: new Map() };
  for (const fact of source.facts) {
    const key = normalizeAnswer(fact.question);
    const answers = truths.answersByQuestion.get(key) ?? new Set<string>();
    for (const form of answerSpellings(fact, truths)) answers.add(form);
    truths.answersByQuestion.set(key, answers);
  }
  return truths;
}

/** Normalized spellings of names, with every spelling of the entities they name. */
function spellings(names: string[], truths: Truths): Set<string> {
  const forms = new Set<string>();
  for (const name of names) {
    const form = normalizeAnswer(name);
    forms.add(form);
    for (const other of truths.entityForms.get(form) ?? []) forms.add(other);
  }
  return forms;
}

function answerSpellings(fact: Fact, truths: Truths): Set<string> {
  const { answer } = fact;
  return spellings(answer.type === "list" ? answer.items : [answer.value, ...answer.aliases], truths);
}

function voiceOf(fact: Fact): string | undefined {
  return fact.kind === "quote" ? fact.speaker : fact.kind === "claim" ? fact.claimant : fact.kind === "opinion" ? fact.holder : undefined;
}

/** Whether normalized `text` holds normalized `phrase` as whole words. */
function containsWords(text: string, phrase: string): boolean {
  return ` ${text} `.includes(` ${phrase} `);
}

function rangeOf(date: string): [string, string] {
  if (date.length === 10) return [date, date];
  return date.length === 7 ? [`${date}-01`, `${date}-31`] : [`${date}-01-01`, `${date}-12-31`];
}

/** Everything wrong with an item; empty when it is sound. */
function problemsOf(item: Item, truths: Truths): string[] {
  const problems: string[] = [];
  const fail = (message: string) => problems.push(`${item.type} ${item.id} (${item.factIds.join(", ")}): ${message}`);
  const facts = item.factIds.map((id) => truths.facts.get(id));
  if (!/^[0-9a-f]{12}$/.test(item.id) || !/^[0-9a-f]{12}$/.test(item.version)) fail("id and version are 12 hex digits");
  if (facts.length === 0 || facts.some((fact) => fact === undefined)) {
    fail("every fact id names a fact");
    return problems;
  }
  const known = facts as Fact[];
  if (item.factKind !== known[0]?.kind) fail("factKind is the first fact's kind");
  if (!item.prompt.trim() || !item.explanation.trim()) fail("has a prompt and an explanation");
  if (item.topics.length === 0 || ![1, 2, 3].includes(item.difficulty)) fail("has topics and a difficulty of 1-3");
  if (item.sources.length === 0) fail("has sources");
  const quotes = known.map((fact) => factTruths(fact, truths).quotes);
  for (const source of item.sources) {
    const article = truths.bank.articles.find((candidate) => candidate.slug === source.article);
    if (!article || article.title !== source.title || article.outlet !== source.outlet || article.kind !== source.articleKind) fail(`source ${source.article} is that article`);
    if (!quotes.some((byArticle) => byArticle.get(source.article)?.has(source.quote))) fail(`source quote “${source.quote}” is evidence of the item's facts`);
  }
  if ("options" in item) {
    const forms = item.options.map(normalizeAnswer);
    if (new Set(forms).size !== forms.length || forms.includes("")) fail(`options are distinct: ${item.options.join(" | ")}`);
    if (item.options.some((option) => /\b(all|none) of the above\b/i.test(option))) fail("no all/none of the above");
  }

  const fact = known[0] as Fact;
  const { answers, voices, trueForQuestion } = factTruths(fact, truths);
  if (item.factIds.length === 1) {
    if (fact.kind === "opinion" && item.type !== "attribution") fail("an opinion only yields attribution items");
    if (fact.kind === "claim") {
      const shown = normalizeAnswer([item.prompt, "statement" in item ? item.statement : "", "text" in item ? item.text : ""].join(" "));
      const isAnswer = item.type === "attribution" && voices.has(normalizeAnswer(item.answer));
      if (!isAnswer && ![...voices].some((form) => containsWords(shown, form))) fail(`names the claimant ${fact.claimant}`);
    }
    if (fact.conflict && !item.conflict) fail("carries the conflict of its fact");
  }

  switch (item.type) {
    case "multiple-choice": {
      if (fact.answer.type === "list" || item.answer !== fact.answer.value) fail("the answer is the fact's answer");
      if (item.options.length !== 4 || !item.options.includes(item.answer)) fail("4 options, the answer among them");
      for (const option of item.options) if (option !== item.answer && trueForQuestion.has(normalizeAnswer(option))) fail(`wrong option ${option} is true`);
      break;
    }
    case "attribution": {
      if (!voices.has(normalizeAnswer(item.answer))) fail(`the answer ${item.answer} is who said, claims or holds it`);
      if (item.options.length !== 4 || !item.options.includes(item.answer)) fail("4 options, the answer among them");
      for (const option of item.options) {
        if (option === item.answer) continue;
        const form = normalizeAnswer(option);
        if (voices.has(form) || answers.has(form)) fail(`wrong option ${option} is the voice or the answer`);
      }
      break;
    }
    case "sources-disagree": {
      const sides = fact.conflict?.sides ?? [];
      if (item.options.length !== sides.length || sides.some((side) => !item.options.includes(side.label))) fail("the options are the sides");
      const side = sides.find((candidate) => candidate.label === item.answer);
      const outlet = (slug: string) => {
        const article = truths.bank.articles.find((candidate) => candidate.slug === slug);
        return article?.outlet ?? article?.author ?? article?.title ?? slug;
      };
      const names = new Set(item.sources.map((source) => outlet(source.article)));
      const [name] = [...names];
      if (!side || names.size !== 1 || !name || !item.prompt.includes(name)) fail("one outlet, named in the prompt");
      const sidesOfOutlet = sides.filter((candidate) => candidate.evidence.some((entry) => outlet(entry.article) === name));
      if (sidesOfOutlet.length !== 1 || sidesOfOutlet[0] !== side) fail(`${name} takes exactly the side of the answer`);
      break;
    }
    case "multi-select": {
      if (fact.answer.type !== "list" || JSON.stringify(item.answers) !== JSON.stringify(fact.answer.items)) fail("the answers are the full list");
      if (item.answers.some((answer) => !item.options.includes(answer))) fail("answers are options");
      for (const option of item.options) if (!item.answers.includes(option) && trueForQuestion.has(normalizeAnswer(option))) fail(`wrong option ${option} is true`);
      break;
    }
    case "true-false": {
      if (item.answer && !item.statement.startsWith(fact.statement)) fail("a true statement is the fact's statement");
      if (!item.answer) {
        if (item.statement === fact.statement) fail("a false statement differs from the fact's");
        if (fact.answer.type !== "list" && containsWords(normalizeAnswer(item.statement), normalizeAnswer(fact.answer.value))) fail("a false statement drops the answer");
        if (fact.answer.type === "list" && fact.answer.items.every((entry) => item.statement.includes(entry))) fail("a false statement drops an item");
      }
      break;
    }
    case "cloze": {
      if (item.text.split(CLOZE_GAP).length !== 2) fail("one gap");
      const filled = item.text.replace(CLOZE_GAP, item.answer);
      const fromStatement = fact.kind === "claim" || fact.conflict !== undefined;
      const texts = fromStatement ? [fact.statement] : fact.evidence.map((entry) => entry.quote.trim());
      if (!texts.some((text) => filled.startsWith(text))) fail(`the filled gap gives back ${fromStatement ? "the statement" : "an evidence quote"}`);
      if (!answers.has(normalizeAnswer(item.answer))) fail("the gap holds a spelling of the answer");
      break;
    }
    case "typed-answer": {
      if (fact.answer.type === "list" || item.answer !== fact.answer.value) fail("the answer is the fact's answer");
      if (fact.answer.type !== "date" && item.accepted.some((spelling) => !answers.has(normalizeAnswer(spelling)))) fail("accepts only spellings of the answer");
      break;
    }
    case "numeric": {
      const expected = fact.answer.type === "number" ? fact.answer.number : fact.answer.type === "money" ? fact.answer.amount : undefined;
      if (item.answer !== expected) fail("the answer is the fact's number or amount");
      break;
    }
    case "matching": {
      const { people, organizations } = truths.bank.entities;
      for (const pair of item.pairs) {
        const entity = [...people, ...organizations].find((candidate) => candidate.name === pair.left);
        if (!entity || (entity.role ?? entity.description) !== pair.right) fail(`${pair.left} is matched to their own role or description`);
      }
      const rights = item.pairs.map((pair) => normalizeAnswer(pair.right));
      if (item.pairs.length !== 4 || new Set(rights).size !== 4 || new Set(item.pairs.map((pair) => pair.left)).size !== 4) fail("4 distinct pairs");
      break;
    }
    case "ordering": {
      if (item.events.length < 4 || item.events.length > 5 || item.events.length !== known.length) fail("4-5 events, one per fact");
      item.events.forEach((event, index) => {
        const source = known[index];
        if (!source?.timeline || source.timeline.date !== event.date || !event.label.startsWith(source.timeline.event)) fail(`event ${index} is its fact's timeline entry`);
        const next = item.events[index + 1];
        if (next && !(rangeOf(event.date)[1] < rangeOf(next.date)[0])) fail(`${event.date} is surely before ${next.date}`);
      });
      break;
    }
  }
  return problems;
}

function byId(list: Item[]): Map<string, Item> {
  return new Map(list.map((item) => [item.id, item]));
}

function withFact(source: ContentBank, id: string, change: (fact: Fact) => Fact | null): ContentBank {
  const facts = source.facts.flatMap((fact) => {
    if (fact.id !== id) return [fact];
    const changed = change(structuredClone(fact));
    return changed ? [changed] : [];
  });
  return { ...source, facts };
}

describe("generateItems on the real content", () => {
  it("makes at least 250 items, of every type", () => {
    expect(bank.facts.length).toBeGreaterThanOrEqual(100);
    expect(items.length).toBeGreaterThanOrEqual(250);
    const types = new Set(items.map((item) => item.type));
    expect([...ITEM_TYPES].filter((type) => !types.has(type))).toEqual([]);
  });

  it("makes sound items: one right answer, true to its fact, with provenance", () => {
    const truths = truthsOf(bank);
    expect(items.flatMap((item) => problemsOf(item, truths))).toEqual([]);
  });

  it("gives every item its own id", () => {
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
  });

  it("turns opinions into attribution items only", () => {
    const opinions = new Set(bank.facts.filter((fact) => fact.kind === "opinion").map((fact) => fact.id));
    expect(opinions.size).toBeGreaterThan(0);
    const fromOpinions = items.filter((item) => item.factIds.some((id) => opinions.has(id)));
    expect(fromOpinions.length).toBeGreaterThan(0);
    expect(new Set(fromOpinions.map((item) => item.type))).toEqual(new Set(["attribution"]));
  });

  it("names the claimant in every item from a claim", () => {
    const truths = truthsOf(bank);
    const claims = new Map(bank.facts.filter((fact) => fact.kind === "claim").map((fact) => [fact.id, fact]));
    // A matching item shows roles from entities.yaml, not the claim of the fact that names the person.
    const fromClaims = items.filter((item) => item.type !== "matching" && item.factIds.some((id) => claims.has(id)));
    expect(fromClaims.length).toBeGreaterThan(20);
    for (const item of fromClaims) {
      item.factIds.forEach((id, index) => {
        const claim = claims.get(id);
        if (!claim) return;
        const claimant = spellings([claim.claimant ?? ""], truths);
        const shown =
          item.type === "ordering" ? (item.events[index]?.label ?? "") : [item.prompt, "statement" in item ? item.statement : "", "text" in item ? item.text : ""].join(" ");
        const isAnswer = item.type === "attribution" && claimant.has(normalizeAnswer(item.answer));
        const isNamed = [...claimant].some((form) => containsWords(normalizeAnswer(shown), form));
        expect(isAnswer || isNamed, `${item.type} ${id}: ${shown}`).toBe(true);
      });
    }
  });

  it("adds the claimant to a question from a claim that does not name them", () => {
    const claim = bank.facts.find((fact) => fact.id === "crisis-henry-washington-claim") as Fact;
    const unnamed = { ...claim, question: "Who rose to power with Washington's support after Moïse's assassination?" };
    const generated = generateItems({ ...bank, facts: [unnamed] }, { seed: "claim" });
    const typed = generated.find((item) => item.type === "typed-answer");
    expect(typed?.prompt).toBe("Who rose to power with Washington's support after Moïse's assassination? (claim by Kyle Anzalone)");
    expect(generated.find((item) => item.type === "attribution")?.prompt).toBe(
      "Who claims that Ariel Henry rose to power with Washington's support after Moïse's assassination?",
    );
  });

  it("never teaches one side of a conflict, and turns it into sources-disagree items", () => {
    const conflicted = bank.facts.filter((fact) => fact.conflict);
    expect(conflicted.length).toBeGreaterThan(0);
    for (const fact of conflicted) {
      const own = items.filter((item) => item.factIds.length === 1 && item.factIds[0] === fact.id);
      expect(own.some((item) => item.type === "sources-disagree"), fact.id).toBe(true);
      const sideQuotes = new Set(fact.conflict?.sides.flatMap((side) => side.evidence.map((entry) => entry.quote.trim())));
      for (const item of own) {
        expect(item.conflict?.sides.map((side) => side.label)).toEqual(fact.conflict?.sides.map((side) => side.label));
        if (item.type === "cloze") expect(item.text.replace(CLOZE_GAP, item.answer)).toBe(fact.statement);
        if (item.type === "true-false" && item.answer) expect(item.statement).toBe(fact.statement);
        const shown = "text" in item ? item.text : "statement" in item ? item.statement : item.prompt;
        for (const quote of sideQuotes) expect(shown.includes(quote)).toBe(false);
      }
    }
  });

  it("uses for a conflict an outlet's own side and its own sentences", () => {
    const moise = items.filter((item) => item.type === "sources-disagree" && item.factIds[0] === "crisis-moise-assassination");
    expect(moise.map((item) => [item.prompt, item.type === "sources-disagree" ? item.answer : ""]).sort()).toEqual([
      ["How does GlobalPost describe the office Jovenel Moïse held?", "prime minister"],
      ["How does James Ngunjiri describe the office Jovenel Moïse held?", "President"],
      ["How does The Libertarian Institute describe the office Jovenel Moïse held?", "President"],
    ]);
  });

  it("shows every supporting sentence and says how many outlets report a fact", () => {
    const facts = new Map(bank.facts.map((fact) => [fact.id, fact]));
    const outletOf = (slug: string) => {
      const article = bank.articles.find((candidate) => candidate.slug === slug);
      return article?.outlet ?? article?.author ?? slug;
    };
    let corroborated = 0;
    for (const item of items) {
      const fact = facts.get(item.factIds[0] ?? "");
      if (item.factIds.length !== 1 || !fact || item.type === "sources-disagree") continue;
      expect(item.sources.map((source) => source.quote)).toEqual(fact.evidence.map((entry) => entry.quote));
      const outlets = new Set(fact.evidence.map((entry) => outletOf(entry.article))).size;
      if (outlets > 1) corroborated += 1;
      expect(item.explanation.includes(`Reported by ${outlets} outlets`), `${item.type} ${fact.id}`).toBe(outlets > 1);
    }
    expect(corroborated).toBeGreaterThan(100);
  });

  it("is deterministic", () => {
    expect(generateItems(bank, { seed: "test" })).toEqual(items);
  });

  it("changes the order of options with the seed, but not the items", () => {
    const other = generateItems(bank, { seed: "another seed" });
    expect(other.map((item) => item.id)).toEqual(items.map((item) => item.id));
    const before = byId(items);
    let reordered = 0;
    for (const item of other) {
      const previous = before.get(item.id);
      expect(previous?.version).toBe(item.version);
      if (!previous || !("options" in item) || !("options" in previous)) continue;
      expect([...item.options].sort()).toEqual([...previous.options].sort());
      if (item.options.join("|") !== previous.options.join("|")) reordered += 1;
    }
    expect(reordered).toBeGreaterThan(20);
  });

  it("keeps ids when a fact is edited, and gives only that fact's items a new version", () => {
    const edited = withFact(bank, "agreement-us-signer", (fact) => ({
      ...fact,
      statement: "U.S. Defense Secretary Lloyd Austin signed the five-year defense cooperation framework for the United States.",
    }));
    const after = byId(generateItems(edited, { seed: "test" }));
    const own = items.filter((item) => item.factIds.includes("agreement-us-signer"));
    expect(own.length).toBeGreaterThan(3);
    for (const item of own) {
      expect(after.get(item.id), `${item.type}`).toBeDefined();
      expect(after.get(item.id)?.version).not.toBe(item.version);
    }
    for (const item of items.filter((candidate) => !candidate.factIds.includes("agreement-us-signer"))) {
      expect(after.get(item.id)?.version, `${item.type} ${item.factIds.join(",")}`).toBe(item.version);
    }
  });

  it("drops only a removed fact's items, and groups may change", () => {
    const removed = "mission-belize-50";
    const after = generateItems(
      withFact(bank, removed, () => null),
      { seed: "test" },
    );
    expect(after.some((item) => item.factIds.includes(removed))).toBe(false);
    const afterById = byId(after);
    for (const item of items.filter((candidate) => candidate.factIds.length === 1 && candidate.factIds[0] !== removed)) {
      expect(afterById.get(item.id)?.version, `${item.type} ${item.factIds[0]}`).toBe(item.version);
    }
    const groupTypes = new Set(["ordering", "matching"]);
    for (const item of after) if (!byId(items).has(item.id)) expect(groupTypes.has(item.type)).toBe(true);
  });
});

describe("wrong options", () => {
  it("never uses what another fact gives as the answer to the same question", () => {
    // Two facts answering the same question differently, many times over so that many draws of wrong options are seen.
    const signer = bank.facts.find((fact) => fact.id === "agreement-us-signer") as Fact;
    const members = bank.facts.find((fact) => fact.id === "mission-council-members") as Fact;
    const rivals: Fact[] = [];
    for (let copy = 0; copy < 40; copy++) {
      rivals.push({ ...signer, id: `signer-${copy}` });
      rivals.push({ ...signer, id: `other-signer-${copy}`, answer: { type: "person", value: "Aden Duale", aliases: [] } });
      rivals.push({ ...members, id: `members-${copy}` });
      rivals.push({ ...members, id: `other-members-${copy}`, answer: { type: "number", value: "16", number: 16, unit: "members", aliases: [] } });
    }
    const generated = generateItems({ ...bank, facts: [...bank.facts, ...rivals] }, { seed: "rivals" });
    const choices = generated.filter((item) => item.type === "multiple-choice" && /^(other-)?(signer|members)-/.test(item.factIds[0] ?? ""));
    expect(choices.length).toBe(160);
    const otherAnswer = new Map([
      ["lloyd austin", "aden duale"],
      ["aden duale", "lloyd austin"],
      ["15", "16"],
      ["16", "15"],
    ]);
    for (const item of choices) {
      if (item.type !== "multiple-choice") continue;
      const wrong = item.options.filter((option) => option !== item.answer).map(normalizeAnswer);
      expect(otherAnswer.has(normalizeAnswer(item.answer))).toBe(true);
      expect(wrong).not.toContain(otherAnswer.get(normalizeAnswer(item.answer)));
    }
    const falseStatements = generated.filter((item) => item.type === "true-false" && !item.answer && /^(other-)?members-/.test(item.factIds[0] ?? ""));
    for (const item of falseStatements) if (item.type === "true-false") expect(item.statement).not.toMatch(/\b1[56] members/);
  });

  it("skips an item type rather than make a poor item", () => {
    const lone = bank.facts.find((fact) => fact.id === "objections-ipoa-chair") as Fact;
    const tiny: ContentBank = {
      articles: bank.articles,
      entities: { people: [{ name: "Anne Makori", aliases: ["Makori"], role: "Chairperson of IPOA" }], organizations: [], countries: [], places: [] },
      facts: [lone],
    };
    const generated = generateItems(tiny, { seed: "tiny" });
    const types = generated.map((item) => item.type);
    expect(types).not.toContain("multiple-choice");
    expect(types).not.toContain("true-false");
    expect(types).not.toContain("matching");
    expect(types).toContain("typed-answer");
    expect(types).toContain("cloze");
  });

  it("makes no item for a fact whose evidence names no known article", () => {
    const lone = bank.facts.find((fact) => fact.id === "agreement-us-signer") as Fact;
    const orphan = { ...lone, evidence: [{ article: "no-such-article", quote: "Lloyd Austin" }] };
    expect(generateItems({ ...bank, facts: [orphan] }, { seed: "orphan" })).toEqual([]);
  });
});

describe("buildSets", () => {
  const sets = buildSets(bank, items);

  it("makes one set per article, per topic and one of everything", () => {
    for (const article of bank.articles) {
      const set = sets.find((candidate) => candidate.slug === `article:${article.slug}`);
      expect(set?.title).toBe(article.title);
      expect(set?.kind).toBe("article");
      const expected = items.filter((item) => item.sources.some((source) => source.article === article.slug)).map((item) => item.id);
      expect(set?.itemIds).toEqual(expected);
    }
    const topics = new Set(bank.facts.flatMap((fact) => fact.topics));
    for (const topic of topics) {
      const set = sets.find((candidate) => candidate.slug === `topic:${topic}`);
      expect(set?.kind).toBe("topic");
      expect(set?.title).toMatch(/^[A-Z]/);
      expect(set?.title).not.toBe(topic);
      expect(set?.itemIds.length).toBeGreaterThan(0);
    }
    const all = sets.find((candidate) => candidate.slug === "all");
    expect(all?.itemIds).toEqual(items.map((item) => item.id));
    expect(new Set(sets.map((set) => set.slug)).size).toBe(sets.length);
    for (const set of sets) expect(set.description.trim()).not.toBe("");
  });

  it("puts every item in an article set", () => {
    const inArticles = new Set(sets.filter((set) => set.kind === "article").flatMap((set) => set.itemIds));
    expect(items.filter((item) => !inArticles.has(item.id))).toEqual([]);
  });
});

/** The checks that need no knowledge of the facts: cheap enough for a large bank. */
function shapeProblems(item: Item): string[] {
  const problems: string[] = [];
  if (!/^[0-9a-f]{12}$/.test(item.id) || !/^[0-9a-f]{12}$/.test(item.version)) problems.push(`${item.id}: id and version`);
  if (item.sources.length === 0 || item.factIds.length === 0 || !item.prompt) problems.push(`${item.id}: sources, facts and prompt`);
  if ("options" in item) {
    const forms = new Set(item.options.map(normalizeText));
    const answers = item.type === "multi-select" ? item.answers : [item.answer];
    if (forms.size !== item.options.length || answers.some((answer) => !item.options.includes(answer))) problems.push(`${item.id}: options`);
  }
  if (item.type === "cloze" && item.text.split(CLOZE_GAP).length !== 2) problems.push(`${item.id}: gap`);
  return problems;
}

describe("generateItems at scale", () => {
  // Speed is measured by `npm run bench:content` (docs/BENCHMARKS.md), not here.
  it("makes well-formed items with unique ids from 10,000 facts", () => {
    const generated = generateItems(syntheticBank(bank, 10_000), { seed: "scale" });
    const ids = new Set(generated.map((item) => item.id));
    expect(generated.flatMap(shapeProblems).slice(0, 5)).toEqual([]);
    expect(ids.size).toBe(generated.length);
    expect(generated.length).toBeGreaterThan(30_000);
  });

  it("makes sound items from a large bank", () => {
    const large = syntheticBank(bank, 2_000);
    const truths = truthsOf(large);
    expect(generateItems(large, { seed: "large" }).flatMap((item) => problemsOf(item, truths)).slice(0, 5)).toEqual([]);
  });
});
