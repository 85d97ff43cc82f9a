import { studentsCsv } from "@/lib/reports/assignment-report";
import { reportCsv } from "../csv-response";

export const dynamic = "force-dynamic";

/** The Students table as CSV: each student's status, counted score (?count=), first, best and latest scores and time spent. */
export function GET(request: Request, context: { params: Promise<{ classId: string; assignmentId: string }> }) {
  return reportCsv(request, context, "students", (report, query) => studentsCsv(report.students, query.choice));
}
