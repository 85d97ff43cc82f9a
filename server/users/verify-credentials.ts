import "server-only";
import { hashPassword, needsRehash, verifyAgainstNothing, verifyPassword } from "@/server/auth/password";
import { appConfig } from "@/server/config";
import { db } from "@/server/db/client";
import { beginSignInTry, countTry, forgiveTry, signInSucceeded } from "@/server/rate-limit/limit";

export type SignedInUser = { id: string; username: string; name: string; role: "student" | "teacher"; mustChangePassword: boolean };

/**
 * The account for a username or email and password, or null. Demo accounts
 * sign in only while demo mode is on. Failed tries slow the account down
 * (growing waits, never a lock) and count against a limit per address; while
 * a wait lasts, RateLimitedError says when to try again.
 */
export async function verifyCredentials(
  login: string,
  password: string,
  options: { allowDemo?: boolean; address?: string } = {},
): Promise<SignedInUser | null> {
  const normalized = login.trim().toLowerCase();
  const user = await db().user.findFirst({
    where: normalized.includes("@") ? { email: normalized } : { username: normalized },
    select: { id: true, username: true, name: true, role: true, passwordHash: true, isDemo: true, mustChangePassword: true },
  });
  // One count per account, whether it is named by username or by email.
  const account = user ? `account:${user.id}` : `login:${normalized}`;
  await countTry("sign-in-address", options.address);
  try {
    await beginSignInTry(account);
  } catch (error) {
    // No password was checked: the address is not charged for it.
    await forgiveTry("sign-in-address", options.address);
    throw error;
  }
  if (!user) return verifyAgainstNothing(password).then(() => null);
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  if (user.isDemo && !(options.allowDemo ?? appConfig().isDemo)) return null;
  await signInSucceeded(account);
  await forgiveTry("sign-in-address", options.address);
  if (needsRehash(user.passwordHash)) {
    await db().user.updateMany({ where: { id: user.id, passwordHash: user.passwordHash }, data: { passwordHash: await hashPassword(password) } });
  }
  return { id: user.id, username: user.username, name: user.name, role: user.role, mustChangePassword: user.mustChangePassword };
}
