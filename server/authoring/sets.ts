import "server-only";
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/generated/prisma/sqlite/client";
import { NotFoundError, UserFacingError } from "@/lib/actions/result";
import { MAX_SET_TITLE } from "@/lib/authoring/sizes";
import type { Item } from "@/lib/quiz/types";
import type { SessionUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { inTransaction } from "@/server/db/transaction";
import { itemFromPayload } from "@/server/items/json-columns";

/**
 * The sets a user may assign: the shipped ones, and a teacher's published
 * sets, their own or shared with them. Drafts are assigned by nobody.
 */
export function assignableSetWhere(actor: SessionUser): Prisma.ItemSetWhereInput {
  return {
    OR: [
      { ownerId: null },
      ...(actor.role === "teacher"
        ? [
            { ownerId: actor.id, publishedAt: { not: null } },
            { publishedAt: { not: null }, shares: { some: { teacherId: actor.id } } },
          ]
        : []),
    ],
  };
}

/** The sets a user may practise or study: the shipped ones, a teacher's own (drafts too, to try them) and those shared with them. */
export function practisableSetWhere(actor: SessionUser): Prisma.ItemSetWhereInput {
  return {
    OR: [
      { ownerId: null },
      ...(actor.role === "teacher" ? [{ ownerId: actor.id }, { publishedAt: { not: null }, shares: { some: { teacherId: actor.id } } }] : []),
    ],
  };
}

/** A teacher's set as their list shows it. */
export type TeacherSetSummary = {
  slug: string;
  title: string;
  description: string;
  kind: string;
  itemCount: number;
  publishedAt: Date | null;
  /** The actor's own (else shared with them by `ownerName`). */
  isOwn: boolean;
  ownerName: string;
  /** For the actor's own: the teachers it is shared with. */
  sharedWith: { id: string; username: string; name: string }[];
};

export type TeacherSetDetail = TeacherSetSummary & { items: Item[] };

const SET_SELECT = {
  slug: true,
  title: true,
  description: true,
  kind: true,
  publishedAt: true,
  ownerId: true,
  owner: { select: { name: true } },
  shares: { select: { teacher: { select: { id: true, username: true, name: true } } }, orderBy: { createdAt: "asc" } },
  _count: { select: { items: { where: { item: { retiredAt: null } } } } },
} as const;

type SetRow = Prisma.ItemSetGetPayload<{ select: typeof SET_SELECT }>;

function summaryOf(row: SetRow, actor: SessionUser): TeacherSetSummary {
  const isOwn = row.ownerId === actor.id;
  return {
    slug: row.slug,
    title: row.title,
    description: row.description,
    kind: row.kind,
    itemCount: row._count.items,
    publishedAt: row.publishedAt,
    isOwn,
    ownerName: row.owner?.name ?? "",
    sharedWith: isOwn ? row.shares.map((share) => share.teacher) : [],
  };
}

/** Where a set is the actor's to read: their own, or published and shared with them. */
function readableWhere(actor: SessionUser): Prisma.ItemSetWhereInput {
  return { OR: [{ ownerId: actor.id }, { publishedAt: { not: null }, shares: { some: { teacherId: actor.id } } }] };
}

/** The acting teacher's own sets (drafts and published), then those other teachers shared with them. */
export async function listTeacherSets(actor: SessionUser): Promise<TeacherSetSummary[]> {
  const rows = await db().itemSet.findMany({ where: readableWhere(actor), select: SET_SELECT, orderBy: [{ createdAt: "asc" }, { position: "asc" }, { slug: "asc" }] });
  const sets = rows.map((row) => summaryOf(row, actor));
  return [...sets.filter((set) => set.isOwn), ...sets.filter((set) => !set.isOwn)];
}

/** One of the actor's sets, or one shared with them, with its current items; NotFoundError otherwise. */
export async function getTeacherSet(actor: SessionUser, slug: string): Promise<TeacherSetDetail> {
  const row = await db().itemSet.findFirst({
    where: { slug, ...readableWhere(actor) },
    select: { ...SET_SELECT, items: { where: { item: { retiredAt: null } }, orderBy: { position: "asc" }, select: { item: { select: { payload: true } } } } },
  });
  if (!row) throw new NotFoundError("That set");
  return { ...summaryOf(row, actor), items: row.items.map(({ item }) => itemFromPayload(item.payload)) };
}

/** A hand-picked set of the actor's facts: it holds their current items, and follows the facts as they are edited. A draft until published. */
export async function createOwnSet(actor: SessionUser, input: { title: string; factIds: readonly string[] }): Promise<{ slug: string }> {
  const title = input.title.trim();
  if (title === "") throw new UserFacingError("Give the set a title.", "title");
  if (title.length > MAX_SET_TITLE) throw new UserFacingError(`Keep the title under ${MAX_SET_TITLE} characters.`, "title");
  const factIds = [...new Set(input.factIds)];
  if (factIds.length === 0) throw new UserFacingError("Pick at least one fact.", "factIds");
  return inTransaction(async (tx) => {
    const facts = await tx.fact.findMany({ where: { id: { in: factIds }, ownerId: actor.id }, select: { id: true } });
    if (facts.length !== factIds.length) throw new NotFoundError("That fact");
    const items = await tx.item.findMany({
      where: { ownerId: actor.id, retiredAt: null, facts: { some: { factId: { in: factIds } } } },
      select: { id: true },
      orderBy: { id: "asc" },
    });
    if (items.length === 0) throw new UserFacingError("Those facts have no questions yet: fix what their previews report first.", "factIds");
    const slug = `s_${randomBytes(8).toString("hex")}`;
    const position = await tx.itemSet.count({ where: { ownerId: actor.id } });
    await tx.itemSet.create({
      data: { slug, ownerId: actor.id, title, description: `${factIds.length} ${factIds.length === 1 ? "fact" : "facts"} picked by their teacher.`, kind: "custom", position, factIds },
    });
    await tx.setItem.createMany({ data: items.map((item, index) => ({ setSlug: slug, itemId: item.id, position: index })) });
    return { slug };
  });
}

async function ownSetOrThrow(actor: SessionUser, slug: string): Promise<{ publishedAt: Date | null }> {
  const set = await db().itemSet.findFirst({ where: { slug, ownerId: actor.id }, select: { publishedAt: true } });
  if (!set) throw new NotFoundError("That set");
  return set;
}

/** Publishes one of the actor's sets: from now on it can be assigned and shared. Publishing twice keeps the first date. */
export async function publishOwnSet(actor: SessionUser, slug: string, now = new Date()): Promise<void> {
  await ownSetOrThrow(actor, slug);
  await db().itemSet.updateMany({ where: { slug, ownerId: actor.id, publishedAt: null }, data: { publishedAt: now } });
}

/** Shares one of the actor's published sets with another teacher, by username: they can read and assign it, not edit it. */
export async function shareOwnSet(actor: SessionUser, slug: string, username: string): Promise<{ name: string }> {
  const set = await ownSetOrThrow(actor, slug);
  if (!set.publishedAt) throw new UserFacingError("Publish the set before you share it.", "username");
  const wanted = username.trim().toLowerCase();
  if (wanted === "") throw new UserFacingError("Type the username of the teacher to share with.", "username");
  const teacher = await db().user.findFirst({ where: { username: wanted, role: "teacher" }, select: { id: true, name: true } });
  if (!teacher) throw new UserFacingError(`No teacher has the username “${wanted}”.`, "username");
  if (teacher.id === actor.id) throw new UserFacingError("This set is already yours.", "username");
  await db().setShare.upsert({ where: { setSlug_teacherId: { setSlug: slug, teacherId: teacher.id } }, create: { setSlug: slug, teacherId: teacher.id }, update: {} });
  return { name: teacher.name };
}

/** Stops sharing one of the actor's sets with a teacher. Their assignments made from it keep their questions. */
export async function unshareOwnSet(actor: SessionUser, slug: string, teacherId: string): Promise<void> {
  await ownSetOrThrow(actor, slug);
  await db().setShare.deleteMany({ where: { setSlug: slug, teacherId } });
}
