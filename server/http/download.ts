import "server-only";

/** A file to download: its type, its name, and no caching of what may be private. */
export function downloadResponse(body: string, fileName: string, contentType: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${fileName.replace(/[^\w.-]/g, "_")}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** A CSV file. The byte-order mark tells spreadsheets (Excel) it is UTF-8, so accented names survive. */
export function csvDownload(csv: string, fileName: string): Response {
  return downloadResponse(`\uFEFF${csv}`, fileName, "text/csv; charset=utf-8");
}

/** What a download answers to someone it is not for, or for something that does not exist. */
export function notFoundResponse(): Response {
  return new Response("Not found.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
