import "server-only";
import { containsNulCharacter, NUL_CHARACTER_MESSAGE } from "@/lib/http/nul-character";
import { appOrigin, isSameOriginRequest } from "@/lib/http/origin";

/** The largest JSON body a route handler reads: a batch of 500 reviews is about 75 KB. */
export const MAX_JSON_BODY_BYTES = 256 * 1024;

/** A 403 for a state-changing request from another origin (a forged request), else null. */
export function crossOriginRefusal(request: Request): Response | null {
  const origin = appOrigin(process.env.NEXTAUTH_URL, request.url);
  const headers = { origin: request.headers.get("origin"), secFetchSite: request.headers.get("sec-fetch-site") };
  if (isSameOriginRequest(headers, origin)) return null;
  return Response.json({ error: "This request did not come from Factdeck's own pages." }, { status: 403 });
}

/**
 * The request's JSON body, read at most `maxBytes` into memory: a 413 when
 * it is larger (by its Content-Length, or as it streams in), a 400 when it
 * holds a NUL character, null for a body that is not JSON.
 */
export async function readJsonBody(request: Request, maxBytes = MAX_JSON_BODY_BYTES): Promise<{ value: unknown } | { response: Response }> {
  const tooLarge = () => ({ response: Response.json({ error: `The request is over ${maxBytes / 1024} KB.` }, { status: 413 }) });
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return tooLarge();
  if (!request.body) return { value: null };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return tooLarge();
    }
    chunks.push(value);
  }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return { value: null };
  }
  if (containsNulCharacter(value)) return { response: Response.json({ error: NUL_CHARACTER_MESSAGE }, { status: 400 }) };
  return { value };
}
