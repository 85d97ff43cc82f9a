import { NotFoundError } from "@/lib/actions/result";
import { fileSlug } from "@/lib/files/file-name";
import { currentUser } from "@/server/auth/session";
import { csvDownload, notFoundResponse } from "@/server/http/download";
import { getAssignmentReport, type AssignmentReport } from "@/server/reports/assignment-report";
import { readReportQuery, type ReportQuery } from "./report-query";

type Context = { params: Promise<{ classId: string; assignmentId: string }> };

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
  if (!user || user.role !== "teacher") return notFoundResponse();
  const query = readReportQuery(new URL(request.url).searchParams);
  let report: AssignmentReport;
  try {
    report = await getAssignmentReport(user, assignmentId, { choice: query.choice });
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundResponse();
    throw error;
  }
  if (report.classId !== classId) return notFoundResponse();
  return csvDownload(build(report, query), `${fileSlug(report.title, "assignment")}-${name}-${query.choice}.csv`);
}
