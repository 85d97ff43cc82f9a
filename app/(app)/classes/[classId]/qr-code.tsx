import { qrCodeSvg } from "@/server/classes/join-link";

/** A QR code for `url`, drawn on the server; screen readers hear what it opens. */
export async function QrCode({ url, className = "" }: { url: string; className?: string }) {
  const svg = await qrCodeSvg(url);
  return (
    <div
      role="img"
      aria-label={`QR code that opens ${url}`}
      className={`aspect-square bg-white [&>svg]:block [&>svg]:h-full [&>svg]:w-full ${className}`}
      // The SVG is generated here from our own URL, never from user-supplied markup.
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
