// Whether a state-changing request comes from the app's own pages: its
// Origin is the app's public origin, or (a browser that sends no Origin)
// Sec-Fetch-Site says same-origin. Anything else, a form or fetch of another
// site included, is refused.

/** The origin of the app's public URL (NEXTAUTH_URL), else of the request's own URL. */
export function appOrigin(publicUrl: string | undefined, requestUrl: string): string {
  return new URL(publicUrl || requestUrl).origin;
}

export function isSameOriginRequest(headers: { origin: string | null; secFetchSite: string | null }, origin: string): boolean {
  if (headers.origin !== null) return headers.origin === origin;
  return headers.secFetchSite === "same-origin";
}
