import type { Metadata } from "next";
import Link from "next/link";
import { loadTeacherClass } from "../../../load";
import { AssignmentForm } from "../assignment-form";
import { loadSetChoices } from "../questions";

type Props = { params: Promise<{ classId: string }>; searchParams: Promise<{ set?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { classId } = await params;
  const { found } = await loadTeacherClass(classId, `/classes/${classId}/assignments/new`);
  return { title: `Assign a set to ${found.name}` };
}

export default async function NewAssignmentPage({ params, searchParams }: Props) {
  const { classId } = await params;
  const { found } = await loadTeacherClass(classId, `/classes/${classId}/assignments/new`);
  const wanted = (await searchParams).set;
  const choices = await loadSetChoices(typeof wanted === "string" ? wanted : undefined);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={`/classes/${found.id}`} className="text-sm text-brand underline">
            {found.name}
          </Link>
        </p>
        <h1 className="text-2xl font-bold break-words">Assign a set to {found.name}</h1>
      </header>
      {found.archivedAt ? (
        <p className="rounded border border-slate-300 bg-slate-100 p-3">
          This class is archived. Restore it on{" "}
          <Link href={`/classes/${found.id}`} className="font-medium text-brand underline">
            the class page
          </Link>{" "}
          to assign work.
        </p>
      ) : (
        <AssignmentForm
          classId={found.id}
          sets={choices.sets}
          setSlug={choices.setSlug}
          questions={choices.questions}
          now={new Date().toISOString()}
          defaults={{ title: "", mode: "quiz", revealAnswers: "after-each", shuffle: true, attemptsAllowed: 1, itemIds: [] }}
        />
      )}
    </div>
  );
}
