// The pages' Content-Security-Policy, with a fresh nonce per request
// (proxy.ts): Next.js puts the nonce on its own scripts, and 'strict-dynamic'
// lets those load the rest. The headers that need no nonce are next.config.js's.

/** The page's Content-Security-Policy. Scripts run only with the request's nonce; nothing may frame a page; no plugins; no <base>. */
export function contentSecurityPolicy(nonce: string, options: { isDevelopment: boolean }): string {
  return [
    "default-src 'self'",
    // 'unsafe-eval' only for the development server's fast refresh, never in production.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.isDevelopment ? " 'unsafe-eval'" : ""}`,
    // Style attributes (charts, progress bars) are not scripts: they may stay inline.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
