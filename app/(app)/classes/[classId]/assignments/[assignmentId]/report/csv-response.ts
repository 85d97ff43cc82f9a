import { NotFoundError } from "@/lib/actions/result";
import { currentUser } from "@/server/auth/session";
import { getAssignmentReport, type AssignmentReport } from "@/server/reports/assignment-report";
import { readReportQuery, type ReportQuery } from "./report-query";

type Context = { params: Promise<{ classId: string; assignmentId: string }> };

/** "form-3-east-money-quiz": letters and digits of the title, for a file name. */
function slugOf(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return slug || "assignment";
}

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * A CSV download of the report: 404 unless the signed-in teacher owns the
 * assignment and the address names its class, as the report page.
 */
export async function reportCsv(
  request: Request,
  context: Context,
  name: string,
  build: (report: AssignmentReport, query: ReportQuery) => string,
): Promise<Response> {
  const { classId, assignmentId } = await context.params;
  const user = await currentUser();
  if (!user || user.role !== "teacher") return notFound();
  const query = readReportQuery(new URL(request.url).searchParams);
  let report: AssignmentReport;
  try {
    report = await getAssignmentReport(user, assignmentId, { choice: query.choice });
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    throw error;
  }
  if (report.classId !== classId) return notFound();
  const fileName = `${slugOf(report.title)}-${name}-${query.choice}.csv`;
  return new Response(build(report, query), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
