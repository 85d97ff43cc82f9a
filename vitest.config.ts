import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit tests: pure code beside its source. Integration tests have their own
// config (vitest.integration.config.ts); Playwright specs live in tests/e2e.
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "tests/fixtures/server-only.ts"),
    },
  },
  test: {
    include: ["{lib,server,components,app,scripts,prisma}/**/*.test.{ts,tsx,mjs}"],
    exclude: ["node_modules/**", "tests/**", ".next/**"],
    environment: "node",
    env: { TZ: "UTC" },
  },
});
