import path from "node:path";
import { defineConfig } from "prisma/config";
import { parseDatabaseUrl } from "./lib/config/database-url";

// One domain model, two providers: DATABASE_URL picks the schema and the
// migrations folder. prisma/postgresql/ is derived from prisma/schema.prisma.
const root = import.meta.dirname;
const target = parseDatabaseUrl(process.env.DATABASE_URL, root);
const folder = target.provider === "postgresql" ? "prisma/postgresql" : "prisma";

export default defineConfig({
  schema: path.join(root, folder, "schema.prisma"),
  migrations: { path: path.join(root, folder, "migrations") },
  datasource: { url: target.url },
});
