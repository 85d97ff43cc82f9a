// Hand-made items for the exporter tests: every item type, with GIFT's
// special characters, tabs, line breaks, curly quotes and accents in the text.
import type {
  ChoiceItem,
  ClozeItem,
  Item,
  ItemSet,
  ItemSource,
  MatchingItem,
  MultiSelectItem,
  NumericItem,
  OrderingItem,
  TrueFalseItem,
  TypedAnswerItem,
} from "@/lib/quiz/types";

export const REUTERS: ItemSource = {
  article: "reuters-kenya-haiti",
  title: "Kenya cabinet approves police deployment to Haiti",
  titleIsSupplied: false,
  outlet: "Reuters",
  citedAs: "Reuters",
  republishedFrom: null,
  author: "Humphrey Malalo",
  published: "2023-10-02",
  articleKind: "news-report",
  quote: "Kenya’s cabinet approved the deployment of 1,000 police officers.",
};

export const NOUVELLISTE: ItemSource = {
  article: "nouvelliste-force",
  title: "La force kényane: «2 000 policiers»",
  titleIsSupplied: false,
  outlet: "Le Nouvelliste",
  citedAs: "Le Nouvelliste",
  republishedFrom: null,
  author: null,
  published: "2023-10",
  articleKind: "news-report",
  quote: "Haïti attend 2 000 policiers {selon le ministre} : « bientôt ».",
};

/** No outlet and no author: cited as the curator says ("the State Department statement"), never by its title. */
export const STATEMENT: ItemSource = {
  article: "state-dept-statement",
  title: "Statement on the MSS = #1 priority",
  titleIsSupplied: true,
  outlet: null,
  citedAs: "the State Department statement",
  republishedFrom: null,
  author: null,
  published: "2023-09-29",
  articleKind: "press-statement",
  quote: "“We will not fail,” the statement said: ~ {sic}.",
};

/** No outlet but an author: cited as "the Disquiet article by James Ngunjiri", never by the author alone. */
export const DISQUIET: ItemSource = {
  article: "disquiet-simmers-over-kenya-haiti-police-deal",
  title: "Disquiet simmers over Kenya-Haiti police deal",
  titleIsSupplied: false,
  outlet: null,
  citedAs: "the Disquiet article",
  republishedFrom: null,
  author: "James Ngunjiri",
  published: "2023-10-03",
  articleKind: "news-report",
  quote: "Hundreds of people have been displaced from their homes.",
};

export const GLOBALPOST: ItemSource = {
  article: "globalpost-stepping-up-kenya-haiti",
  title: "Stepping Up",
  titleIsSupplied: false,
  outlet: "GlobalPost",
  citedAs: "GlobalPost",
  republishedFrom: null,
  author: null,
  published: "2023-09",
  articleKind: "news-report",
  quote: "escalating gang violence since its prime minister, Jovenel Moïse, was assassinated in 2021.",
};

function base(id: string, sources: ItemSource[] = [REUTERS]) {
  return {
    id,
    version: `v-${id}`,
    factIds: [`fact-${id}`],
    factKind: "fact" as const,
    explanation: `Explanation of ${id}.`,
    sources,
    topics: ["haiti-mission"],
    difficulty: 2 as const,
  };
}

// Builders of items by type: the base fields of `id` (REUTERS as the source unless given) and the type's own fields.
function choice(id: string, type: ChoiceItem["type"], fields: Pick<ChoiceItem, "prompt" | "options" | "answer"> & Partial<ChoiceItem>, sources?: ItemSource[]): ChoiceItem {
  return { ...base(id, sources), type, ...fields };
}

function trueFalse(id: string, fields: Pick<TrueFalseItem, "statement" | "answer">, sources?: ItemSource[]): TrueFalseItem {
  return { ...base(id, sources), type: "true-false", prompt: "True or false?", ...fields };
}

function cloze(id: string, fields: Pick<ClozeItem, "text" | "answer" | "accepted">, sources?: ItemSource[]): ClozeItem {
  return { ...base(id, sources), type: "cloze", prompt: "Fill in the gap.", ...fields };
}

function typedAnswer(id: string, fields: Pick<TypedAnswerItem, "prompt" | "answer" | "accepted">): TypedAnswerItem {
  return { ...base(id), type: "typed-answer", ...fields };
}

function numeric(id: string, fields: Pick<NumericItem, "prompt" | "answer" | "unit" | "display">, sources?: ItemSource[]): NumericItem {
  return { ...base(id, sources), type: "numeric", ...fields };
}

/** Pairs as [left, right]. */
function matching(id: string, prompt: string, pairs: [string, string][], extras: string[], sources?: ItemSource[]): MatchingItem {
  return { ...base(id, sources), type: "matching", prompt, pairs: pairs.map(([left, right]) => ({ left, right })), extras };
}

function ordering(id: string, events: OrderingItem["events"]): OrderingItem {
  return { ...base(id), type: "ordering", prompt: "Put these events in order, earliest first.", events };
}

export const MULTIPLE_CHOICE = choice("mc-special", "multiple-choice", {
  prompt: 'Which force: {MSS} = "mission" ~ #1?',
  options: ["MINUSTAH: {old} mission", "Multinational Security Support (MSS)", "Kenya = #1 ~ maybe"],
  answer: "Multinational Security Support (MSS)",
  explanation: "The Security Council voted 13–0\tto approve it.\nChina and Russia abstained.",
  topics: ["haiti-mission", "organizations"],
}, [REUTERS, STATEMENT]);

export const ATTRIBUTION = choice("attribution", "attribution", { factKind: "quote", prompt: "Who said: “We will not fail”?", options: ["Alfred Mutua", "William Ruto", "Édgar Leblanc Fils"], answer: "William Ruto" });

export const SOURCES_DISAGREE = choice("disagree", "sources-disagree", {
  factKind: "claim",
  prompt: "Which outlet reported a force of 2,000 police officers?",
  options: ["Reuters", "Le Nouvelliste"],
  answer: "Le Nouvelliste",
  conflict: {
    kind: "disagreement",
    about: "The size of the force",
    correction: null,
    note: null,
    sides: [
      { label: "1,000 officers", isError: false, sources: [REUTERS] },
      { label: "2,000 officers", isError: false, sources: [NOUVELLISTE] },
    ],
  },
}, []);

/** A source error: one side is wrong and the correction says so. */
export const SOURCE_ERROR = choice("source-error", "sources-disagree", {
  prompt: "GlobalPost calls Jovenel Moïse Haiti’s “prime minister”. What office did he hold when he was assassinated?",
  options: ["Prime Minister", "President", "Senate President"],
  answer: "President",
  conflict: {
    kind: "source-error",
    about: "the office Jovenel Moïse held when he was assassinated",
    correction: "Jovenel Moïse was Haiti’s President: GlobalPost wrongly calls him “prime minister”.",
    note: null,
    sides: [
      { label: "President", isError: false, sources: [DISQUIET] },
      { label: "Prime Minister", isError: true, sources: [GLOBALPOST] },
    ],
  },
}, [DISQUIET, GLOBALPOST]);

export const MULTI_SELECT: MultiSelectItem = {
  ...base("multi-select"),
  type: "multi-select",
  prompt: "Which countries offered personnel?",
  options: ["Kenya", "Brazil", "Bahamas", "Antigua & Barbuda", "Canada"],
  answers: ["Kenya", "Bahamas", "Antigua & Barbuda"],
};

export const TRUE_STATEMENT = trueFalse("tf-true", { statement: '"Haiti is ready," Kenya’s cabinet said on 2 October 2023.', answer: true });

export const FALSE_STATEMENT = trueFalse("tf-false", { statement: "Haïti attend 5 000 policiers\n(selon le ministre).", answer: false }, [NOUVELLISTE]);

export const CLOZE = cloze("cloze", { text: "Kenya offered to send _____ police officers to Haïti.", answer: "1,000", accepted: ["1000", "one thousand"] });

export const CLOZE_AT_START = cloze("cloze-start", { text: "_____ said: “We will not fail.”", answer: "The State Department", accepted: ["State Department", "The State Department"] }, [STATEMENT]);

export const TYPED_ANSWER = typedAnswer("typed", { prompt: "Which city\tis Haiti’s capital?\n(Several words.)", answer: "Port-au-Prince", accepted: ["Port au Prince"] });

/** The multiple-choice question again, as a typed answer: the same card front (once its tab is flattened). */
export const TYPED_SAME_QUESTION = typedAnswer("typed-same-question", { prompt: 'Which force: {MSS} = "mission"\t~ #1?', answer: "Multinational Security Support", accepted: ["MSS"] });

export const TYPED_ANSWER_HASH = typedAnswer("typed-hash", { prompt: "#1 contributor: which country sends the most police?", answer: "Kenya -> Haiti", accepted: [] });

export const NUMERIC_MONEY = numeric("numeric-money", { prompt: "How much did the United States pledge?", answer: 100000000, unit: "USD", display: "$100 million" });

export const NUMERIC_DECIMAL = numeric("numeric-decimal", { prompt: "By how many points did the rate fall?", answer: -2.75, unit: "", display: "-2.75" });

/** A count with a unit: a number to type, not an amount of money. */
export const NUMERIC_COUNT = numeric("numeric-count", { prompt: "How many police officers did Kenya offer?", answer: 1000, unit: "police officers", display: "1,000 police officers" }, [DISQUIET]);

export const MATCHING = matching("matching", "Match each person with their role.", [
  ["William Ruto", "President of Kenya"],
  ["Ariel Henry", "Prime Minister of Haïti"],
  ["Interior ministry -> police", "Cabinet Secretary: Interior {acting} = #2"],
], ["Governor of Nairobi"], [REUTERS, NOUVELLISTE]);

/** Too few pairs for Moodle: skipped in GIFT. */
export const MATCHING_TWO_PAIRS = matching("matching-two", "Match each person with their country.", [["William Ruto", "Kenya"], ["Ariel Henry", "Haiti"]], ["Peru"]);

export const ORDERING = ordering("ordering", [
  { label: "Kenya offers to lead a force", date: "2023-07-29" },
  { label: "UN Security Council approves the MSS", date: "2023-10-02" },
  { label: "Nairobi court blocks the deployment", date: "2024-01-26" },
  { label: "First Kenyan police land in Port-au-Prince", date: "2024-06-25" },
]);

/** Too few events for a Moodle matching question: skipped in GIFT. */
export const ORDERING_TWO_EVENTS = ordering("ordering-two", ORDERING.events.slice(0, 2));

export const TEST_ITEMS: Item[] = [
  MULTIPLE_CHOICE,
  ATTRIBUTION,
  SOURCES_DISAGREE,
  SOURCE_ERROR,
  MULTI_SELECT,
  TRUE_STATEMENT,
  FALSE_STATEMENT,
  CLOZE,
  CLOZE_AT_START,
  TYPED_ANSWER,
  TYPED_SAME_QUESTION,
  TYPED_ANSWER_HASH,
  NUMERIC_MONEY,
  NUMERIC_DECIMAL,
  NUMERIC_COUNT,
  MATCHING,
  MATCHING_TWO_PAIRS,
  ORDERING,
  ORDERING_TWO_EVENTS,
];

export const TEST_SETS: ItemSet[] = [
  {
    slug: "all",
    title: "Everything",
    description: "Every item: {all} = “tout”.",
    kind: "all",
    itemIds: TEST_ITEMS.map((item) => item.id),
  },
  {
    slug: "haiti-mission",
    title: "Haiti mission",
    description: "Items about the mission.",
    kind: "topic",
    itemIds: [MULTIPLE_CHOICE.id, CLOZE.id],
  },
];
