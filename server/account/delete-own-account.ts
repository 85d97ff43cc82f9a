import "server-only";
import { randomBytes } from "node:crypto";
import { classesStillTaught, confirmsUsername, DEMO_ACCOUNT_KEPT, WRONG_USERNAME } from "@/lib/account/data-rights";
import { UserFacingError } from "@/lib/actions/result";
import type { SessionUser } from "@/server/auth/session";
import { inTransaction } from "@/server/db/transaction";
import { counterRowsOf } from "@/server/rate-limit/limit";
import type { Prisma } from "@/generated/prisma/sqlite/client";

/**
 * Deletes `actor`'s own account and everything of theirs, in one
 * transaction (decision 021), once they typed their username. Goes: their
 * reviews, cards, settings, sessions, memberships, rate-limit counters,
 * their attempts with every answer, a teacher's articles, facts, sets,
 * shares and item decisions, and the account. Kept, without anything that
 * names them: a student's attempts at the assignments of the classes they
 * are in, for the teachers' results ("Deleted student": a random key per
 * class, and the items answered right, which a score needs); a teacher's
 * items, which students' cards and other teachers' assignments name
 * (decision 019). Refused for demo accounts, and for a teacher who still
 * teaches classes (they delete those first).
 */
export async function deleteOwnAccount(actor: SessionUser, confirmation: string): Promise<void> {
  await inTransaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { id: true, username: true, email: true, isDemo: true } });
    if (!confirmsUsername(confirmation, user.username)) throw new UserFacingError(WRONG_USERNAME, "confirmation");
    if (user.isDemo) throw new UserFacingError(DEMO_ACCOUNT_KEPT);
    const taught = await tx.class.count({ where: { teacherId: user.id } });
    if (taught > 0) throw new UserFacingError(classesStillTaught(taught));

    await keepClassAttempts(tx, user.id);
    // Every other attempt goes, with its answers (practice, and classes left before).
    await tx.attemptAnswer.deleteMany({ where: { attempt: { studentId: user.id } } });
    await tx.attempt.deleteMany({ where: { studentId: user.id } });
    await tx.reviewLog.deleteMany({ where: { userId: user.id } });
    await tx.card.deleteMany({ where: { userId: user.id } });
    await tx.learnerSettings.deleteMany({ where: { userId: user.id } });
    await tx.membership.deleteMany({ where: { studentId: user.id } });
    await tx.userSession.deleteMany({ where: { userId: user.id } });
    await tx.rateLimiterFlexible.deleteMany({ where: counterRowsOf(user) });

    // A teacher's own content (a student has none). Items stay, without their owner.
    await tx.itemEdit.deleteMany({ where: { ownerId: user.id } });
    await tx.setShare.deleteMany({ where: { OR: [{ teacherId: user.id }, { set: { ownerId: user.id } }] } });
    await tx.setItem.deleteMany({ where: { set: { ownerId: user.id } } });
    await tx.itemSet.deleteMany({ where: { ownerId: user.id } });
    await tx.itemFact.deleteMany({ where: { fact: { ownerId: user.id } } });
    await tx.evidence.deleteMany({ where: { OR: [{ fact: { ownerId: user.id } }, { article: { ownerId: user.id } }] } });
    await tx.fact.deleteMany({ where: { ownerId: user.id } });
    await tx.article.deleteMany({ where: { ownerId: user.id } });
    await tx.item.updateMany({ where: { ownerId: user.id }, data: { ownerId: null } });
    // Accounts the teacher created stay the students'; only the link to their creator goes.
    await tx.user.updateMany({ where: { createdById: user.id }, data: { createdById: null } });

    await tx.user.delete({ where: { id: user.id } });
  });
}

/**
 * A student's attempts at the assignments of the classes they are in, kept
 * for their teachers without the student: each class's under a key of its
 * own (so the student's rows in two classes cannot be joined), with the
 * items answered right in place of the answers, which are deleted.
 */
async function keepClassAttempts(tx: Prisma.TransactionClient, studentId: string): Promise<void> {
  const memberships = await tx.membership.findMany({ where: { studentId }, select: { classId: true } });
  for (const { classId } of memberships) {
    const attempts = await tx.attempt.findMany({
      where: { studentId, assignment: { classId } },
      select: { id: true, answers: { where: { isCorrect: true }, select: { itemId: true } } },
    });
    if (attempts.length === 0) continue;
    const deletedStudentKey = randomBytes(12).toString("base64url");
    for (const attempt of attempts) {
      await tx.attempt.update({
        where: { id: attempt.id },
        data: { studentId: null, deletedStudentKey, rightItemIds: attempt.answers.map((answer) => answer.itemId) },
      });
    }
    await tx.attemptAnswer.deleteMany({ where: { attemptId: { in: attempts.map((attempt) => attempt.id) } } });
  }
}
