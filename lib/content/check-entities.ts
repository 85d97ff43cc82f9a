// entities.yaml: people, organizations, countries and places, their names
// and aliases, and whether the articles name them.
import { isMap } from "yaml";
import { checkEvidence, type ArticleText } from "./check-article";
import { entitiesSchema, type EntitiesData } from "./schema";
import { nameKey, wordsKey } from "./text-keys";
import { allEntities, ENTITY_GROUPS, type ContentProblem, type Entities, type Entity, type EntityGroup } from "./types";
import { lineOfPath, parseYaml, schemaProblems, type Path } from "./yaml-lines";

type EntitiesResult = { entities: Entities | null; problems: ContentProblem[] };

/**
 * entities.yaml, always read on the precise path (one file, and every rule
 * below wants the line of its node): shapes, unique names and aliases,
 * countries that are entities, evidence quoted verbatim, and `in_story`
 * true to the articles (an entity of the story is named in one of them,
 * each of its aliases too; one kept only as a wrong option is named in none).
 */
export function checkEntities(file: string, text: string, articles: Map<string, ArticleText>): EntitiesResult {
  const parsed = parseYaml(file, text, 0);
  if (!parsed.ok) return { entities: null, problems: [parsed.problem] };
  const { doc, source, value: raw } = parsed;
  if (!isMap(doc.contents)) {
    return { entities: null, problems: [{ file, line: 1, message: "entities file must be a mapping of people, organizations, countries and places" }] };
  }
  const result = entitiesSchema.safeParse(raw);
  if (!result.success) return { entities: null, problems: schemaProblems(result.error, raw, doc.contents, source, 1) };
  const lineOf = (path: Path, fallback = 1) => lineOfPath(source, doc.contents, path, fallback);
  const data = result.data;
  const problems = entityNameProblems(file, data, lineOf);
  const report = (path: Path, message: string) => problems.push({ file, line: lineOf(path), message });

  const countries = new Set(data.countries.map((country) => country.name));
  const checkCountry = (group: EntityGroup, index: number, country: string | undefined) => {
    if (country !== undefined && !countries.has(country)) report([group, index, "country"], `country "${country}" is not a name under countries`);
  };
  data.people.forEach((person, index) => checkCountry("people", index, person.country));
  data.organizations.forEach((organization, index) => checkCountry("organizations", index, organization.country));
  data.places.forEach((place, index) => checkCountry("places", index, place.country));

  const story = storyText(articles);
  for (const { group } of ENTITY_GROUPS) {
    data[group].forEach((entity, index) => {
      const evidence = "evidence" in entity ? entity.evidence : [];
      checkEvidence(evidence, [group, index, "evidence"], articles, report);
      if (story === null) return;
      if (!entity.in_story) {
        if (evidence.length > 0) report([group, index, "evidence"], `${entity.name} is not in the story (in_story: false) but has evidence`);
        const named = [entity.name, ...entity.aliases].find((name) => story.includes(wordsKey(name)));
        if (named !== undefined) report([group, index, "in_story"], `${entity.name} is marked in_story: false, but an article names "${named}"`);
        return;
      }
      if (![entity.name, ...entity.aliases].some((name) => story.includes(wordsKey(name)))) {
        report([group, index, "name"], `no article names ${entity.name}: mark it in_story: false if it is kept as a wrong option`);
        return;
      }
      entity.aliases.forEach((alias, aliasIndex) => {
        if (!story.includes(wordsKey(alias))) report([group, index, "aliases", aliasIndex], `no article spells ${entity.name} "${alias}"`);
      });
    });
  }
  return { entities: toEntities(data, lineOf), problems };
}

/** Every article body as words, padded with spaces; null when an article has no readable body (its problem is reported already). */
function storyText(articles: Map<string, ArticleText>): string | null {
  const bodies: string[] = [];
  for (const article of articles.values()) {
    if (article.normalizedBody === null) return null;
    bodies.push(wordsKey(article.normalizedBody), ...article.names.map(wordsKey));
  }
  return bodies.join(" | ");
}

function toEntities(data: EntitiesData, lineOf: (path: Path) => number): Entities {
  const base = (group: EntityGroup, index: number, entity: { name: string; aliases: string[]; takes_the: boolean; in_story: boolean }) => ({
    name: entity.name,
    aliases: entity.aliases,
    takesThe: entity.takes_the,
    inStory: entity.in_story,
    line: lineOf([group, index, "name"]),
  });
  return {
    people: data.people.map((person, index) => ({
      ...base("people", index, person),
      kind: "person" as const,
      title: person.title,
      country: person.country ?? null,
      side: person.side,
      status: person.status,
      evidence: person.evidence,
    })),
    organizations: data.organizations.map((organization, index) => ({
      ...base("organizations", index, organization),
      kind: "organization" as const,
      type: organization.type,
      country: organization.country ?? null,
      side: organization.side ?? null,
      description: organization.description ?? null,
      evidence: organization.evidence,
    })),
    countries: data.countries.map((country, index) => ({ ...base("countries", index, country), kind: "country" as const, region: country.region })),
    places: data.places.map((place, index) => ({ ...base("places", index, place), kind: "place" as const, type: place.type, country: place.country ?? null })),
  };
}

/** Names and aliases used twice: every name and alias belongs to one entity. */
function entityNameProblems(file: string, entities: EntitiesData, lineOf: (path: Path, fallback: number) => number): ContentProblem[] {
  const problems: ContentProblem[] = [];
  // Key -> owner and where it was first seen.
  const owners = new Map<string, { entity: { name: string }; isName: boolean; line: number }>();
  for (const { group: category } of ENTITY_GROUPS) {
    entities[category].forEach((entity: { name: string; aliases: string[] }, index: number) => {
      const nameLine = lineOf([category, index, "name"], 1);
      const first = owners.get(nameKey(entity.name));
      if (first) {
        const message = first.isName
          ? `duplicate entity name "${entity.name}" (first at line ${first.line})`
          : `entity name "${entity.name}" is already an alias of ${first.entity.name} (line ${first.line})`;
        problems.push({ file, line: nameLine, message });
      } else {
        owners.set(nameKey(entity.name), { entity, isName: true, line: nameLine });
      }
      entity.aliases.forEach((alias, aliasIndex) => {
        const line = lineOf([category, index, "aliases", aliasIndex], nameLine);
        const owner = owners.get(nameKey(alias));
        if (!owner) owners.set(nameKey(alias), { entity, isName: false, line });
        else if (owner.entity === entity) problems.push({ file, line, message: `duplicate alias "${alias}" of ${entity.name}` });
        else {
          const message = `alias "${alias}" of ${entity.name} is already used by ${owner.entity.name} (line ${owner.line})`;
          problems.push({ file, line, message });
        }
      });
    });
  }
  return problems;
}

/** Each name and alias (as a name key) and the entity it stands for; the first entity keeps a name used twice (a problem already). */
export function entitiesByName(entities: Entities | null): Map<string, Entity> {
  const entityByName = new Map<string, Entity>();
  for (const entity of entities ? allEntities(entities) : []) {
    for (const name of [entity.name, ...entity.aliases]) if (!entityByName.has(nameKey(name))) entityByName.set(nameKey(name), entity);
  }
  return entityByName;
}
