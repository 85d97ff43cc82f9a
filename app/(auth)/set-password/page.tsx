import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { currentUser } from "@/server/auth/session";
import { SetPasswordForm } from "./set-password-form";

export const metadata: Metadata = { title: "Choose your password" };

/** First sign-in with a one-time password from a teacher: the student chooses their own before anything else. */
export default async function SetPasswordPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const requested = safeRedirectPath((await searchParams).callbackUrl);
  const callbackUrl = requested.startsWith("/set-password") ? "/home" : requested;
  const user = await currentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  if (!user.mustChangePassword) redirect(callbackUrl);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">Choose your password</h1>
      <p>Your teacher gave you a one-time password. Choose your own to continue.</p>
      <p className="text-slate-700">
        You are signed in as <strong>{user.username}</strong>. You will use this username and your new password from now on.
      </p>
      <SetPasswordForm username={user.username} callbackUrl={callbackUrl} />
    </div>
  );
}
