// The address a request came from, for rate limits. By default it is the
// socket's peer: X-Forwarded-For is whatever the client chose to send, so it
// is ignored. Behind a proxy or load balancer, TRUSTED_PROXIES says which
// hops may be believed, and the client is the first address, from the right,
// that is not one of them (the rule of proxy-addr, the library Express uses).
import proxyaddr from "proxy-addr";

/** Who may add to X-Forwarded-For: nobody, the nearest N hops, or these addresses and ranges. */
export type TrustedProxies = { kind: "none" } | { kind: "hops"; count: number } | { kind: "addresses"; list: string[] };

export class TrustedProxiesError extends Error {}

/**
 * Reads TRUSTED_PROXIES: empty for none; a whole number for that many hops
 * (1: one load balancer in front); or a comma-separated list of addresses,
 * CIDR ranges and the names loopback, linklocal and uniquelocal.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const text = value?.trim() ?? "";
  if (text === "" || text === "0") return { kind: "none" };
  if (/^\d+$/.test(text)) {
    const count = Number(text);
    if (count > 10) throw new TrustedProxiesError("must be at most 10 hops");
    return { kind: "hops", count };
  }
  const list = text.split(",").map((entry) => entry.trim()).filter(Boolean);
  try {
    proxyaddr.compile(list);
  } catch (error) {
    throw new TrustedProxiesError(`must be a number of hops or a list of addresses and ranges (${(error as Error).message})`);
  }
  return { kind: "addresses", list };
}

function trustFunction(trusted: TrustedProxies): (address: string, hop: number) => boolean {
  if (trusted.kind === "none") return () => false;
  if (trusted.kind === "hops") return (_address, hop) => hop < trusted.count;
  return proxyaddr.compile(trusted.list);
}

/** The client's address given the socket's peer and the X-Forwarded-For header it sent. */
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trusted: TrustedProxies): string | undefined {
  if (!socketAddress) return undefined;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor;
  const request = { socket: { remoteAddress: socketAddress }, headers: header ? { "x-forwarded-for": header } : {} };
  const address = proxyaddr(request as unknown as Parameters<typeof proxyaddr>[0], trustFunction(trusted));
  // One spelling per address: IPv4 clients of a dual-stack socket appear as ::ffff:a.b.c.d.
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1");
}

/** The header the app's own server sets to the resolved address; a client's copy of it is overwritten. */
export const CLIENT_ADDRESS_HEADER = "x-factdeck-client-address";
