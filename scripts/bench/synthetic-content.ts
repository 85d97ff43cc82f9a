// A synthetic content corpus for benchmarks, built in memory from a seed: the
// articles with their raw sources, entities.yaml, topics.yaml and fact files
// of content/README.md, at a size the
// shipped content does not reach. Invented names only. Every fact rests on a
// sentence of its articles, quoted verbatim, so the corpus checks with zero
// problems, and the same seed always gives the same files.
import { sha256Hex } from "../../lib/content/check-article";
import type { ContentFile } from "../../lib/content/parse";
import type { ArticleKind, Evidence, Fact, Region } from "../../lib/content/types";
import { createRandom, pick, shuffle, type Random } from "../../lib/quiz/seeded-random";

export type SyntheticOptions = {
  seed?: string;
  /** Facts in all, over the ten fact files. Default 10,000. */
  facts?: number;
  /** Default 50. */
  articles?: number;
  /** Default "content". */
  contentDir?: string;
};

/** The fact files: one per topic of the corpus's topics.yaml, ten in all. */
const FILE_TOPICS = [
  "agreement",
  "haiti-mission",
  "haiti-crisis",
  "kenya-deployments",
  "objections",
  "quotes",
  "timeline",
  "organizations",
  "people",
  "money",
] as const;

type Topic = (typeof FILE_TOPICS)[number];

// ---------------------------------------------------------------------------
// Words

const SYLLABLES = [
  "ba", "da", "ka", "ki", "ko", "la", "le", "li", "lo", "ma", "me", "mi", "mo", "na", "ne", "ni", "no", "ra", "re", "ri",
  "ro", "sa", "se", "si", "so", "ta", "te", "ti", "to", "wa", "ya", "za", "zu", "du", "gu", "ho", "ju", "pe", "vu", "bi",
];
const FIRST_NAMES = [
  "Amina", "Joseph", "Grace", "Daniel", "Fatuma", "Samuel", "Esther", "Peter", "Wanjiru", "Kofi", "Marie", "Jean",
  "José", "Zoë", "Amélie", "Irũngũ", "Hassan", "Leila", "Omar", "Nadia", "Carlos", "Lucía", "Ana", "Tomás",
  "Ruth", "David", "Sarah", "Michael", "Aisha", "Ibrahim", "Chloé", "Étienne", "Mercy", "Collins", "Faith", "Brian",
];
const OFFICES = [
  "Foreign Minister", "Defense Minister", "Interior Minister", "President", "Prime Minister", "Police Inspector-General",
  "Ambassador to the United Nations", "Opposition leader", "Chief Justice", "Finance Minister", "Army chief", "Mayor of the capital",
];
const UNITS = ["police officers", "soldiers", "medical workers", "engineers", "election observers", "trainers", "peacekeepers", "border guards", "aid workers", "judges"];
const PROGRAMS = [
  "police training", "a new border post", "emergency housing", "court reform", "road repairs", "food aid", "a community radio network",
  "school meals", "clean water projects", "a coastal patrol", "prison inspections", "a veterans' fund", "voter registration", "flood defenses",
];
const QUOTE_VERBS = ["stand with", "protect", "listen to", "rebuild the schools of", "bring order back to", "answer to", "work beside", "not abandon"];
const QUOTE_ENDINGS = [
  "until the last gang is gone", "for as long as it takes", "whatever the cost", "before the rains come", "and we will be judged on it",
  "because no one else will", "with our partners", "within the law", "and not one day less", "as we promised in March",
];
const VIEW_ADJECTIVES = ["a costly mistake", "long overdue", "doomed to fail", "a test of the region's resolve", "an occupation by another name", "the only way forward"];
const POLICIES = ["withdraw its officers", "put the deal before parliament", "publish the budget in full", "ask the Security Council first", "train local police instead"];
const FILLERS = [
  "Residents of {place} said the streets had been quiet for several days.",
  "Talks between the two governments are expected to resume in {place} next month.",
  "{org} did not respond to a request for comment.",
  "Officials in {country} declined to give further details, citing security concerns.",
  "The plan has drawn both praise and criticism in {country}.",
  "Many families in {place} have already left for safer areas.",
];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const OUTLET_PATTERNS = ["The {word} Herald", "{word} Daily", "The {word} Monitor", "{word} Weekly", "The {word} Observer", "{word} News Agency"];
const ORG_PATTERNS: { name: string; description: string; acronym: boolean; type: OrganizationType }[] = [
  { name: "{country} National Police Service", description: "The national police force of {country}", acronym: true, type: "government-body" },
  { name: "{country} Human Rights Commission", description: "A state body that investigates abuses in {country}", acronym: true, type: "government-body" },
  { name: "{word} Institute for Peace Studies", description: "A research institute based in {place}", acronym: true, type: "ngo" },
  { name: "{word} Alliance", description: "A political party in {country}", acronym: false, type: "party" },
  { name: "{word} Development Bank", description: "A lender that funds public works in {country}", acronym: true, type: "international-body" },
  { name: "{word} Relief Network", description: "A charity that runs shelters in {place}", acronym: false, type: "ngo" },
];
const REGIONS: Region[] = ["africa", "caribbean", "central-america", "south-america", "europe", "asia"];

// ---------------------------------------------------------------------------
// The world: entities, outlets, articles

type OrganizationType = "government-body" | "ngo" | "party" | "international-body";
/** What every invented entity has; `inStory` is settled once the articles are written. */
type Entity = { name: string; aliases: string[]; inStory?: boolean };
type Person = Entity & { title: string; country: string; surname: string };
type Organization = Entity & { type: OrganizationType; description: string };
type Country = Entity & { region: Region };
type Place = Entity & { country: string };

type World = {
  random: Random;
  people: Person[];
  organizations: Organization[];
  countries: Country[];
  places: Place[];
  outlets: string[];
  /** Keys of every name and alias used, so that each belongs to one entity. */
  used: Set<string>;
};

type ArticleDraft = { slug: string; title: string; outlet: string | null; author: string | null; published: string; kind: ArticleKind; sentences: string[] };

function nameKey(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A new invented word of `syllables` syllables, not yet used as a name or alias. */
function newWord(world: World, syllables: number): string {
  for (;;) {
    let word = "";
    for (let index = 0; index < syllables; index++) word += pick(SYLLABLES, world.random);
    const name = capitalize(word);
    if (!world.used.has(nameKey(name))) return name;
  }
}

/** Claims names and aliases for one entity; false, claiming nothing, when one is taken. */
function claim(world: World, names: string[]): boolean {
  const keys = names.map(nameKey);
  if (keys.some((key) => world.used.has(key)) || new Set(keys).size !== keys.length) return false;
  for (const key of keys) world.used.add(key);
  return true;
}

function fill(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? "");
}

function acronym(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^[A-Z]/.test(word))
    .map((word) => word[0])
    .join("");
}

function buildWorld(random: Random): World {
  const world: World = { random, people: [], organizations: [], countries: [], places: [], outlets: [], used: new Set() };
  while (world.countries.length < 60) {
    const name = newWord(world, 2 + random.int(2));
    const aliases = random.next() < 0.3 ? [`Republic of ${name}`] : [];
    if (claim(world, [name, ...aliases])) world.countries.push({ name, aliases, region: pick(REGIONS, random) });
  }
  while (world.places.length < 150) {
    const word = newWord(world, 2 + random.int(2));
    const name = random.next() < 0.15 ? `Port-${word}` : word;
    if (claim(world, [name])) world.places.push({ name, aliases: [], country: pick(world.countries, random).name });
  }
  while (world.people.length < 240) {
    const surname = newWord(world, 3);
    const name = `${pick(FIRST_NAMES, random)} ${surname}`;
    const country = pick(world.countries, random).name;
    const title = `${pick(OFFICES, random)} of ${country}`;
    if (claim(world, [name, surname])) world.people.push({ name, aliases: [surname], title, country, surname });
  }
  while (world.organizations.length < 120) {
    const pattern = pick(ORG_PATTERNS, random);
    const values = { country: pick(world.countries, random).name, place: pick(world.places, random).name, word: newWord(world, 2 + random.int(2)) };
    const name = fill(pattern.name, values);
    const short = pattern.acronym ? acronym(name) : "";
    const aliases = short.length >= 3 && !world.used.has(nameKey(short)) ? [short] : [];
    if (claim(world, [name, ...aliases])) world.organizations.push({ name, aliases, type: pattern.type, description: fill(pattern.description, values) });
  }
  while (world.outlets.length < 12) {
    const outlet = fill(pick(OUTLET_PATTERNS, random), { word: newWord(world, 2) });
    if (!world.outlets.includes(outlet)) world.outlets.push(outlet);
  }
  return world;
}

function buildArticles(world: World, count: number): ArticleDraft[] {
  const { random } = world;
  const kinds: ArticleKind[] = ["news-report", "news-report", "news-report", "news-brief", "news-brief", "opinion", "opinion", "press-statement"];
  return Array.from({ length: count }, (_, index) => {
    const kind = kinds[index % kinds.length] ?? "news-report";
    const country = pick(world.countries, random).name;
    const outlet = random.next() < 0.9 ? pick(world.outlets, random) : null;
    const author = random.next() < 0.8 ? `${pick(FIRST_NAMES, random)} ${newWord(world, 2)}` : null;
    const topic = pick(["mission", "deal", "crisis", "deployment", "funding", "talks"], random);
    return {
      slug: `${(outlet ?? "wire").toLowerCase().replace(/^the /, "").replace(/[^a-z0-9]+/g, "-")}-${country.toLowerCase()}-${topic}-${index + 1}`,
      title: kind === "opinion" ? `Opinion: what ${country}'s ${topic} means for the region` : `${country} ${topic}: what we know`,
      outlet,
      author,
      published: isoDate(random),
      kind,
      sentences: [],
    };
  });
}

// ---------------------------------------------------------------------------
// Values as the articles write them

type Day = { iso: string; text: string };

function isoDate(random: Random): string {
  const year = 2021 + random.int(4);
  const month = 1 + random.int(12);
  const day = 1 + random.int(28);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A day ("September 25, 2023"), sometimes only a month ("October 2022"). */
function someDay(random: Random): Day {
  const iso = isoDate(random);
  const month = MONTHS[Number(iso.slice(5, 7)) - 1] ?? "January";
  if (random.next() < 0.2) return { iso: iso.slice(0, 7), text: `${month} ${iso.slice(0, 4)}` };
  return { iso, text: `${month} ${Number(iso.slice(8, 10))}, ${iso.slice(0, 4)}` };
}

/** When something happened, as a sentence says it: "on September 25, 2023", or "in October 2022" for a month. */
function onDay(day: Day): string {
  return day.iso.length === 10 ? `on ${day.text}` : `in ${day.text}`;
}

function grouped(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function someCount(random: Random): { value: number; text: string } {
  const value = random.next() < 0.5 ? 10 + random.int(990) : 1000 + 100 * random.int(90);
  return { value, text: grouped(value) };
}

function someMoney(random: Random): { amount: number; text: string } {
  if (random.next() < 0.3) {
    const amount = 1000 * (50 + random.int(900));
    return { amount, text: `$${grouped(amount)}` };
  }
  const millions = 1 + random.int(400);
  return { amount: millions * 1e6, text: `$${millions} million` };
}

// ---------------------------------------------------------------------------
// Facts

type Answer =
  | { type: "person" | "organization" | "country" | "place" | "text"; value: string; aliases: string[] }
  | { type: "number"; value: string; number: number; unit: string }
  | { type: "money"; value: string; amount: number; currency: string }
  | { type: "date"; value: string; date: string }
  | { type: "list"; items: string[] };

/** A fact before it is written to its file: a parsed fact's fields, with its answer as the YAML gives it, its main topic and a disagreement's sides. */
type FactDraft = Pick<Fact, "statement" | "kind" | "claimant" | "speaker" | "quote" | "holder" | "question" | "timeline" | "evidence"> & {
  answer: Answer;
  topic: Topic;
  conflict?: { about: string; question: string; sides: { label: string; evidence: Evidence[] }[] };
};

type Placed = { sentence: string; articles: ArticleDraft[] };

/** Writes a sentence into one article, and into a second one now and then (a wire story reprinted). */
function place(world: World, sentence: string, articles: ArticleDraft[], reprint: number): Placed {
  const chosen = [pick(articles, world.random)];
  if (world.random.next() < reprint) {
    const other = pick(articles, world.random);
    if (other !== chosen[0]) chosen.push(other);
  }
  for (const article of chosen) article.sentences.push(sentence);
  return { sentence, articles: chosen };
}

/** Evidence for a placed sentence: the whole sentence, or the words from `from` on. */
function evidenceOf(placed: Placed, from?: string): Evidence[] {
  const start = from === undefined ? -1 : placed.sentence.indexOf(from);
  const quote = start > 0 ? placed.sentence.slice(start) : placed.sentence;
  return placed.articles.map((article) => ({ article: article.slug, quote }));
}

const personAnswer = (person: Person): Answer => ({ type: "person", value: person.name, aliases: [person.surname] });
const entityAnswer = (type: "organization" | "country" | "place", entity: Entity): Answer => ({ type, value: entity.name, aliases: [] });

function deploymentFacts(world: World, news: ArticleDraft[]): FactDraft[] {
  const { random } = world;
  const person = pick(world.people, random);
  const [country, other] = shuffle(world.countries, random) as [Country, Country];
  const town = pick(world.places, random);
  const unit = pick(UNITS, random);
  const count = someCount(random);
  const day = someDay(random);
  const when = onDay(day);
  const placed = place(world, `${capitalize(when)}, ${person.name} said in ${town.name} that ${country.name} would send ${count.text} ${unit} to ${other.name}.`, news, 0.2);
  const evidence = evidenceOf(placed, random.next() < 0.6 ? `${country.name} would send` : undefined);
  const facts: FactDraft[] = [
    {
      statement: `${person.name} said ${when} that ${country.name} would send ${count.text} ${unit} to ${other.name}.`,
      kind: "fact",
      question: `Who said ${when} that ${country.name} would send ${unit} to ${other.name}?`,
      answer: personAnswer(person),
      topic: "people",
      evidence,
    },
    {
      statement: `${country.name} would send ${count.text} ${unit} to ${other.name}, ${person.name} said ${when}.`,
      kind: "fact",
      question: `How many ${unit} did ${person.name} say ${when} that ${country.name} would send to ${other.name}?`,
      answer: { type: "number", value: count.text, number: count.value, unit },
      topic: "kenya-deployments",
      evidence,
    },
    {
      statement: `${capitalize(when)}, ${person.name} said that ${country.name} would send ${unit} to ${other.name}.`,
      kind: "fact",
      question: `When did ${person.name} say that ${country.name} would send ${count.text} ${unit} to ${other.name}?`,
      answer: { type: "date", value: day.text, date: day.iso },
      topic: "timeline",
      evidence,
      ...(random.next() < 0.5 ? { timeline: { date: day.iso, event: `${person.name} says ${country.name} will send ${unit} to ${other.name}` } } : {}),
    },
    {
      statement: `${person.name} said that ${country.name} would send ${count.text} ${unit} to ${other.name}.`,
      kind: "fact",
      question: `Which two countries did the ${unit} deployment that ${person.name} announced ${when} involve?`,
      answer: { type: "list", items: [country.name, other.name] },
      topic: "haiti-mission",
      evidence,
    },
    {
      statement: `${person.name} was in ${town.name} when announcing that ${country.name} would send ${count.text} ${unit} to ${other.name}.`,
      kind: "fact",
      question: `Where was ${person.name} when announcing ${when} that ${country.name} would send ${unit} to ${other.name}?`,
      answer: entityAnswer("place", town),
      topic: "haiti-mission",
      evidence: evidenceOf(placed),
    },
    {
      statement: `${other.name} would receive ${count.text} ${unit} from ${country.name}, ${person.name} said ${when}.`,
      kind: "fact",
      question: `To which country would ${country.name} send ${count.text} ${unit}, as ${person.name} said ${when}?`,
      answer: entityAnswer("country", other),
      topic: "agreement",
      evidence,
    },
  ];
  return shuffle(facts, random).slice(0, 3 + random.int(3));
}

function fundingFacts(world: World, news: ArticleDraft[]): FactDraft[] {
  const { random } = world;
  const org = pick(world.organizations, random);
  const town = pick(world.places, random);
  const program = pick(PROGRAMS, random);
  const money = someMoney(random);
  const day = someDay(random);
  const when = onDay(day);
  const placed = place(world, `A spokesperson said ${when} that ${org.name} will provide ${money.text} for ${program} in ${town.name}.`, news, 0.2);
  const evidence = evidenceOf(placed, random.next() < 0.6 ? org.name : undefined);
  const facts: FactDraft[] = [
    {
      statement: `${org.name} will provide ${money.text} for ${program} in ${town.name}.`,
      kind: "fact",
      question: `How much will ${org.name} provide for ${program} in ${town.name}?`,
      answer: { type: "money", value: money.text, amount: money.amount, currency: "USD" },
      topic: "money",
      evidence,
    },
    {
      statement: `${org.name} will provide ${money.text} for ${program} in ${town.name}.`,
      kind: "fact",
      question: `Which organization will provide ${money.text} for ${program} in ${town.name}?`,
      answer: entityAnswer("organization", org),
      topic: "organizations",
      evidence,
    },
    {
      statement: `${org.name} will fund ${program} in ${town.name} with ${money.text}.`,
      kind: "fact",
      question: `What will the ${money.text} from ${org.name} pay for in ${town.name}?`,
      answer: { type: "text", value: program, aliases: [] },
      topic: "money",
      evidence,
    },
    {
      statement: `${org.name} will spend ${money.text} on ${program} in ${town.name}.`,
      kind: "fact",
      question: `Where will ${org.name} spend ${money.text} on ${program}?`,
      answer: entityAnswer("place", town),
      topic: "agreement",
      evidence,
    },
  ];
  return shuffle(facts, random).slice(0, 2 + random.int(3));
}

function quoteFacts(world: World, news: ArticleDraft[]): FactDraft[] {
  const { random } = world;
  const person = pick(world.people, random);
  const town = pick(world.places, random);
  const words = `We will ${pick(QUOTE_VERBS, random)} the people of ${town.name} ${pick(QUOTE_ENDINGS, random)}`;
  const day = someDay(random);
  const when = onDay(day);
  const placed = place(world, `“${words},” ${person.name} said ${when}.`, news, 0.2);
  const evidence = evidenceOf(placed);
  const facts: FactDraft[] = [
    {
      statement: `${person.name} said: “${words}”.`,
      kind: "quote",
      speaker: person.name,
      quote: words,
      question: `Who said: “${words}”?`,
      answer: personAnswer(person),
      topic: "quotes",
      evidence,
    },
  ];
  if (random.next() < 0.5) {
    facts.push({
      statement: `${person.name} said “${words}” ${when}.`,
      kind: "quote",
      speaker: person.name,
      quote: words,
      question: `When did ${person.name} say “${words}”?`,
      answer: { type: "date", value: day.text, date: day.iso },
      topic: "timeline",
      evidence,
      ...(random.next() < 0.5 ? { timeline: { date: day.iso, event: `${person.name} vows to ${pick(QUOTE_VERBS, random)} ${town.name}` } } : {}),
    });
  }
  return facts;
}

function claimFacts(world: World, news: ArticleDraft[]): FactDraft[] {
  const { random } = world;
  const org = pick(world.organizations, random);
  const country = pick(world.countries, random);
  const town = pick(world.places, random);
  const unit = pick(UNITS, random);
  const count = someCount(random);
  const placed = place(world, `${org.name} says that ${country.name} has already deployed ${count.text} ${unit} near ${town.name}.`, news, 0.2);
  const evidence = evidenceOf(placed, random.next() < 0.5 ? country.name : undefined);
  const statement = `According to ${org.name}, ${country.name} has already deployed ${count.text} ${unit} near ${town.name}.`;
  const facts: FactDraft[] = [
    {
      statement,
      kind: "claim",
      claimant: org.name,
      question: `According to ${org.name}, how many ${unit} has ${country.name} deployed near ${town.name}?`,
      answer: { type: "number", value: count.text, number: count.value, unit },
      topic: "objections",
      evidence,
    },
    {
      statement,
      kind: "claim",
      claimant: org.name,
      question: `According to ${org.name}, near which town has ${country.name} deployed ${count.text} ${unit}?`,
      answer: entityAnswer("place", town),
      topic: "haiti-crisis",
      evidence,
    },
  ];
  return shuffle(facts, random).slice(0, 1 + random.int(2));
}

function opinionFacts(world: World, opinions: ArticleDraft[]): FactDraft[] {
  const { random } = world;
  const person = pick(world.people, random);
  const country = pick(world.countries, random);
  const view =
    random.next() < 0.5 ? `the mission to ${country.name} is ${pick(VIEW_ADJECTIVES, random)}` : `${country.name} should ${pick(POLICIES, random)}`;
  const placed = place(world, `${person.name} argues that ${view}.`, opinions, 0);
  return [
    {
      statement: `${person.name} argues that ${view}.`,
      kind: "opinion",
      holder: person.name,
      question: `Who argues that ${view}?`,
      answer: personAnswer(person),
      topic: "objections",
      evidence: evidenceOf(placed),
    },
  ];
}

/** Two articles that give different numbers for one deployment: a fact about the disagreement. */
function conflictFacts(world: World, news: ArticleDraft[]): FactDraft[] {
  const { random } = world;
  const [country, other] = shuffle(world.countries, random) as [Country, Country];
  const unit = pick(UNITS, random);
  const first = someCount(random);
  const second = { value: first.value * 2, text: grouped(first.value * 2) };
  const [one, two] = shuffle(news, random) as [ArticleDraft, ArticleDraft];
  const sayOne = `${country.name} will send ${first.text} ${unit} to ${other.name}, officials said.`;
  const sayTwo = `${country.name} is preparing to send as many as ${second.text} ${unit} to ${other.name}.`;
  one.sentences.push(sayOne);
  two.sentences.push(sayTwo);
  const evidenceOne = { article: one.slug, quote: sayOne };
  const evidenceTwo = { article: two.slug, quote: sayTwo };
  return [
    {
      statement: `The articles agree that ${country.name} will send ${unit} to ${other.name} but differ on how many: ${first.text} or ${second.text}.`,
      kind: "fact",
      question: `Which country's deployment of ${unit} to ${other.name} do the articles count differently?`,
      answer: entityAnswer("country", country),
      topic: "haiti-crisis",
      evidence: [evidenceOne, evidenceTwo],
      conflict: {
        about: `how many ${unit} ${country.name} will send to ${other.name}`,
        question: `How many ${unit} does {source} say ${country.name} will send to ${other.name}?`,
        sides: [
          { label: first.text, evidence: [evidenceOne] },
          { label: second.text, evidence: [evidenceTwo] },
        ],
      },
    },
  ];
}

// ---------------------------------------------------------------------------
// YAML and Markdown

function quoted(text: string): string {
  return text.includes('"') && !text.includes("'") ? `'${text}'` : JSON.stringify(text);
}

/** A name plain in a flow list when that reads as a string, else quoted. */
function flowItem(text: string): string {
  return /^[\p{Lu}][\p{L}'’ -]*$/u.test(text) && !/^(?:null|true|false)$/i.test(text) ? text : quoted(text);
}

function flowList(items: string[]): string {
  return `[${items.map(flowItem).join(", ")}]`;
}

function evidenceYaml(evidence: Evidence[], indent: string): string[] {
  return evidence.flatMap((entry) => [`${indent}- article: ${entry.article}`, `${indent}  quote: ${quoted(entry.quote)}`]);
}

function answerYaml(answer: Answer): string[] {
  const lines = [`    type: ${answer.type}`];
  switch (answer.type) {
    case "list":
      lines.push(`    items: ${flowList(answer.items)}`);
      break;
    case "number":
      lines.push(`    value: ${quoted(answer.value)}`, `    number: ${answer.number}`, `    unit: ${answer.unit}`);
      break;
    case "money":
      lines.push(`    value: ${quoted(answer.value)}`, `    amount: ${answer.amount}`, `    currency: ${answer.currency}`);
      break;
    case "date":
      lines.push(`    value: ${quoted(answer.value)}`, `    date: ${answer.date}`);
      break;
    default:
      lines.push(`    value: ${quoted(answer.value)}`);
      if (answer.aliases.length > 0) lines.push(`    aliases: ${flowList(answer.aliases)}`);
  }
  return lines;
}

function factYaml(id: string, fact: FactDraft, topics: string[], difficulty: number): string {
  const lines = [`- id: ${id}`, `  statement: ${quoted(fact.statement)}`, `  kind: ${fact.kind}`];
  if (fact.claimant) lines.push(`  claimant: ${quoted(fact.claimant)}`);
  if (fact.speaker) lines.push(`  speaker: ${quoted(fact.speaker)}`);
  if (fact.quote) lines.push(`  quote: ${quoted(fact.quote)}`);
  if (fact.holder) lines.push(`  holder: ${quoted(fact.holder)}`);
  lines.push(`  question: ${quoted(fact.question)}`, "  answer:", ...answerYaml(fact.answer));
  lines.push(`  topics: [${topics.join(", ")}]`, `  difficulty: ${difficulty}`);
  if (fact.timeline) lines.push("  timeline:", `    date: ${fact.timeline.date}`, `    event: ${quoted(fact.timeline.event)}`);
  lines.push("  evidence:", ...evidenceYaml(fact.evidence, "    "));
  if (fact.conflict) {
    lines.push("  conflict:", "    kind: disagreement", `    about: ${quoted(fact.conflict.about)}`, `    question: ${quoted(fact.conflict.question)}`, "    sides:");
    for (const side of fact.conflict.sides) lines.push(`      - label: ${quoted(side.label)}`, "        evidence:", ...evidenceYaml(side.evidence, "          "));
  }
  return `${lines.join("\n")}\n`;
}

/** An entity as entities.yaml lists it: of the story when an article names it, its aliases those an article uses. */
function entityYaml(entity: Entity, fields: Record<string, string>, story: string): string {
  const named = (name: string) => story.includes(` ${asWords(name)} `);
  const inStory = named(entity.name) || entity.aliases.some(named);
  const aliases = inStory ? entity.aliases.filter(named) : [];
  const lines = [`  - name: ${entity.name}`, `    aliases: ${flowList(aliases)}`];
  for (const [key, value] of Object.entries(fields)) lines.push(`    ${key}: ${value}`);
  if (!inStory) lines.push("    in_story: false");
  return lines.join("\n");
}

function entitiesYaml(world: World, story: string): string {
  const section = (title: string, lines: string[]) => `${title}:\n${lines.join("\n")}\n`;
  return [
    "# Synthetic entities for benchmarks: invented people, organizations, countries and places.\n",
    section("people", world.people.map((person) => entityYaml(person, { title: person.title, country: person.country, side: "official" }, story))),
    section(
      "organizations",
      world.organizations.map((organization) => entityYaml(organization, { type: organization.type, description: organization.description }, story)),
    ),
    section("countries", world.countries.map((country) => entityYaml(country, { region: country.region }, story))),
    section("places", world.places.map((place) => entityYaml(place, { type: "city", country: place.country }, story))),
  ].join("\n");
}

/** A text as the checker looks for names in it: lower case, no accents, words separated by single spaces. */
function asWords(text: string): string {
  return nameKey(text).replace(/['’]s\b/g, "").replace(/[’']/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** Names and words of every article, padded with spaces. */
function storyWords(texts: string[]): string {
  return ` ${texts.map(asWords).join(" | ")} `;
}

/** The article file and its raw source (headline, outlet, byline and body, as received). */
function articleFiles(world: World, article: ArticleDraft, minLength: number): { markdown: string; source: string; body: string } {
  const { random } = world;
  const sentences = shuffle(article.sentences, random);
  const filler = () =>
    fill(pick(FILLERS, random), { place: pick(world.places, random).name, org: pick(world.organizations, random).name, country: pick(world.countries, random).name });
  let length = sentences.reduce((sum, sentence) => sum + sentence.length + 1, 0);
  while (length < minLength) {
    const sentence = filler();
    sentences.splice(random.int(sentences.length + 1), 0, sentence);
    length += sentence.length + 1;
  }
  const paragraphs: string[] = [];
  for (let start = 0; start < sentences.length; ) {
    const size = 2 + random.int(4);
    paragraphs.push(sentences.slice(start, start + size).join(" "));
    start += size;
  }
  const body = `${paragraphs.join("\n\n")}\n`;
  const frontMatter = [
    `title: ${quoted(article.title)}`,
    `outlet: ${article.outlet === null ? "null" : quoted(article.outlet)}`,
    ...(article.outlet === null ? [`cited_as: ${quoted(`the wire report “${article.title}”`)}`] : []),
    `author: ${article.author === null ? "null" : quoted(article.author)}`,
    `published: ${article.published}`,
    `kind: ${article.kind}`,
    `source_file: ${article.slug}.txt`,
    `hash: ${sha256Hex(body)}`,
  ];
  const source = [article.title, article.outlet ?? "", article.author ? `By ${article.author}` : "", body].join("\n\n");
  return { markdown: `---\n${frontMatter.join("\n")}\n---\n${body}`, source, body };
}

// ---------------------------------------------------------------------------
// Everything

const EVENT_KINDS: { weight: number; make: (world: World, news: ArticleDraft[], opinions: ArticleDraft[]) => FactDraft[] }[] = [
  { weight: 34, make: (world, news) => deploymentFacts(world, news) },
  { weight: 20, make: (world, news) => fundingFacts(world, news) },
  { weight: 18, make: (world, news) => quoteFacts(world, news) },
  { weight: 12, make: (world, news) => claimFacts(world, news) },
  { weight: 12, make: (world, _news, opinions) => opinionFacts(world, opinions) },
  { weight: 4, make: (world, news) => conflictFacts(world, news) },
];

function pickWeighted<T extends { weight: number }>(items: T[], random: Random): T {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  let roll = random.next() * total;
  for (const item of items) {
    roll -= item.weight;
    if (roll < 0) return item;
  }
  return items[items.length - 1] as T;
}

/**
 * The files of a synthetic content directory, sorted by path: `articles`
 * articles of about 10 KB with their sources, entities.yaml with 570
 * entities, topics.yaml, and `facts`
 * facts in ten fact files, one per topic, each fact in the file of its
 * main topic.
 */
export function syntheticContent(options: SyntheticOptions = {}): ContentFile[] {
  const { seed = "synthetic", facts: factCount = 10_000, articles: articleCount = 50, contentDir = "content" } = options;
  const random = createRandom(seed);
  const world = buildWorld(random);
  const articles = buildArticles(world, articleCount);
  const opinions = articles.filter((article) => article.kind === "opinion");
  const news = articles.filter((article) => article.kind !== "opinion");
  if (opinions.length === 0 || news.length < 2) throw new Error("syntheticContent needs at least 2 news articles and 1 opinion article");

  const drafts: FactDraft[] = [];
  while (drafts.length < factCount) drafts.push(...pickWeighted(EVENT_KINDS, random).make(world, news, opinions));
  drafts.length = factCount;

  const files: ContentFile[] = [];
  const byFile = new Map<Topic, string[]>(FILE_TOPICS.map((topic) => [topic, []]));
  drafts.forEach((fact, index) => {
    // A second tag now and then, as curated facts often have.
    const topics = [...new Set([fact.topic, ...(random.next() < 0.3 ? [pick(FILE_TOPICS, random)] : [])])];
    byFile.get(fact.topic)?.push(factYaml(`${fact.topic}-${index + 1}-${fact.answer.type}`, fact, topics, 1 + random.int(3)));
  });
  for (const [topic, facts] of byFile) {
    files.push({ path: `${contentDir}/facts/${topic}.yaml`, text: `# Synthetic ${topic} facts for benchmarks.\n\n${facts.join("\n")}` });
  }
  const texts: string[] = [];
  for (const article of articles) {
    const { markdown, source, body } = articleFiles(world, article, 9_000);
    files.push({ path: `${contentDir}/articles/${article.slug}.md`, text: markdown }, { path: `${contentDir}/sources/${article.slug}.txt`, text: source });
    texts.push(body, article.title, article.outlet ?? "", article.author ?? "");
  }
  files.push({ path: `${contentDir}/entities.yaml`, text: entitiesYaml(world, storyWords(texts)) });
  files.push({
    path: `${contentDir}/topics.yaml`,
    text: `# Synthetic topics for benchmarks.\n\n${FILE_TOPICS.map((topic) => `- slug: ${topic}\n  title: ${quoted(`Synthetic ${topic.replace(/-/g, " ")}`)}`).join("\n")}\n`,
  });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
