import { NotFoundError } from "@/lib/actions/result";
import { attemptChoiceFrom, gradebookCsv } from "@/lib/reports/gradebook";
import { currentUser } from "@/server/auth/session";
import { getGradebook } from "@/server/reports/gradebook";

export const dynamic = "force-dynamic";

const NOT_FOUND = () => new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

/** "Form 3 East" → "form-3-east-gradebook-best.csv" */
function fileName(className: string, choice: string): string {
  const slug = className.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "class";
  return `${slug}-gradebook-${choice}.csv`;
}

/** GET ?choice=first|best|latest: the class's gradebook as CSV, in the table's shape. 404 for anyone but the class's teacher. */
export async function GET(request: Request, { params }: { params: Promise<{ classId: string }> }) {
  const user = await currentUser();
  if (!user) return NOT_FOUND();
  const { classId } = await params;
  const choice = attemptChoiceFrom(new URL(request.url).searchParams.get("choice"));
  try {
    const gradebook = await getGradebook(user, classId, { choice });
    // The byte-order mark tells Excel the file is UTF-8, so accented names survive.
    return new Response(`\uFEFF${gradebookCsv(gradebook)}`, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${fileName(gradebook.className, choice)}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return NOT_FOUND();
    throw error;
  }
}
