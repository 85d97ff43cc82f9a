// `npm start`: validate the environment, prepare the database, build if
// needed, then serve on PORT (default 3000). `npm run dev` (--dev) serves
// with hot reload instead of building.
import { spawn } from "node:child_process";
import path from "node:path";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../lib/demo/accounts";
import { EnvError, parseEnv, type AppConfig } from "../lib/config/env";
import { ensureAuthSecret, ensureBuilt, ensureClientsGenerated, loadDotEnv, migrate, root, seed, SetupError } from "./setup";

function loadConfig(): AppConfig {
  try {
    return parseEnv(process.env, root);
  } catch (error) {
    if (error instanceof EnvError) {
      for (const problem of error.problems) console.error(`Configuration error: ${problem}`);
      process.exit(1);
    }
    throw error;
  }
}

function main() {
  loadDotEnv();
  const config = loadConfig();
  const secret = ensureAuthSecret(config);
  ensureClientsGenerated();
  migrate(config);
  seed(config, process.env);
  const isDev = process.argv.includes("--dev");
  if (!isDev) ensureBuilt(process.env);

  const url = config.authUrl ?? `http://localhost:${config.port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: isDev ? ("development" as const) : ("production" as const),
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: config.database.url,
    PORT: String(config.port),
    NEXTAUTH_URL: url,
    NEXTAUTH_SECRET: secret,
    FACTDECK_DEMO: config.isDemo ? "1" : "0",
  };
  console.log(`\nFactdeck is starting on ${url} (database: ${config.database.provider}).`);
  if (config.isDemo) {
    console.log(`Demo accounts: ${DEMO_ACCOUNTS.map((account) => account.username).join(", ")}; password: ${DEMO_PASSWORD}`);
  }
  const server = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/server.ts"), ...(isDev ? ["--dev"] : [])], {
    cwd: root,
    stdio: "inherit",
    env,
  });
  const stop = (signal: NodeJS.Signals) => server.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

try {
  main();
} catch (error) {
  if (error instanceof SetupError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
