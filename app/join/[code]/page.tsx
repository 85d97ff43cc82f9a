import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { JoinForm } from "@/app/(app)/join/join-form";
import { TeachersJoinNote } from "@/app/(app)/join/teachers-join-note";
import { formatJoinCode, normalizeJoinCode } from "@/lib/classes/join-code";
import { currentUser } from "@/server/auth/session";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "Join a class" };

/**
 * Where a class's QR code leads. Nothing about the class is shown here: a
 * code is only checked (and a wrong one counted) when a student submits it.
 */
export default async function JoinLinkPage({ params }: { params: Promise<{ code: string }> }) {
  const { code: raw } = await params;
  const normalized = normalizeJoinCode(raw);
  const code = normalized ? formatJoinCode(normalized) : raw.slice(0, 32);
  const here = `/join/${encodeURIComponent(normalized ?? raw.slice(0, 32))}`;
  const user = await currentUser();
  if (user?.mustChangePassword) redirect(`/set-password?callbackUrl=${encodeURIComponent(here)}`);

  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">Join a class</h1>
      {!user ? (
        <>
          <p>
            Class code: <strong className="font-mono text-lg tracking-widest">{code}</strong>
          </p>
          <p>To join the class, sign up for a Factdeck account, or sign in if you already have one.</p>
          <div className="flex flex-col gap-3 sm:flex-row">
            <Link
              href={`/sign-up?callbackUrl=${encodeURIComponent(here)}`}
              className={buttonClass("primary")}
            >
              Sign up to join
            </Link>
            <Link
              href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`}
              className={buttonClass("secondary")}
            >
              Sign in to join
            </Link>
          </div>
        </>
      ) : user.role === "student" ? (
        <>
          <p>Check the code, then choose “Join class”.</p>
          <JoinForm defaultCode={code} />
        </>
      ) : (
        <TeachersJoinNote />
      )}
    </div>
  );
}
