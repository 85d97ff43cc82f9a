import "server-only";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";

type Headers = Record<string, string | string[] | undefined> | globalThis.Headers | undefined;

/**
 * The client's address for rate limits, as the app's server resolved it
 * (scripts/server.ts): the socket's peer, or the address TRUSTED_PROXIES lets
 * it believe. Never X-Forwarded-For itself, which a client can set.
 */
export function clientAddress(headers: Headers): string | undefined {
  if (!headers) return undefined;
  const value = headers instanceof globalThis.Headers ? headers.get(CLIENT_ADDRESS_HEADER) : headers[CLIENT_ADDRESS_HEADER];
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
}
