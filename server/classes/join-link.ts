import "server-only";
import { headers } from "next/headers";
import QRCode from "qrcode";

// A host as it may appear in a Host header: a name or IPv4 address, or a
// bracketed IPv6 address, with an optional port. Anything else is ignored.
const HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

function configuredOrigin(): URL {
  try {
    return new URL(process.env.NEXTAUTH_URL ?? "http://localhost:3000");
  } catch {
    return new URL("http://localhost:3000");
  }
}

/**
 * The origin students should type or scan: the address this request came to
 * (so a teacher on the school network gets links that work there), or
 * NEXTAUTH_URL when the request does not say.
 */
export async function appOrigin(): Promise<string> {
  const configured = configuredOrigin();
  const list = await headers();
  const host = (list.get("x-forwarded-host") ?? list.get("host"))?.split(",")[0]?.trim();
  if (!host || !HOST.test(host)) return configured.origin;
  const forwarded = list.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  const protocol = forwarded === "https" || forwarded === "http" ? forwarded : configured.protocol.replace(":", "");
  return `${protocol}://${host.toLowerCase()}`;
}

export function joinUrl(origin: string, joinCode: string): string {
  return `${origin}/join/${joinCode}`;
}

export function signInUrl(origin: string): string {
  return `${origin}/sign-in`;
}

/** The URL as a QR code: an SVG document (black on white, a one-module quiet zone) that scales to its box. */
export async function qrCodeSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
}
