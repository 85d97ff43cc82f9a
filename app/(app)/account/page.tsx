import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/server/auth/session";
import { getOwnProfile } from "@/server/users/get-user";
import { formatLongDate } from "@/lib/time/zone";
import { SignOutEverywhereButton } from "@/components/auth/sign-out-everywhere-button";
import { PageSection } from "@/components/ui/page-section";
import { signOutEverywhereAction } from "./actions";

export const metadata: Metadata = { title: "Your account" };

const ROLE_LABEL = { student: "Student", teacher: "Teacher" } as const;

export default async function AccountPage() {
  const user = await requireUser("/account");
  const profile = await getOwnProfile(user);
  if (!profile) notFound();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Hello, {profile.name}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <dt className="font-medium text-slate-600">Name</dt>
        <dd>{profile.name}</dd>
        <dt className="font-medium text-slate-600">Username</dt>
        <dd>{profile.username}</dd>
        <dt className="font-medium text-slate-600">Role</dt>
        <dd>{ROLE_LABEL[profile.role]}</dd>
        <dt className="font-medium text-slate-600">Email</dt>
        <dd>{profile.email ?? "None"}</dd>
        <dt className="font-medium text-slate-600">Member since</dt>
        <dd>
          <time dateTime={profile.createdAt.toISOString()}>
            {formatLongDate(profile.createdAt, "UTC")}
          </time>
        </dd>
      </dl>
      <PageSection id="sessions" title="Where you are signed in">
        <p className="text-sm text-slate-700">
          Signing out ends this device’s session. If you signed in on a phone or computer you no longer use, sign out everywhere: every device, this one
          too, must sign in again. A session also ends after a week unused, and when your password changes.
        </p>
        <SignOutEverywhereButton action={signOutEverywhereAction} />
      </PageSection>
    </div>
  );
}
