import "server-only";
import type { Prisma } from "@/generated/prisma/sqlite/client";
import type { CardJson } from "@/lib/srs/card";
import type { QuizResponse } from "@/lib/quiz/response";
import type { Item } from "@/lib/quiz/types";

// The trust boundary of the Json columns: what the app wrote there, read back
// with its type. Every read of a Json column goes through one of these.

/** Item.payload: the item as the generator made it (server/content/sync-content.ts writes it). */
export function itemFromPayload(payload: Prisma.JsonValue): Item {
  return payload as unknown as Item;
}

/** Assignment.itemIds and Attempt.itemIds: item ids in order; anything else in the list is dropped. */
export function itemIdsFrom(json: Prisma.JsonValue): string[] {
  return Array.isArray(json) ? json.filter((id): id is string => typeof id === "string") : [];
}

/** ReviewLog.cardBefore: the card before the review (server/reviews/apply-review.ts writes it). */
export function cardJsonFrom(json: Prisma.JsonValue): CardJson {
  return json as unknown as CardJson;
}

/** AttemptAnswer.response: the answer as it was checked against the item's schema before it was stored. */
export function responseFrom(json: Prisma.JsonValue): QuizResponse {
  return json as unknown as QuizResponse;
}
