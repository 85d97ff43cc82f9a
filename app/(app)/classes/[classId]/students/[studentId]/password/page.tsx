import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { publicOrigin, signInUrl } from "@/server/classes/join-link";
import { ArchivedClassNotice } from "../../../archived-class-notice";
import { loadClassStudent } from "../../../../load";
import { ResetPasswordForm } from "./reset-password-form";

type Props = { params: Promise<{ classId: string; studentId: string }> };

const returnTo = (classId: string, studentId: string) => `/classes/${classId}/students/${studentId}/password`;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { classId, studentId } = await params;
  const { student } = await loadClassStudent(classId, studentId, returnTo(classId, studentId));
  return { title: `Reset the password of ${student.name}` };
}

export default async function ResetPasswordPage({ params }: Props) {
  const { classId, studentId } = await params;
  const { found, student } = await loadClassStudent(classId, studentId, returnTo(classId, studentId));
  return (
    <div className="space-y-6">
      <header className="space-y-2 print:hidden">
        <BackLink href={`/classes/${found.id}`}>{found.name}</BackLink>
        <h1 className="text-2xl font-bold wrap-anywhere">Reset the password of {student.name}</h1>
        <p className="text-slate-700">
          Username <span className="font-mono">{student.username}</span>.
        </p>
      </header>
      {found.archivedAt ? (
        <ArchivedClassNotice classId={found.id}>This class is archived, so its students’ passwords cannot be reset here.</ArchivedClassNotice>
      ) : student.canReset ? (
        <ResetPasswordForm classId={found.id} className={found.name} student={student} signInUrl={signInUrl(publicOrigin())} />
      ) : (
        <p className="rounded border border-slate-300 bg-slate-100 p-3">
          {student.name} made their own account, so only they can change its password.
        </p>
      )}
    </div>
  );
}
