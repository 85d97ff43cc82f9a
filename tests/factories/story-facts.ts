// Facts of the story that the tests of several modules ask, each written
// once. `storyFact(id)` gives one with the defaults of testFact(); a test
// changes or adds the fields it is about (formats, evidence, a conflict, its
// source line, even its id).
import type { Fact } from "@/lib/content/types";
import { answers, testFact, type FactSpec } from "./content-bank";

/** The question bahamas-pledge and jamaica-pledge both answer. */
export const PLEDGE_QUESTION = "Which Caribbean country said in September 2023 that it would send officers to Haiti?";

const STORY_FACTS = {
  "signing-place": {
    statement: "The US-Kenya defense cooperation agreement of September 2023 was signed in Nairobi.",
    question: "In which city was the US-Kenya defense cooperation agreement of September 2023 signed?",
    answer: answers.place("Nairobi"),
  },
  signed: {
    statement: "The US-Kenya defense cooperation agreement was signed on September 25, 2023.",
    question: "On what date was the US-Kenya defense cooperation agreement signed?",
    answer: answers.date("September 25, 2023", "2023-09-25"),
  },
  "kenya-signer": {
    statement: "Kenya's Defense Minister Aden Duale signed the US-Kenya defense cooperation agreement of September 2023 for Kenya.",
    question: "Who signed the US-Kenya defense cooperation agreement of September 2023 for Kenya?",
    answer: answers.person("Aden Duale", ["Duale"]),
  },
  counterterrorism: {
    statement: "The US-Kenya defense cooperation agreement of September 2023 covers counterterrorism.",
    question: "What does the US-Kenya defense cooperation agreement of September 2023 cover?",
    answer: answers.text("counterterrorism"),
  },
  officers: {
    statement: "Kenya offered to send 1,000 police officers to Haiti.",
    question: "How many police officers did Kenya offer to send to Haiti?",
    answer: answers.number("1,000", 1000, "police officers"),
  },
  joiners: {
    statement: "Jamaica, the Bahamas and Antigua and Barbuda said they would join the Kenyan-led mission.",
    question: "Which countries said they would join the Kenyan-led mission?",
    answer: answers.list(["Jamaica", "Bahamas", "Antigua and Barbuda"]),
  },
  bahamas: {
    statement: "The Bahamas said it will send police officers to the Kenyan-led mission in Haiti.",
    question: "Which country was the first to say it will send police officers to the Kenyan-led mission?",
    answer: answers.country("Bahamas"),
  },
  jamaica: {
    statement: "Jamaica also said it will send police officers to the Kenyan-led mission in Haiti.",
    question: "Which other Caribbean country pledged officers to the Kenyan-led mission?",
    answer: answers.country("Jamaica"),
  },
  // Two facts that answer one question, each with its own country.
  "bahamas-pledge": {
    statement: "The Bahamas said in September 2023 that it would send officers to Haiti.",
    question: PLEDGE_QUESTION,
    answer: answers.country("Bahamas"),
  },
  "jamaica-pledge": {
    statement: "Jamaica said in September 2023 that it would send officers to Haiti.",
    question: PLEDGE_QUESTION,
    answer: answers.country("Jamaica"),
  },
  moise: {
    statement: "Haitian President Jovenel Moïse was assassinated in July 2021.",
    question: "In which year was Haitian President Jovenel Moïse assassinated?",
    answer: answers.date("2021", "2021"),
  },
  displaced: {
    statement: "The articles disagree on how many people in Haiti have been displaced from their homes.",
    question: "On what do the articles disagree about Haiti's displaced?",
    answer: answers.text("how many people have been displaced"),
    formats: ["true-false"],
  },
  "two-ideas": {
    statement: "The mission was approved; Kenya will lead it.",
    question: "What did the UN approve?",
    answer: answers.text("the mission"),
  },
  "ruto-quote": {
    kind: "quote",
    speaker: "William Ruto",
    quote: "Kenya will not abandon Haiti.",
    statement: "William Ruto said Kenya would not abandon Haiti.",
    question: "Which country did William Ruto say Kenya would not abandon?",
    answer: answers.country("Haiti"),
  },
  "amnesty-deployment": {
    kind: "claim",
    claimant: "Amnesty International Kenya",
    statement: "According to Amnesty International Kenya, Kenyan police officers were sent to Mombasa in July 2023.",
    question: "Where were Kenyan police officers sent in July 2023?",
    answer: answers.place("Mombasa"),
  },
  "amnesty-killings": {
    kind: "claim",
    claimant: "Amnesty International Kenya",
    statement: "According to Amnesty International Kenya, Kenyan police killed 30 protesters in July 2023.",
    question: "How many protesters did Kenyan police kill in July 2023?",
    answer: answers.number("30", 30, "protesters"),
  },
  "houghton-view": {
    kind: "opinion",
    holder: "Irũngũ Houghton",
    statement: "Irũngũ Houghton holds that sending Kenyan police to Haiti is a mistake.",
    question: "Who holds that sending Kenyan police to Haiti is a mistake?",
    answer: answers.person("Irũngũ Houghton"),
  },
} satisfies Record<string, FactSpec>;

type StoryFactId = keyof typeof STORY_FACTS;

/** The story's fact `id`, with `extra` changed or added. */
export function storyFact(id: StoryFactId, extra: Partial<Fact> = {}): Fact {
  return testFact(id, { ...STORY_FACTS[id], ...extra });
}

/** What four countries said about the mission, as [id, country, what it said]: the facts and pairs of a curated matching item. */
export const MISSION_OFFERS = [
  ["rwanda", "Rwanda", "was looking at deploying police officers"],
  ["spain", "Spain", "would wait for the Security Council's decision"],
  ["ecuador", "Ecuador", "wrote the draft resolution with the United States"],
  ["canada", "Canada", "declined to deploy its soldiers"],
] as const;

export type MissionOffer = (typeof MISSION_OFFERS)[number];

/** The fact `offer-<id>` of one of MISSION_OFFERS: "<country> <what it said>.", with `extra` changed or added. */
export function offerFact([id, country, offer]: MissionOffer, extra: Partial<Fact> = {}): Fact {
  return testFact(`offer-${id}`, { statement: `${country} ${offer}.`, question: `What did ${country} say about the mission?`, answer: answers.text(offer), ...extra });
}
