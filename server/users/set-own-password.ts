import "server-only";
import { UserFacingError } from "@/lib/actions/result";
import { GUESSABLE_PASSWORD, isGuessable } from "@/lib/users/common-passwords";
import type { SessionUser } from "@/server/auth/session";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { endAllSessions, endOtherSessions } from "@/server/auth/sessions";
import { db } from "@/server/db/client";
import { inTransaction } from "@/server/db/transaction";
import { beginSignInTry, signInSucceeded } from "@/server/rate-limit/limit";

/** Said when the current password typed on the account page is not the account's. */
export const WRONG_CURRENT_PASSWORD = "That is not your current password. Type it again.";

/** Said when a demo account (shared by everyone trying Factdeck) is asked to change. */
export const DEMO_ACCOUNT_UNCHANGEABLE = "This is a demo account, shared by everyone trying Factdeck: its name and password cannot be changed.";

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

/**
 * `actor` changes their password on the account page, proving it with the
 * current one. A wrong current password counts as a failed sign-in of the
 * account (the same growing waits), so a session left open on a shared phone
 * cannot be used to guess it. Every other session ends; the one that made
 * the change stays signed in.
 */
export async function changeOwnPassword(actor: SessionUser, currentPassword: string, password: string, now = new Date()): Promise<{ endedSessions: number }> {
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true, isDemo: true } });
  if (user.isDemo) throw new UserFacingError(DEMO_ACCOUNT_UNCHANGEABLE);
  const account = `account:${actor.id}`;
  await beginSignInTry(account);
  if (!(await verifyPassword(user.passwordHash, currentPassword))) throw new UserFacingError(WRONG_CURRENT_PASSWORD, "currentPassword");
  await signInSucceeded(account);
  if (isGuessable(password, actor.username)) throw new UserFacingError(GUESSABLE_PASSWORD, "password");
  if (password === currentPassword) throw new UserFacingError("The new password is your current one. Choose a different one.", "password");
  const passwordHash = await hashPassword(password);
  return inTransaction(async (tx) => {
    // Only if the password is still the one just checked: two changes at once cannot both win.
    const { count } = await tx.user.updateMany({ where: { id: actor.id, passwordHash: user.passwordHash }, data: { passwordHash, mustChangePassword: false } });
    if (count === 0) throw new UserFacingError("Your password was changed meanwhile. Reload the page and try again.");
    return { endedSessions: await endOtherSessions(actor.id, actor.sessionId, now, tx) };
  });
}
