import "server-only";
import { UserFacingError } from "@/lib/actions/result";
import { normalizeJoinCode } from "@/lib/classes/join-code";
import type { SessionUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { countTry, forgiveTry } from "@/server/rate-limit/limit";

export type JoinResult = { classId: string; className: string; isAlreadyMember: boolean };

/**
 * Puts `actor` (a student) in the class whose join code this is. Wrong codes
 * count against a limit per account and per address, so codes cannot be
 * guessed. Wrong, turned-off and ended classes' codes get their own message.
 */
export async function joinClass(actor: SessionUser, input: string, context: { address?: string } = {}): Promise<JoinResult> {
  if (actor.role !== "student") throw new UserFacingError("Only students join classes. Teachers create them.");
  const keys = [`account:${actor.id}`, context.address ? `ip:${context.address}` : undefined];
  await countTry("join-code", keys);
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
  await forgiveTry("join-code", keys);
  const existing = await db().membership.findUnique({ where: { classId_studentId: { classId: found.id, studentId: actor.id } } });
  if (!existing) {
    await db().membership.upsert({
      where: { classId_studentId: { classId: found.id, studentId: actor.id } },
      create: { classId: found.id, studentId: actor.id },
      update: {},
    });
  }
  return { classId: found.id, className: found.name, isAlreadyMember: Boolean(existing) };
}

/** Takes `actor` out of a class. Their attempts stay with the class's assignments. */
export async function leaveClass(actor: SessionUser, classId: string): Promise<void> {
  await db().membership.deleteMany({ where: { classId, studentId: actor.id } });
}
