import "server-only";
import type { SessionUser } from "@/server/auth/session";
import { hashPassword } from "@/server/auth/password";
import { db } from "@/server/db/client";

/** `actor` chooses a new password; a one-time password stops working. */
export async function setOwnPassword(actor: SessionUser, password: string): Promise<void> {
  await db().user.update({
    where: { id: actor.id },
    data: { passwordHash: await hashPassword(password), mustChangePassword: false },
  });
}
