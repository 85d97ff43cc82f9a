import { defineConfig, mergeConfig } from "vitest/config";
import shared from "./vitest.shared";

// Integration tests: the real data layer (server/) against a real database.
// Run through `npm run test:integration`, which creates a fresh database,
// applies the migrations and sets DATABASE_URL.
export default mergeConfig(
  shared,
  defineConfig({
    test: {
      include: ["tests/integration/**/*.test.ts"],
      fileParallelism: false,
      testTimeout: 20_000,
      hookTimeout: 30_000,
    },
  }),
);
