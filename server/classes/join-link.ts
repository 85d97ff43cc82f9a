import "server-only";
import { appOrigin } from "@/lib/http/origin";
import QRCode from "qrcode";

/**
 * The origin students should type or scan: the app's configured public URL
 * (NEXTAUTH_URL; `npm start` sets it to http://localhost:PORT when unset).
 * Never the request's Host or X-Forwarded-Host: those are the client's to
 * choose, and a link built from them could send students to another site.
 * To serve the app on a school network, set NEXTAUTH_URL to the address
 * students use.
 */
export function publicOrigin(): string {
  return appOrigin(process.env.NEXTAUTH_URL, "http://localhost:3000");
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
