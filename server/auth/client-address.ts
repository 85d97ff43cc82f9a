import "server-only";

type Headers = Record<string, string | string[] | undefined> | globalThis.Headers | undefined;

/**
 * The client's address for rate limits: the first X-Forwarded-For entry
 * (set by Next.js's server, or by a load balancer in front of it), else
 * X-Real-IP. Undefined when neither is present.
 */
export function clientAddress(headers: Headers): string | undefined {
  const read = (name: string): string | undefined => {
    if (!headers) return undefined;
    if (headers instanceof globalThis.Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const forwarded = read("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || read("x-real-ip")?.trim() || undefined;
}
