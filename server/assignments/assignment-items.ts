import "server-only";
import type { Item } from "@/lib/quiz/types";
import type { SessionUser } from "@/server/auth/session";
import { findOwnAssignment } from "@/server/classes/access";
import { db } from "@/server/db/client";
import { itemFromPayload, itemIdsFrom } from "@/server/items/json-columns";

/** The current questions of `actor`'s assignment, in its order (retired ones left out), for an export; NotFoundError for anyone else. */
export async function getAssignmentItems(actor: SessionUser, assignmentId: string): Promise<{ title: string; classId: string; items: Item[] }> {
  await findOwnAssignment(actor, assignmentId);
  const assignment = await db().assignment.findUniqueOrThrow({ where: { id: assignmentId }, select: { title: true, classId: true, itemIds: true } });
  const itemIds = itemIdsFrom(assignment.itemIds);
  const rows = await db().item.findMany({ where: { id: { in: itemIds }, retiredAt: null }, select: { id: true, payload: true } });
  const byId = new Map(rows.map((row) => [row.id, itemFromPayload(row.payload)]));
  return { title: assignment.title, classId: assignment.classId, items: itemIds.flatMap((id) => byId.get(id) ?? []) };
}
