import "server-only";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { authOptions } from "@/server/auth/options";

/** Who is acting: passed to every data-layer function that needs a user. */
export type SessionUser = { id: string; name: string; username: string; role: "student" | "teacher"; mustChangePassword?: boolean };

export async function currentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions());
  return session?.user ?? null;
}

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
