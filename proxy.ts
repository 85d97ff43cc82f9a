import { NextResponse, type NextRequest } from "next/server";
import { NUL_CHARACTER_MESSAGE, urlContainsNulCharacter } from "@/lib/http/nul-character";
import { contentSecurityPolicy } from "@/lib/http/security-headers";

/**
 * Every page gets a Content-Security-Policy with a nonce of its own. Next.js
 * reads the policy from the request and puts the nonce on the scripts it
 * renders; the response carries the same policy to the browser. An address
 * naming the NUL character, which no id or text the app stores can hold, is
 * refused here with a 400 rather than looked up.
 */
export function proxy(request: NextRequest) {
  if (urlContainsNulCharacter(request.url)) return new NextResponse(NUL_CHARACTER_MESSAGE, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy(nonce, { isDevelopment: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages, not the framework's files, icons or the service worker (they get the headers of next.config.js).
  matcher: [{ source: "/((?!_next/static|_next/image|icons/|sw.js|favicon.ico|icon.png|apple-icon.png).*)" }],
};
