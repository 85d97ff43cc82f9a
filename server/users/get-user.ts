import "server-only";
import type { SessionUser } from "@/server/auth/session";
import { db } from "@/server/db/client";

export type Profile = { id: string; username: string; name: string; role: "student" | "teacher"; email: string | null; isDemo: boolean; createdAt: Date };

/** The signed-in user's own profile: a user may read only their own. */
export async function getOwnProfile(actor: SessionUser): Promise<Profile | null> {
  return db().user.findUnique({
    where: { id: actor.id },
    select: { id: true, username: true, name: true, role: true, email: true, isDemo: true, createdAt: true },
  });
}
