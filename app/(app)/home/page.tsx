import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { listStudentAssignments } from "@/server/assignments/list-assignments";
import { requireUser } from "@/server/auth/session";
import { listStudentClasses } from "@/server/classes/list-classes";
import { ClassesSection } from "./classes-section";
import { DueSection } from "./due-section";
import { FlashcardsSection } from "./flashcards-section";
import { JoinedMessage } from "./joined-message";

export const metadata: Metadata = { title: "Home" };

type SearchParams = { joined?: string | string[]; already?: string | string[] };

export default async function HomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser("/home");
  if (user.role === "teacher") redirect("/classes");
  const now = new Date();
  const [assignments, classes, params] = await Promise.all([listStudentAssignments(user, now), listStudentClasses(user), searchParams]);
  // ?joined=<class id> after the join form: named only if the student really is in that class.
  const joined = typeof params.joined === "string" ? classes.find((row) => row.id === params.joined) : undefined;

  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">Hello, {user.name}</h1>
      <p><a href="/progress" className="inline-flex min-h-tap items-center text-brand underline underline-offset-2 hover:text-brand-dark">Progress</a></p>
      {joined ? <JoinedMessage name={joined.name} isAlreadyMember={params.already === "1"} /> : null}
      <DueSection assignments={assignments} now={now} hasClasses={classes.length > 0} />
      <FlashcardsSection user={user} now={now} />
      <ClassesSection classes={classes.map(({ id, name, teacherName }) => ({ id, name, teacherName }))} />
    </div>
  );
}
