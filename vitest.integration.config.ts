import path from "node:path";
import { defineConfig } from "vitest/config";

// Integration tests: the real data layer (server/) against a real database.
// Run through `npm run test:integration`, which creates a fresh database,
// applies the migrations and sets DATABASE_URL.
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "tests/fixtures/server-only.ts"),
    },
  },
  test: {
    include: ["tests/integration/**/*.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 20_000,
    hookTimeout: 30_000,
    env: { TZ: "UTC" },
  },
});
