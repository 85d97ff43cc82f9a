import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// End-to-end tests in Debian's Chromium against the production build, served
// by the same start script as `npm start`, on its own port and a fresh
// SQLite database.
const PORT = Number(process.env.E2E_PORT ?? 3100);
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const DATABASE_FILE = "data/e2e/factdeck.db";
const AUTH_SECRET = "e2e-only-secret-0123456789abcdefghijklmnop";

// The test process opens the server's database and knows its secret: the
// fixtures (tests/e2e/fixtures.ts) make users, classes and assignments
// through server/ and mint session cookies. This file is loaded by every
// worker, so they all see these values.
process.env.DATABASE_URL = `file:${path.join(import.meta.dirname, DATABASE_FILE)}`;
process.env.NEXTAUTH_SECRET = AUTH_SECRET;

export default defineConfig({
  testDir: "tests/e2e",
  // The data layer imports "server-only"; this tsconfig maps it to the same stand-in the Vitest configs use.
  tsconfig: "./tests/e2e/tsconfig.json",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "en-US",
    timezoneId: "UTC",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    video: "off",
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: "rm -rf data/e2e && node --import tsx scripts/start.ts",
    url: `http://localhost:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 480_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      DATABASE_URL: `file:./${DATABASE_FILE}`,
      FACTDECK_DEMO: "1",
      NEXTAUTH_URL: `http://localhost:${PORT}`,
      NEXTAUTH_SECRET: AUTH_SECRET,
    },
  },
});
