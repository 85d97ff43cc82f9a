// Test helpers: the shipped content of content/ as a ContentBank, a large
// synthetic bank, and builders of small in-memory banks, so that each test
// of the generator and the quality gate says what it needs.
import path from "node:path";
import { parseContent, type ContentFile } from "@/lib/content/parse";
import type {
  Answer,
  Article,
  ContentBank,
  Country,
  Entities,
  Evidence,
  Fact,
  Organization,
  OrganizationType,
  Person,
  Place,
  PlaceType,
  Region,
  Side,
  Topic,
} from "@/lib/content/types";
import { syntheticContent } from "@/scripts/bench/synthetic-content";
import { readContentFiles } from "@/server/content/read-content-files";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** The files of content/ as they are in the working tree. */
export function loadContentFiles(root = ROOT): ContentFile[] {
  return readContentFiles(root);
}

/** The bank of content/ as it is in the working tree (its problems are the content checker's business). */
export function loadContentBank(root = ROOT): ContentBank {
  return parseContent(loadContentFiles(root)).bank;
}

/**
 * A whole valid synthetic corpus (scripts/bench/synthetic-content.ts) of
 * `facts` facts, parsed: invented names, every quote verbatim. Throws when
 * the checker finds a problem in it, so a test never measures broken content.
 */
export function syntheticContentBank(options: { facts: number; seed?: string }): { bank: ContentBank; files: ContentFile[] } {
  const files = syntheticContent({ seed: options.seed ?? "test", facts: options.facts });
  const { bank, problems } = parseContent(files);
  if (problems.length > 0) throw new Error(`the synthetic corpus has ${problems.length} problems, the first: ${problems[0]?.message}`);
  return { bank, files };
}

// ---------------------------------------------------------------------------
// Builders of small in-memory banks

/** The slug of the article `testArticle()` makes by default and every `testFact()` cites by default. */
export const TEST_ARTICLE = "report";
/** The file `testFact()` says a fact was read from. */
export const TEST_FACTS_FILE = "content/facts/test.yaml";

export function testArticle(overrides: Partial<Article> = {}): Article {
  return {
    slug: TEST_ARTICLE,
    title: "Kenya and the US sign a defense pact",
    titleIsSupplied: false,
    outlet: "Daily Nation",
    author: null,
    citedAs: overrides.outlet ?? "Daily Nation",
    republishedFrom: null,
    published: "2023-09-26",
    kind: "news-report",
    sourceFile: "000.txt",
    hash: "0".repeat(64),
    body: "",
    ...overrides,
  };
}

const entityBase = { aliases: [] as string[], takesThe: false, inStory: true, line: 1 };

export function testPerson(name: string, overrides: Partial<Person> = {}): Person {
  return { ...entityBase, kind: "person", name, title: "", country: null, side: "official", status: "living", evidence: [], ...overrides };
}

/** An official of `country`. */
export function official(name: string, country: string, overrides: Partial<Person> = {}): Person {
  return testPerson(name, { country, side: "official", ...overrides });
}

/** A person of `side` (critic, researcher, journalist). */
export function voice(name: string, side: Side, overrides: Partial<Person> = {}): Person {
  return testPerson(name, { side, ...overrides });
}

export function testOrganization(name: string, type: OrganizationType, overrides: Partial<Organization> = {}): Organization {
  return { ...entityBase, kind: "organization", name, type, country: null, side: null, description: null, evidence: [], ...overrides };
}

export function testCountry(name: string, region: Region, overrides: Partial<Country> = {}): Country {
  return { ...entityBase, kind: "country", name, region, ...overrides };
}

export function testPlace(name: string, type: PlaceType, country: string | null, overrides: Partial<Place> = {}): Place {
  return { ...entityBase, kind: "place", name, type, country, ...overrides };
}

export type FactSpec = Partial<Fact> & Pick<Fact, "statement" | "question" | "answer">;

/** A fact with the defaults of a plain fact; its evidence is its statement, quoted from TEST_ARTICLE, unless given. */
export function testFact(id: string, spec: FactSpec): Fact {
  return {
    id,
    kind: "fact",
    distractors: [],
    falseVariants: [],
    accepted: null,
    formats: null,
    asOf: null,
    topics: ["agreement"],
    difficulty: 2,
    evidence: [{ article: TEST_ARTICLE, quote: spec.statement }],
    source: { file: TEST_FACTS_FILE, line: 1 },
    ...spec,
  };
}

/** A quote fact: `speaker`'s words `quote`, with the defaults of testFact(). */
export function testQuote(id: string, speaker: string, quote: string, spec: FactSpec): Fact {
  return testFact(id, { kind: "quote", speaker, quote, ...spec });
}

/** Evidence from `article`. */
export function quoted(quote: string, article = TEST_ARTICLE): Evidence {
  return { article, quote };
}

export const answers = {
  person: (value: string, aliases: string[] = []): Answer => ({ type: "person", value, aliases }),
  organization: (value: string, aliases: string[] = []): Answer => ({ type: "organization", value, aliases }),
  country: (value: string, aliases: string[] = []): Answer => ({ type: "country", value, aliases }),
  place: (value: string, aliases: string[] = []): Answer => ({ type: "place", value, aliases }),
  text: (value: string, aliases: string[] = []): Answer => ({ type: "text", value, aliases }),
  number: (value: string, number: number, unit: string, aliases: string[] = []): Answer => ({ type: "number", value, number, unit, aliases }),
  money: (value: string, amount: number, currency = "USD", aliases: string[] = []): Answer => ({ type: "money", value, amount, currency, aliases }),
  date: (value: string, date: string, aliases: string[] = []): Answer => ({ type: "date", value, date, aliases }),
  list: (items: string[]): Answer => ({ type: "list", items, aliases: [] }),
};

export const TEST_TOPICS: Topic[] = [
  { slug: "agreement", title: "The US-Kenya defense agreement" },
  { slug: "haiti-mission", title: "The Kenyan-led mission to Haiti" },
];

/** A bank of the given parts: one article (TEST_ARTICLE), TEST_TOPICS, no review and no entities unless given. */
export function testBank(parts: Partial<Omit<ContentBank, "entities">> & Partial<Entities> = {}): ContentBank {
  return {
    articles: parts.articles ?? [testArticle()],
    topics: parts.topics ?? TEST_TOPICS,
    facts: parts.facts ?? [],
    matching: parts.matching ?? [],
    reviews: parts.reviews ?? [],
    entities: { people: parts.people ?? [], organizations: parts.organizations ?? [], countries: parts.countries ?? [], places: parts.places ?? [] },
  };
}

/**
 * A small cast of the story with enough entities of each fine type for three
 * wrong options: US and Kenyan officials, critics, Kenyan cities, Caribbean
 * and African countries, and a critic NGO.
 */
export function storyCast(): Entities {
  return {
    people: [
      official("Lloyd Austin", "United States", { aliases: ["Austin"] }),
      official("Antony Blinken", "United States"),
      official("Joe Biden", "United States"),
      official("Kamala Harris", "United States", { inStory: false }),
      official("William Ruto", "Kenya", { aliases: ["Ruto"] }),
      official("Aden Duale", "Kenya", { aliases: ["Duale"] }),
      official("Alfred Mutua", "Kenya"),
      official("Kithure Kindiki", "Kenya"),
      voice("Irũngũ Houghton", "critic", { country: "Kenya" }),
      voice("Wanjiru Njoroge", "critic"),
      voice("Otieno Kamau", "critic"),
      voice("Caleb Wafula", "researcher"),
    ],
    organizations: [
      testOrganization("Amnesty International Kenya", "ngo", { side: "critic", country: "Kenya" }),
      testOrganization("Kenya Human Rights Commission", "ngo", { side: "critic", country: "Kenya" }),
      testOrganization("Law Society of Kenya", "ngo", { side: "critic", country: "Kenya" }),
      testOrganization("Haki Africa", "ngo", { side: "critic", country: "Kenya" }),
    ],
    countries: [
      testCountry("Kenya", "africa"),
      testCountry("Rwanda", "africa"),
      testCountry("Burundi", "africa"),
      testCountry("Haiti", "caribbean"),
      testCountry("Jamaica", "caribbean"),
      testCountry("Bahamas", "caribbean", { takesThe: true }),
      testCountry("Antigua and Barbuda", "caribbean"),
      testCountry("Belize", "central-america"),
      testCountry("United States", "north-america", { takesThe: true, aliases: ["US"] }),
    ],
    places: [
      testPlace("Nairobi", "city", "Kenya"),
      testPlace("Mombasa", "city", "Kenya"),
      testPlace("Kisumu", "city", "Kenya"),
      testPlace("Eldoret", "city", "Kenya"),
      testPlace("Port-au-Prince", "city", "Haiti"),
      testPlace("East Africa", "region", null),
    ],
  };
}

/** A bank of `facts` over storyCast() (and the other parts given). */
export function storyBank(facts: Fact[], parts: Partial<Omit<ContentBank, "entities" | "facts">> = {}): ContentBank {
  return testBank({ ...storyCast(), ...parts, facts });
}
