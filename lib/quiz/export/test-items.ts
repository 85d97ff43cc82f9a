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
  outlet: "Reuters",
  author: "Humphrey Malalo",
  published: "2023-10-02",
  articleKind: "news-report",
  quote: "Kenya’s cabinet approved the deployment of 1,000 police officers.",
};

export const NOUVELLISTE: ItemSource = {
  article: "nouvelliste-force",
  title: "La force kényane: «2 000 policiers»",
  outlet: "Le Nouvelliste",
  author: null,
  published: "2023-10",
  articleKind: "news-report",
  quote: "Haïti attend 2 000 policiers {selon le ministre} : « bientôt ».",
};

/** No outlet: the title stands in for it. */
export const STATEMENT: ItemSource = {
  article: "state-dept-statement",
  title: "Statement on the MSS = #1 priority",
  outlet: null,
  author: null,
  published: "2023-09-29",
  articleKind: "press-statement",
  quote: "“We will not fail,” the statement said: ~ {sic}.",
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
    about: "The size of the force",
    sides: [
      { label: "1,000 officers", sources: [REUTERS] },
      { label: "2,000 officers", sources: [NOUVELLISTE] },
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
};

export const NUMERIC_DECIMAL: NumericItem = {
  ...base("numeric-decimal"),
  type: "numeric",
  prompt: "By how many points did the rate fall?",
  answer: -2.75,
  unit: "",
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
  MULTI_SELECT,
  TRUE_STATEMENT,
  FALSE_STATEMENT,
  CLOZE,
  CLOZE_AT_START,
  TYPED_ANSWER,
  TYPED_ANSWER_HASH,
  NUMERIC_MONEY,
  NUMERIC_DECIMAL,
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
