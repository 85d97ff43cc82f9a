import { defineConfig, mergeConfig } from "vitest/config";
import shared from "./vitest.shared";

// Unit tests: pure code beside its source. Integration tests have their own
// config (vitest.integration.config.ts); Playwright specs live in tests/e2e.
export default mergeConfig(
  shared,
  defineConfig({
    test: {
      include: ["{lib,server,components,app,scripts,prisma}/**/*.test.{ts,tsx,mjs}"],
      exclude: ["node_modules/**", "tests/**", ".next/**"],
    },
  }),
);
