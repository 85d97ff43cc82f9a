import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { ROSTER_MAX } from "@/lib/classes/roster";
import { publicOrigin, signInUrl } from "@/server/classes/join-link";
import { ArchivedClassNotice } from "../../archived-class-notice";
import { loadTeacherClass } from "../../../load";
import { AddStudentsForm } from "./add-students-form";

type Props = { params: Promise<{ classId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { classId } = await params;
  const { found } = await loadTeacherClass(classId, `/classes/${classId}/students/new`);
  return { title: `Add students to ${found.name}` };
}

export default async function AddStudentsPage({ params }: Props) {
  const { classId } = await params;
  const { found } = await loadTeacherClass(classId, `/classes/${classId}/students/new`);
  return (
    <div className="space-y-6">
      <header className="space-y-2 print:hidden">
        <BackLink href={`/classes/${found.id}`}>{found.name}</BackLink>
        <h1 className="text-2xl font-bold wrap-anywhere">Add students to {found.name}</h1>
        <p className="text-slate-700">
          Factdeck creates an account for each name, with a username and a one-time password, and puts it in this class. No email
          address is needed. Students choose their own password the first time they sign in. Up to {ROSTER_MAX} students at a time.
        </p>
      </header>
      {found.archivedAt ? (
        <ArchivedClassNotice classId={found.id}>This class is archived, so no students can be added to it.</ArchivedClassNotice>
      ) : (
        <AddStudentsForm classId={found.id} className={found.name} signInUrl={signInUrl(publicOrigin())} />
      )}
    </div>
  );
}
