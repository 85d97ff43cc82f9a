import { exportFileName, exportItems, isExportFormat, EXPORT_FORMAT_INFO } from "@/lib/quiz/export/formats";
import { getSet } from "@/server/library/get-set";
import { downloadResponse, notFoundResponse } from "@/server/http/download";

/** GET: a Library set's questions as a file (tsv, gift or json). Public, like the set page. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; format: string }> }) {
  const { slug, format } = await params;
  const set = isExportFormat(format) ? await getSet(decodeURIComponent(slug)) : null;
  if (!set || !isExportFormat(format)) return notFoundResponse();
  const body = exportItems(format, set.items, {
    slug: set.slug,
    title: set.title,
    description: set.description,
    kind: set.kind as "article" | "topic" | "all",
    itemIds: set.items.map((item) => item.id),
  });
  return downloadResponse(body, exportFileName(set.slug, format), EXPORT_FORMAT_INFO[format].contentType);
}
