// The cookies next-auth sets. Served over HTTPS (NEXTAUTH_URL https://...),
// every one is Secure and carries a prefix browsers enforce: `__Host-` for the
// session and CSRF tokens (Secure, Path=/, no Domain, so no other host of the
// school's domain can set or read them) and `__Secure-` for the callback URL.
// Over plain HTTP (localhost, a classroom laptop) browsers refuse prefixed
// cookies, so the names are plain.
import type { CookiesOptions } from "next-auth";

export function isHttpsUrl(publicUrl: string | undefined): boolean {
  return publicUrl?.toLowerCase().startsWith("https://") ?? false;
}

export function authCookies(publicUrl: string | undefined): CookiesOptions {
  const secure = isHttpsUrl(publicUrl);
  const options = { httpOnly: true, sameSite: "lax" as const, path: "/", secure };
  return {
    sessionToken: { name: `${secure ? "__Host-" : ""}next-auth.session-token`, options },
    callbackUrl: { name: `${secure ? "__Secure-" : ""}next-auth.callback-url`, options },
    csrfToken: { name: `${secure ? "__Host-" : ""}next-auth.csrf-token`, options },
    pkceCodeVerifier: { name: `${secure ? "__Secure-" : ""}next-auth.pkce.code_verifier`, options: { ...options, maxAge: 900 } },
    state: { name: `${secure ? "__Secure-" : ""}next-auth.state`, options: { ...options, maxAge: 900 } },
    nonce: { name: `${secure ? "__Secure-" : ""}next-auth.nonce`, options },
  };
}
