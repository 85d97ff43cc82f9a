import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/server/auth/session";
import { getOwnProfile } from "@/server/users/get-user";
import { listTeacherClasses } from "@/server/classes/list-classes";
import { BUTTON } from "@/components/ui/button";
import { formatLongDate } from "@/lib/time/zone";
import { SignOutEverywhereButton } from "@/components/auth/sign-out-everywhere-button";
import { PageSection } from "@/components/ui/page-section";
import { signOutEverywhereAction } from "./actions";
import { ChangeNameForm } from "./change-name-form";
import { ChangePasswordForm } from "./change-password-form";
import { DeleteAccountForm } from "./delete-account-form";

export const metadata: Metadata = { title: "Your account" };

const ROLE_LABEL = { student: "Student", teacher: "Teacher" } as const;

export default async function AccountPage() {
  const user = await requireUser("/account");
  const profile = await getOwnProfile(user);
  if (!profile) notFound();
  const classes = profile.role === "teacher" ? await listTeacherClasses(user) : [];
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
      <PageSection id="learning" title="Learning settings">
        <p className="text-sm text-slate-700">How well you want to remember your flashcards, and how many new cards and reviews a day.</p>
        <Link href="/settings/learning" className={BUTTON.secondary}>
          Open learning settings
        </Link>
      </PageSection>
      <PageSection id="name" title="Your name">
        {profile.isDemo ? (
          <p className="text-sm text-slate-700">This is a demo account, shared by everyone trying Factdeck: its name cannot be changed.</p>
        ) : (
          <ChangeNameForm name={profile.name} />
        )}
      </PageSection>
      <PageSection id="password" title="Password">
        {profile.isDemo ? (
          <p className="text-sm text-slate-700">This is a demo account, shared by everyone trying Factdeck: its password cannot be changed.</p>
        ) : (
          <>
            <p className="text-sm text-slate-700">Changing your password signs you out on every other phone or computer; this one stays signed in.</p>
            <ChangePasswordForm username={profile.username} />
          </>
        )}
      </PageSection>
      <PageSection id="sessions" title="Where you are signed in">
        <p className="text-sm text-slate-700">
          Signing out ends this device’s session. If you signed in on a phone or computer you no longer use, sign out everywhere: every device, this one
          too, must sign in again. A session also ends after a week unused, and when your password changes.
        </p>
        <SignOutEverywhereButton action={signOutEverywhereAction} />
      </PageSection>
      <PageSection id="your-data" title="Your data">
        <p className="text-sm text-slate-700">
          Download everything Factdeck holds about you as one JSON file: your profile, settings and sessions,{" "}
          {profile.role === "teacher"
            ? "your classes and their assignments, your articles, facts, questions and sets, and anything you practised"
            : "your classes, every quiz attempt with its answers, your flashcards with their schedule, and every review"}
          . Your password is not in it: only a one-way hash of it is stored.
        </p>
        <a href="/api/account/export" download className={BUTTON.secondary}>
          Download my data
        </a>
      </PageSection>
      <section aria-labelledby="delete-account-heading" className="space-y-3 rounded-lg border border-red-300 bg-red-50/40 p-4">
        <h2 id="delete-account-heading" className="text-xl font-semibold text-red-800">
          Delete your account
        </h2>
        {profile.isDemo ? (
          <p className="text-sm text-slate-700">This is a demo account, shared by everyone trying Factdeck: it cannot be deleted. Sign up for an account of your own.</p>
        ) : classes.length > 0 ? (
          <>
            <p className="text-sm text-slate-700">
              You still teach {classes.length === 1 ? "a class" : `${classes.length} classes`}. Delete {classes.length === 1 ? "it" : "each of them"} first, on
              its page (at the bottom, under “Delete this class”); your students keep their accounts. Then your account can be deleted here.
            </p>
            <ul className="list-disc space-y-1 pl-6">
              {classes.map((found) => (
                <li key={found.id}>
                  <Link href={`/classes/${found.id}#delete-class`} className="text-brand underline">
                    {found.name}
                  </Link>
                  {found.archivedAt ? <span className="text-sm text-slate-600"> (archived)</span> : null}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <>
            <p className="text-sm text-slate-700">
              {profile.role === "teacher"
                ? "This deletes your account, your articles, facts and sets, and the sets you shared stop being shared. Questions your students have as flashcards stay theirs, without your name."
                : "This deletes your account, your flashcards and reviews, your quiz answers and your settings, and takes you out of your classes. Your teachers keep your scores on their assignments, shown as “Deleted student”, without your name or your answers."}{" "}
              It cannot be undone: download your data first if you want to keep it.
            </p>
            <DeleteAccountForm username={profile.username} />
          </>
        )}
      </section>
    </div>
  );
}
