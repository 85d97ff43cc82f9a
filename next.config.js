/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and driver packages stay in node_modules instead of the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "@node-rs/argon2", "@open-spaced-repetition/binding"],
  typescript: { ignoreBuildErrors: false },
  // An article uploaded as a file is up to 5 MB (lib/authoring/ingest.ts); a form's other fields fit in the rest.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  // Security headers on every response (the pages' Content-Security-Policy is set per request by proxy.ts).
  async headers() {
    const isHttps = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
    const headers = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
      ...(isHttps ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
    ];
    return [{ source: "/:path*", headers }];
  },
};

export default nextConfig;
