import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { ArchivedClassNotice } from "../../archived-class-notice";
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
  const { user, found } = await loadTeacherClass(classId, `/classes/${classId}/assignments/new`);
  const wanted = (await searchParams).set;
  const choices = await loadSetChoices(user, typeof wanted === "string" ? wanted : undefined);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <BackLink href={`/classes/${found.id}`}>{found.name}</BackLink>
        <h1 className="text-2xl font-bold wrap-anywhere">Assign a set to {found.name}</h1>
      </header>
      {found.archivedAt ? (
        <ArchivedClassNotice classId={found.id}>This class is archived, so no work can be assigned in it.</ArchivedClassNotice>
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
