import "server-only";
import { verifyAgainstNothing, verifyPassword } from "@/server/auth/password";
import { appConfig } from "@/server/config";
import { db } from "@/server/db/client";

export type SignedInUser = { id: string; username: string; name: string; role: "student" | "teacher" };

/**
 * The account for a username or email and password, or null. Demo accounts
 * sign in only while demo mode is on.
 */
export async function verifyCredentials(
  login: string,
  password: string,
  options: { allowDemo?: boolean } = {},
): Promise<SignedInUser | null> {
  const normalized = login.trim().toLowerCase();
  const user = await db().user.findFirst({
    where: normalized.includes("@") ? { email: normalized } : { username: normalized },
    select: { id: true, username: true, name: true, role: true, passwordHash: true, isDemo: true },
  });
  if (!user) return verifyAgainstNothing(password).then(() => null);
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  if (user.isDemo && !(options.allowDemo ?? appConfig().isDemo)) return null;
  return { id: user.id, username: user.username, name: user.name, role: user.role };
}
