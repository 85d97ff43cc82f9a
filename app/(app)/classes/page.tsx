import type { Metadata } from "next";
import Link from "next/link";
import { BADGE } from "@/components/ui/badge";
import { formatJoinCode } from "@/lib/classes/join-code";
import { requireTeacherUser } from "@/server/auth/session";
import { listTeacherClasses } from "@/server/classes/list-classes";
import { CreateClassForm } from "./create-class-form";
import { PageSection } from "@/components/ui/page-section";

export const metadata: Metadata = { title: "Classes" };

function plural(count: number, one: string, many: string) {
  return `${count} ${count === 1 ? one : many}`;
}

export default async function ClassesPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const user = await requireTeacherUser("/classes");
  const classes = await listTeacherClasses(user);
  // Where a class's deletion lands (app/(app)/classes/[classId]/actions.ts).
  const isClassDeleted = (await searchParams).deleted === "1";
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">Classes</h1>
        <p className="text-slate-700">
          Share a class’s join code or create accounts for your students, then assign sets from the Library with due dates.
        </p>
        {isClassDeleted ? (
          <p role="status" className="rounded border border-emerald-300 bg-emerald-50 p-3 text-emerald-900">
            The class was deleted, with its assignments and results. Its students keep their accounts.
          </p>
        ) : null}
      </header>

      <PageSection id="your-classes" title="Your classes">
        {classes.length === 0 ? (
          <p>You have no classes yet. Create your first one below.</p>
        ) : (
          <ul className="space-y-3">
            {classes.map((row) => {
              const isArchived = row.archivedAt !== null;
              return (
                <li
                  key={row.id}
                  className={`rounded-lg border p-4 ${isArchived ? "border-slate-200 bg-slate-100" : "border-slate-200 bg-white"}`}
                >
                  <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                    <Link
                      href={`/classes/${row.id}`}
                      className="inline-flex min-h-tap items-center text-lg font-semibold text-brand underline-offset-2 hover:underline"
                    >
                      {row.name}
                    </Link>
                    {isArchived ? <span className={BADGE.neutral}>Archived</span> : null}
                  </div>
                  <p className="text-sm text-slate-700">
                    {plural(row.studentCount, "student", "students")} · {plural(row.assignmentCount, "assignment", "assignments")}
                  </p>
                  {isArchived ? null : (
                    <p className="mt-1 text-sm">
                      {row.isJoinCodeEnabled ? (
                        <>
                          Join code <span className="font-mono font-semibold tracking-wider">{formatJoinCode(row.joinCode)}</span>
                        </>
                      ) : (
                        "Join code turned off"
                      )}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </PageSection>

      <PageSection id="new-class" title="New class">
        <CreateClassForm />
      </PageSection>
    </div>
  );
}
