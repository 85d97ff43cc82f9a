import "server-only";
import { UserFacingError } from "@/lib/actions/result";
import type { AssignmentInput } from "@/lib/classes/assignment";
import type { SessionUser } from "@/server/auth/session";
import { findOwnAssignment, findOwnClass } from "@/server/classes/access";
import { db } from "@/server/db/client";

/** The items to assign: the whole set, or the chosen ones, which must all belong to it. */
async function resolveItems(input: AssignmentInput): Promise<{ title: string; itemIds: string[] }> {
  const set = await db().itemSet.findUnique({
    where: { slug: input.setSlug },
    select: { title: true, items: { where: { item: { retiredAt: null } }, select: { itemId: true }, orderBy: { position: "asc" } } },
  });
  if (!set) throw new UserFacingError("That set does not exist. Choose one from the Library.", "setSlug");
  const inSet = set.items.map((item) => item.itemId);
  let itemIds = inSet;
  if (input.itemIds.length > 0) {
    const allowed = new Set(inSet);
    const unknown = input.itemIds.filter((id) => !allowed.has(id));
    if (unknown.length > 0) throw new UserFacingError(`${unknown.length} of the chosen questions are not in that set.`, "itemIds");
    itemIds = [...new Set(input.itemIds)];
  }
  if (input.questionCount > itemIds.length) {
    throw new UserFacingError(`The number of questions must be at most ${itemIds.length}, the questions available.`, "questionCount");
  }
  return { title: input.title || set.title, itemIds };
}

function assignmentData(input: AssignmentInput, resolved: { title: string; itemIds: string[] }) {
  return {
    setSlug: input.setSlug,
    itemIds: resolved.itemIds,
    title: resolved.title,
    mode: input.mode,
    opensAt: input.opensAt,
    dueAt: input.dueAt,
    timeZone: input.timeZone,
    questionCount: input.questionCount,
    attemptsAllowed: input.attemptsAllowed,
    revealAnswers: input.revealAnswers,
    shuffle: input.shuffle,
  };
}

export async function createAssignment(actor: SessionUser, classId: string, input: AssignmentInput): Promise<{ id: string }> {
  await findOwnClass(actor, classId, { isWrite: true });
  const resolved = await resolveItems(input);
  return db().assignment.create({ data: { classId, ...assignmentData(input, resolved) }, select: { id: true } });
}

/** Changes an assignment's rules; attempts already made are kept as they are. */
export async function updateAssignment(actor: SessionUser, assignmentId: string, input: AssignmentInput): Promise<void> {
  await findOwnAssignment(actor, assignmentId, { isWrite: true });
  const resolved = await resolveItems(input);
  await db().assignment.update({ where: { id: assignmentId }, data: assignmentData(input, resolved) });
}

/** Withdraws (or restores) an assignment: students stop seeing it; their work is kept. */
export async function setAssignmentWithdrawn(actor: SessionUser, assignmentId: string, isWithdrawn: boolean): Promise<void> {
  await findOwnAssignment(actor, assignmentId, { isWrite: true });
  await db().assignment.update({ where: { id: assignmentId }, data: { withdrawnAt: isWithdrawn ? new Date() : null } });
}
