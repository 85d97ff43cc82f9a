/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and driver packages stay in node_modules instead of the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "@node-rs/argon2", "@open-spaced-repetition/binding"],
  typescript: { ignoreBuildErrors: false },
  // An article uploaded as a file is up to 5 MB (lib/authoring/ingest.ts); a form's other fields fit in the rest.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
};

export default nextConfig;
