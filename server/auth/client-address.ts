import "server-only";

type Headers = Record<string, string | string[] | undefined> | globalThis.Headers | undefined;

/**
 * The client's address for rate limits: the last X-Forwarded-For entry, the
 * one added by the nearest proxy (a load balancer appends the address it
 * sees; Next.js's own server sets the socket address when the header is
 * absent), else X-Real-IP. Earlier entries are whatever the client claimed.
 * Without a proxy in front, a client can set the header itself: the limit
 * per account still holds.
 */
export function clientAddress(headers: Headers): string | undefined {
  const read = (name: string): string | undefined => {
    if (!headers) return undefined;
    if (headers instanceof globalThis.Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const forwarded = read("x-forwarded-for")?.split(",").at(-1)?.trim();
  return forwarded || read("x-real-ip")?.trim() || undefined;
}
