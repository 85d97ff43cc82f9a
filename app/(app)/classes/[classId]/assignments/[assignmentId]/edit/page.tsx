import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import type { AssignmentMode, RevealAnswers } from "@/lib/classes/assignment";
import { instantToLocal } from "@/lib/time/zone";
import { loadTeacherAssignment } from "../../../../load";
import { ArchivedClassNotice } from "../../../archived-class-notice";
import { AssignmentForm } from "../../assignment-form";
import { loadSetChoices } from "../../questions";

type Props = { params: Promise<{ classId: string; assignmentId: string }>; searchParams: Promise<{ set?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { classId, assignmentId } = await params;
  const { assignment } = await loadTeacherAssignment(classId, assignmentId, `/classes/${classId}/assignments/${assignmentId}/edit`);
  return { title: `Edit ${assignment.title}` };
}

export default async function EditAssignmentPage({ params, searchParams }: Props) {
  const { classId, assignmentId } = await params;
  const { user, assignment, isClassArchived } = await loadTeacherAssignment(
    classId,
    assignmentId,
    `/classes/${classId}/assignments/${assignmentId}/edit`,
  );
  const wanted = (await searchParams).set;
  const choices = await loadSetChoices(user, typeof wanted === "string" ? wanted : undefined, assignment.setSlug);

  // The chosen questions show as ticked when they are a part of the set, not all of it.
  const inSet = new Set(choices.questions.map((question) => question.id));
  const isSubset =
    choices.setSlug === assignment.setSlug && (assignment.itemIds.length !== inSet.size || assignment.itemIds.some((id) => !inSet.has(id)));
  const itemIds = isSubset ? assignment.itemIds.filter((id) => inSet.has(id)) : [];

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <BackLink href={`/classes/${classId}/assignments/${assignment.id}`}>{assignment.title}</BackLink>
        <h1 className="text-2xl font-bold wrap-anywhere">Edit {assignment.title}</h1>
        <p className="text-slate-700">For {assignment.class.name}.</p>
      </header>
      {isClassArchived ? (
        <ArchivedClassNotice classId={classId}>This class is archived, so its assignments cannot be changed.</ArchivedClassNotice>
      ) : (
        <AssignmentForm
          classId={classId}
          assignmentId={assignment.id}
          sets={choices.sets}
          setSlug={choices.setSlug}
          questions={choices.questions}
          now={new Date().toISOString()}
          defaults={{
            title: assignment.title,
            mode: assignment.mode as AssignmentMode,
            revealAnswers: assignment.revealAnswers as RevealAnswers,
            shuffle: assignment.shuffle,
            attemptsAllowed: assignment.attemptsAllowed,
            questionCount: assignment.questionCount,
            itemIds,
            dates: {
              opensAt: instantToLocal(assignment.opensAt, assignment.timeZone),
              dueAt: instantToLocal(assignment.dueAt, assignment.timeZone),
              timeZone: assignment.timeZone,
            },
          }}
        />
      )}
    </div>
  );
}
