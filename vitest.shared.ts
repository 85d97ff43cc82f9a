import path from "node:path";
import { defineConfig } from "vitest/config";

// What the unit and the integration configs share: the "@" alias, the
// stand-in for "server-only", and UTC as the process time zone.
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "tests/fixtures/server-only.ts"),
    },
  },
  test: {
    environment: "node",
    env: { TZ: "UTC" },
  },
});
