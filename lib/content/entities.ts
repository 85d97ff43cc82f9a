// What kind of thing an entity is, finer than its group, shared by the
// content checker and the item generator: a wrong option must be of the
// answer's own kind.
import type { Entity } from "./types";

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

