// What kind of thing an entity is, finer than its group, shared by the
// content checker and the item generator: a wrong option must be of the
// answer's own kind. And the group of entities.yaml of each entity type.
import { ENTITY_GROUPS, type AnswerType, type Entity, type EntityGroup } from "./types";

/** What kind of thing an entity is, finer than its group: "a city", "an NGO", "an official". */
export function entityKindLabel(entity: Entity): string {
  switch (entity.kind) {
    case "person":
      return `a person (${entity.side})`;
    case "organization":
      return `an organization (${entity.type})`;
    case "country":
      return "a country";
    case "place":
      return `a place (${entity.type})`;
  }
}

/** Whether two entities are of the same fine type: group, place or organization type, a person's side. */
export function isSameEntityKind(a: Entity, b: Entity): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "person" && b.kind === "person") return a.side === b.side;
  if (a.kind === "organization" && b.kind === "organization") return a.type === b.type;
  if (a.kind === "place" && b.kind === "place") return a.type === b.type;
  return true;
}

const GROUP_OF_TYPE = new Map<AnswerType, EntityGroup>(ENTITY_GROUPS.map(({ group, type }) => [type, group]));

/** The group of entities.yaml that lists entities of a type ("person": people); undefined for an answer type that names no entity. */
export function entityGroupOf(type: AnswerType): EntityGroup | undefined {
  return GROUP_OF_TYPE.get(type);
}
