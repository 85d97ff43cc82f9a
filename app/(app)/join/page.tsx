import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/server/auth/session";
import { JoinForm } from "./join-form";
import { TeachersJoinNote } from "./teachers-join-note";

export const metadata: Metadata = { title: "Join a class" };

export default async function JoinPage() {
  const user = await requireUser("/join");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">Join a class</h1>
      {user.role === "student" ? (
        <>
          <p>Type the join code your teacher gave you. It is on the board, on a handout or under the class’s QR code.</p>
          <JoinForm />
          <p>
            <Link href="/home" className="inline-flex min-h-tap items-center font-medium text-brand underline">
              Back to home
            </Link>
          </p>
        </>
      ) : (
        <TeachersJoinNote />
      )}
    </div>
  );
}
