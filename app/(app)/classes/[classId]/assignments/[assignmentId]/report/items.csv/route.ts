import { questionsCsv, sortQuestions } from "@/lib/reports/assignment-report";
import { itemQuestionText } from "@/lib/quiz/describe";
import { reportCsv } from "../csv-response";

export const dynamic = "force-dynamic";

/** The Questions table as CSV, in the page's order (?sort=), over the attempts that count (?count=). */
export function GET(request: Request, context: { params: Promise<{ classId: string; assignmentId: string }> }) {
  return reportCsv(request, context, "questions", (report, query) => questionsCsv(sortQuestions(report.questions, query.sort), itemQuestionText));
}
