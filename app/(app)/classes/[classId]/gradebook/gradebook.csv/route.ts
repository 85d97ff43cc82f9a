import { NotFoundError } from "@/lib/actions/result";
import { attemptChoiceFrom, gradebookCsv } from "@/lib/reports/gradebook";
import { fileSlug } from "@/lib/files/file-name";
import { currentUser } from "@/server/auth/session";
import { csvDownload, notFoundResponse } from "@/server/http/download";
import { getGradebook } from "@/server/reports/gradebook";

export const dynamic = "force-dynamic";


/** GET ?choice=first|best|latest: the class's gradebook as CSV, in the table's shape. 404 for anyone but the class's teacher. */
export async function GET(request: Request, { params }: { params: Promise<{ classId: string }> }) {
  const user = await currentUser();
  if (!user) return notFoundResponse();
  const { classId } = await params;
  const choice = attemptChoiceFrom(new URL(request.url).searchParams.get("choice"));
  try {
    const gradebook = await getGradebook(user, classId, { choice });
    // "Form 3 East" → "form-3-east-gradebook-best.csv"
    return csvDownload(gradebookCsv(gradebook), `${fileSlug(gradebook.className, "class")}-gradebook-${choice}.csv`);
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundResponse();
    throw error;
  }
}
