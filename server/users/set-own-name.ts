import "server-only";
import { UserFacingError } from "@/lib/actions/result";
import type { SessionUser } from "@/server/auth/session";
import { db } from "@/server/db/client";
import { DEMO_ACCOUNT_UNCHANGEABLE } from "@/server/users/set-own-password";

/**
 * `actor` changes their own display name (what teachers and classmates see);
 * the username stays. `name` comes checked (trimmed, 1 to NAME_MAX characters).
 */
export async function setOwnName(actor: SessionUser, name: string): Promise<{ name: string }> {
  const { count } = await db().user.updateMany({ where: { id: actor.id, isDemo: false }, data: { name } });
  if (count === 0) throw new UserFacingError(DEMO_ACCOUNT_UNCHANGEABLE);
  return { name };
}
