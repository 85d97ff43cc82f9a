import "server-only";
import { UserFacingError } from "@/lib/actions/result";
import { GUESSABLE_PASSWORD, isGuessable } from "@/lib/users/common-passwords";
import type { SessionUser } from "@/server/auth/session";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { endAllSessions } from "@/server/auth/sessions";
import { db } from "@/server/db/client";
import { inTransaction } from "@/server/db/transaction";

/**
 * `actor` chooses a new password; a one-time password stops working. The
 * new password must differ from the current one, so a one-time password
 * (printed on a card others may have seen) cannot be kept.
 */
export async function setOwnPassword(actor: SessionUser, password: string): Promise<void> {
  if (isGuessable(password, actor.username)) throw new UserFacingError(GUESSABLE_PASSWORD, "password");
  const current = await db().user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (await verifyPassword(current.passwordHash, password)) {
    throw new UserFacingError("Choose a password of your own: the one-time password cannot be kept.", "password");
  }
  const passwordHash = await hashPassword(password);
  // Every session ends, the one-time password's too: the new password signs in afresh.
  await inTransaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash, mustChangePassword: false } });
    await endAllSessions(actor.id, new Date(), tx);
  });
}
