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

export const MULTIPLE_CHOICE: ChoiceItem = {
  ...base("mc-special", [REUTERS, STATEMENT]),
  type: "multiple-choice",
  prompt: 'Which force: {MSS} = "mission" ~ #1?',
  options: ["MINUSTAH: {old} mission", "Multinational Security Support (MSS)", "Kenya = #1 ~ maybe"],
  answer: "Multinational Security Support (MSS)",
  explanation: "The Security Council voted 13–0\tto approve it.\nChina and Russia abstained.",
  topics: ["haiti-mission", "organizations"],
};

export const ATTRIBUTION: ChoiceItem = {
  ...base("attribution"),
  type: "attribution",
  factKind: "quote",
  prompt: "Who said: “We will not fail”?",
  options: ["Alfred Mutua", "William Ruto", "Édgar Leblanc Fils"],
  answer: "William Ruto",
};

export const SOURCES_DISAGREE: ChoiceItem = {
  ...base("disagree", []),
  type: "sources-disagree",
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
};

/** A source error: one side is wrong and the correction says so. */
export const SOURCE_ERROR: ChoiceItem = {
  ...base("source-error", [DISQUIET, GLOBALPOST]),
  type: "sources-disagree",
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
};

export const MULTI_SELECT: MultiSelectItem = {
  ...base("multi-select"),
  type: "multi-select",
  prompt: "Which countries offered personnel?",
  options: ["Kenya", "Brazil", "Bahamas", "Antigua & Barbuda", "Canada"],
  answers: ["Kenya", "Bahamas", "Antigua & Barbuda"],
};

export const TRUE_STATEMENT: TrueFalseItem = {
  ...base("tf-true"),
  type: "true-false",
  prompt: "True or false?",
  statement: '"Haiti is ready," Kenya’s cabinet said on 2 October 2023.',
  answer: true,
};

export const FALSE_STATEMENT: TrueFalseItem = {
  ...base("tf-false", [NOUVELLISTE]),
  type: "true-false",
  prompt: "True or false?",
  statement: "Haïti attend 5 000 policiers\n(selon le ministre).",
  answer: false,
};

export const CLOZE: ClozeItem = {
  ...base("cloze"),
  type: "cloze",
  prompt: "Fill in the gap.",
  text: "Kenya offered to send _____ police officers to Haïti.",
  answer: "1,000",
  accepted: ["1000", "one thousand"],
};

export const CLOZE_AT_START: ClozeItem = {
  ...base("cloze-start", [STATEMENT]),
  type: "cloze",
  prompt: "Fill in the gap.",
  text: "_____ said: “We will not fail.”",
  answer: "The State Department",
  accepted: ["State Department", "The State Department"],
};

export const TYPED_ANSWER: TypedAnswerItem = {
  ...base("typed"),
  type: "typed-answer",
  prompt: "Which city\tis Haiti’s capital?\n(Several words.)",
  answer: "Port-au-Prince",
  accepted: ["Port au Prince"],
};

/** The multiple-choice question again, as a typed answer: the same card front (once its tab is flattened). */
export const TYPED_SAME_QUESTION: TypedAnswerItem = {
  ...base("typed-same-question"),
  type: "typed-answer",
  prompt: 'Which force: {MSS} = "mission"\t~ #1?',
  answer: "Multinational Security Support",
  accepted: ["MSS"],
};

export const TYPED_ANSWER_HASH: TypedAnswerItem = {
  ...base("typed-hash"),
  type: "typed-answer",
  prompt: "#1 contributor: which country sends the most police?",
  answer: "Kenya -> Haiti",
  accepted: [],
};

export const NUMERIC_MONEY: NumericItem = {
  ...base("numeric-money"),
  type: "numeric",
  prompt: "How much did the United States pledge?",
  answer: 100000000,
  unit: "USD",
  display: "$100 million",
};

export const NUMERIC_DECIMAL: NumericItem = {
  ...base("numeric-decimal"),
  type: "numeric",
  prompt: "By how many points did the rate fall?",
  answer: -2.75,
  unit: "",
  display: "-2.75",
};

/** A count with a unit: a number to type, not an amount of money. */
export const NUMERIC_COUNT: NumericItem = {
  ...base("numeric-count", [DISQUIET]),
  type: "numeric",
  prompt: "How many police officers did Kenya offer?",
  answer: 1000,
  unit: "police officers",
  display: "1,000 police officers",
};

export const MATCHING: MatchingItem = {
  ...base("matching", [REUTERS, NOUVELLISTE]),
  type: "matching",
  prompt: "Match each person with their role.",
  pairs: [
    { left: "William Ruto", right: "President of Kenya" },
    { left: "Ariel Henry", right: "Prime Minister of Haïti" },
    { left: "Interior ministry -> police", right: "Cabinet Secretary: Interior {acting} = #2" },
  ],
  extras: ["Governor of Nairobi"],
};

/** Too few pairs for Moodle: skipped in GIFT. */
export const MATCHING_TWO_PAIRS: MatchingItem = {
  ...base("matching-two"),
  type: "matching",
  prompt: "Match each person with their country.",
  pairs: [
    { left: "William Ruto", right: "Kenya" },
    { left: "Ariel Henry", right: "Haiti" },
  ],
  extras: ["Peru"],
};

export const ORDERING: OrderingItem = {
  ...base("ordering"),
  type: "ordering",
  prompt: "Put these events in order, earliest first.",
  events: [
    { label: "Kenya offers to lead a force", date: "2023-07-29" },
    { label: "UN Security Council approves the MSS", date: "2023-10-02" },
    { label: "Nairobi court blocks the deployment", date: "2024-01-26" },
    { label: "First Kenyan police land in Port-au-Prince", date: "2024-06-25" },
  ],
};

/** Too few events for a Moodle matching question: skipped in GIFT. */
export const ORDERING_TWO_EVENTS: OrderingItem = {
  ...base("ordering-two"),
  type: "ordering",
  prompt: "Put these events in order, earliest first.",
  events: [
    { label: "Kenya offers to lead a force", date: "2023-07-29" },
    { label: "UN Security Council approves the MSS", date: "2023-10-02" },
  ],
};

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
