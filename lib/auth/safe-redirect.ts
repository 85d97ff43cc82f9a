/**
 * A path inside this site to go to after signing in, or the fallback (the
 * signed-in home page). Rejects absolute URLs and protocol-relative paths
 * ("//evil.example"), so the callbackUrl parameter cannot send anyone elsewhere.
 */
export function safeRedirectPath(value: unknown, fallback = "/home"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f]/.test(value)) return fallback;
  return value;
}
