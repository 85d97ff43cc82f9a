import "server-only";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "@/server/auth/options";
import { readSession } from "@/server/auth/sessions";

/** Who is acting: passed to every data-layer function that needs a user. `sessionId`: the session the request came with. */
export type SessionUser = { id: string; name: string; username: string; role: "student" | "teacher"; mustChangePassword?: boolean; sessionId?: string };

/**
 * The signed-in user, as the database says now, or null: no token, a token
 * from before sessions were recorded, or one whose session has ended
 * (signed out, password changed or reset, idle a week). Read once per request.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions());
  const sessionId = session?.user?.sessionId;
  if (!session?.user || !sessionId) return null;
  const owner = await readSession(sessionId, session.user.id);
  return owner ? { ...owner, sessionId } : null;
});

/**
 * The signed-in user, or a redirect to the sign-in page that comes back to
 * `returnTo`. A user still on a one-time password is sent to choose their own
 * first.
 */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (user.mustChangePassword) redirect(`/set-password?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** requireUser for pages only teachers use: students get a 404. */
export async function requireTeacherUser(returnTo: string): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (user.role !== "teacher") notFound();
  return user;
}
