import "server-only";
import { EXPORT_FORMAT, EXPORT_VERSION } from "@/lib/account/data-rights";
import type { SessionUser } from "@/server/auth/session";
import { inTransaction } from "@/server/db/transaction";
import { counterRowsOf } from "@/server/rate-limit/limit";

/**
 * Everything Factdeck stores about `actor`, as one JSON document they may
 * download (decision 021): every column of their own rows, except the
 * password hash and the session ids (a session id is what a session token
 * carries: a secret). Other people's data stays out: a teacher's classes come
 * with their assignments and the number of students, not the students; a
 * student's classes with their name and teacher. Read in one transaction, so
 * the parts agree with each other. A user reads only their own: the actor's
 * id is the only input.
 */
export async function exportOwnData(actor: SessionUser, now = new Date()) {
  return inTransaction(
    async (tx) => {
      const userId = actor.id;
      const profile = await tx.user.findUniqueOrThrow({
        where: { id: userId },
        omit: { passwordHash: true },
        include: { createdBy: { select: { username: true, name: true } } },
      });
      const settings = await tx.learnerSettings.findUnique({ where: { userId }, omit: { userId: true } });
      const sessions = await tx.userSession.findMany({ where: { userId }, omit: { id: true, userId: true }, orderBy: { createdAt: "asc" } });
      const memberships = await tx.membership.findMany({
        where: { studentId: userId },
        select: { joinedAt: true, class: { select: { id: true, name: true, archivedAt: true, teacher: { select: { name: true } } } } },
        orderBy: { joinedAt: "asc" },
      });
      const attempts = await tx.attempt.findMany({
        where: { studentId: userId },
        omit: { studentId: true, deletedStudentKey: true, rightItemIds: true },
        include: {
          assignment: { select: { title: true, class: { select: { name: true } } } },
          answers: { omit: { attemptId: true }, orderBy: { answeredAt: "asc" } },
        },
        orderBy: { startedAt: "asc" },
      });
      const cards = await tx.card.findMany({ where: { userId }, omit: { userId: true }, orderBy: { createdAt: "asc" } });
      const prompts = new Map(
        (await tx.item.findMany({ where: { id: { in: [...new Set(cards.map((card) => card.itemId))] } }, select: { id: true, prompt: true } })).map((item) => [item.id, item.prompt]),
      );
      const reviews = await tx.reviewLog.findMany({ where: { userId }, omit: { userId: true }, orderBy: { reviewedAt: "asc" } });
      const classesTaught = await tx.class.findMany({
        where: { teacherId: userId },
        omit: { teacherId: true },
        include: { assignments: { omit: { classId: true }, orderBy: { dueAt: "asc" } }, _count: { select: { members: true } } },
        orderBy: { createdAt: "asc" },
      });
      const articles = await tx.article.findMany({ where: { ownerId: userId }, omit: { ownerId: true }, orderBy: { createdAt: "asc" } });
      const facts = await tx.fact.findMany({
        where: { ownerId: userId },
        omit: { ownerId: true },
        include: { evidence: { omit: { factId: true }, orderBy: { position: "asc" } } },
        orderBy: { position: "asc" },
      });
      const items = await tx.item.findMany({ where: { ownerId: userId }, omit: { ownerId: true }, orderBy: { id: "asc" } });
      const sets = await tx.itemSet.findMany({
        where: { ownerId: userId },
        omit: { ownerId: true },
        include: {
          items: { select: { itemId: true }, orderBy: { position: "asc" } },
          shares: { select: { createdAt: true, teacher: { select: { username: true } } } },
        },
        orderBy: { createdAt: "asc" },
      });
      const setsSharedWithYou = await tx.setShare.findMany({
        where: { teacherId: userId },
        select: { createdAt: true, set: { select: { slug: true, title: true, owner: { select: { name: true } } } } },
      });
      const itemEdits = await tx.itemEdit.findMany({ where: { ownerId: userId }, omit: { ownerId: true } });
      const accountsCreated = await tx.user.findMany({ where: { createdById: userId }, select: { username: true, createdAt: true }, orderBy: { createdAt: "asc" } });
      const rateLimits = await tx.rateLimiterFlexible.findMany({ where: counterRowsOf(profile) });

      return {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        exportedAt: now,
        profile,
        settings,
        sessions,
        memberships: memberships.map(({ joinedAt, class: found }) => ({
          classId: found.id,
          className: found.name,
          teacherName: found.teacher.name,
          isClassArchived: found.archivedAt !== null,
          joinedAt,
        })),
        attempts: attempts.map(({ assignment, ...attempt }) => ({
          ...attempt,
          assignmentTitle: assignment?.title ?? null,
          className: assignment?.class.name ?? null,
        })),
        cards: cards.map((card) => ({ ...card, itemPrompt: prompts.get(card.itemId) ?? null })),
        reviews,
        classesTaught: classesTaught.map(({ _count, ...found }) => ({ ...found, studentCount: _count.members })),
        articles,
        facts,
        items,
        sets: sets.map(({ items: setItems, shares, ...set }) => ({
          ...set,
          itemIds: setItems.map((item) => item.itemId),
          sharedWith: shares.map((share) => ({ username: share.teacher.username, sharedAt: share.createdAt })),
        })),
        setsSharedWithYou: setsSharedWithYou.map(({ createdAt, set }) => ({ setSlug: set.slug, title: set.title, ownerName: set.owner?.name ?? null, sharedAt: createdAt })),
        itemEdits,
        accountsCreated,
        rateLimits: rateLimits.map(({ key, points, expire }) => ({ counter: key.slice(0, key.indexOf(":")), failedTries: points, expire })),
      };
    },
    { timeoutMs: 30_000 },
  );
}

/** The export document, as its JSON file holds it (dates as ISO strings). */
export type OwnDataExport = Awaited<ReturnType<typeof exportOwnData>>;
