import { NotFoundError } from "@/lib/actions/result";
import { exportFileName, exportItems, isExportFormat, EXPORT_FORMAT_INFO } from "@/lib/quiz/export/formats";
import { getAssignmentItems } from "@/server/assignments/assignment-items";
import { currentUser } from "@/server/auth/session";
import { downloadResponse, notFoundResponse } from "@/server/http/download";

type Params = { params: Promise<{ classId: string; assignmentId: string; format: string }> };

/** GET: an assignment's questions as a file (tsv, gift or json), for its teacher; 404 for anyone else. */
export async function GET(_request: Request, { params }: Params) {
  const { classId, assignmentId, format } = await params;
  const user = await currentUser();
  if (!user || !isExportFormat(format)) return notFoundResponse();
  let assignment;
  try {
    assignment = await getAssignmentItems(user, assignmentId);
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundResponse();
    throw error;
  }
  // The address must name the assignment's own class.
  if (assignment.classId !== classId) return notFoundResponse();
  const body = exportItems(format, assignment.items, {
    slug: `assignment:${assignmentId}`,
    title: assignment.title,
    description: "",
    kind: "topic",
    itemIds: assignment.items.map((item) => item.id),
  });
  return downloadResponse(body, exportFileName(assignment.title, format), EXPORT_FORMAT_INFO[format].contentType);
}
