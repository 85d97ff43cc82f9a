import "server-only";
import { RateLimitedError, UserFacingError } from "@/lib/actions/result";
import { normalizeJoinCode } from "@/lib/classes/join-code";
import type { SessionUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { countTry, forgiveTry, RATE_LIMITS } from "@/server/rate-limit/limit";

export type JoinResult = { classId: string; className: string; isAlreadyMember: boolean };

/**
 * Puts `actor` (a student) in the class whose join code this is. Wrong codes
 * count against a limit per account, so codes cannot be guessed, and each
 * class takes a limited number of new students an hour, so a code passed
 * around beyond the class cannot fill it. Nothing is counted per address: a
 * school's students share one. Wrong, turned-off and ended classes' codes get
 * their own message.
 */
export async function joinClass(actor: SessionUser, input: string): Promise<JoinResult> {
  if (actor.role !== "student") throw new UserFacingError("Only students join classes. Teachers create them.");
  const account = `account:${actor.id}`;
  await countTry("join-code", account);
  const code = normalizeJoinCode(input);
  const found = code
    ? await db().class.findUnique({ where: { joinCode: code }, select: { id: true, name: true, isJoinCodeEnabled: true, archivedAt: true } })
    : null;
  if (!found) {
    throw new UserFacingError(
      code ? "No class has that join code. Check it with your teacher." : "A join code has 8 letters and digits, like ABCD 2345. Check it and try again.",
      "code",
    );
  }
  if (found.archivedAt) throw new UserFacingError("That class has ended, so it no longer takes new students.", "code");
  if (!found.isJoinCodeEnabled) throw new UserFacingError("That join code is turned off. Ask your teacher for a new one.", "code");
  await forgiveTry("join-code", account);
  const existing = await db().membership.findUnique({ where: { classId_studentId: { classId: found.id, studentId: actor.id } } });
  if (!existing) {
    await countClassJoin(found.id);
    await db().membership.upsert({
      where: { classId_studentId: { classId: found.id, studentId: actor.id } },
      create: { classId: found.id, studentId: actor.id },
      update: {},
    });
  }
  return { classId: found.id, className: found.name, isAlreadyMember: Boolean(existing) };
}

async function countClassJoin(classId: string): Promise<void> {
  try {
    await countTry("class-joins", `class:${classId}`);
  } catch (error) {
    if (!(error instanceof RateLimitedError)) throw error;
    const minutes = Math.ceil(error.retryAfterSeconds / 60);
    throw new UserFacingError(
      `This class has taken ${RATE_LIMITS["class-joins"].points} new students by its code in the last hour, as many as it takes. Ask your teacher to add you, or try again in ${minutes} min.`,
      "code",
    );
  }
}

/** Takes `actor` out of a class. Their attempts stay with the class's assignments. */
export async function leaveClass(actor: SessionUser, classId: string): Promise<void> {
  await db().membership.deleteMany({ where: { classId, studentId: actor.id } });
}
