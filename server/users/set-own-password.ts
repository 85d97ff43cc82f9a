import "server-only";
import { UserFacingError } from "@/lib/actions/result";
import type { SessionUser } from "@/server/auth/session";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { db } from "@/server/db/client";

/**
 * `actor` chooses a new password; a one-time password stops working. The
 * new password must differ from the current one, so a one-time password
 * (printed on a card others may have seen) cannot be kept.
 */
export async function setOwnPassword(actor: SessionUser, password: string): Promise<void> {
  const current = await db().user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (await verifyPassword(current.passwordHash, password)) {
    throw new UserFacingError("Choose a password of your own: the one-time password cannot be kept.", "password");
  }
  await db().user.update({
    where: { id: actor.id },
    data: { passwordHash: await hashPassword(password), mustChangePassword: false },
  });
}
