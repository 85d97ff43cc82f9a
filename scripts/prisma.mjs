#!/usr/bin/env node
// Runs the Prisma CLI with the project's WebAssembly schema engine
// (prisma/engine/schema-engine.mjs) so that generate and migrate work without
// downloading the native engine. An engine chosen in the environment
// (PRISMA_SCHEMA_ENGINE_BINARY) is respected.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const require = createRequire(import.meta.url);

export function prismaEnv(env = process.env) {
  return {
    ...env,
    PRISMA_SCHEMA_ENGINE_BINARY: env.PRISMA_SCHEMA_ENGINE_BINARY || path.join(root, "prisma/engine/schema-engine.mjs"),
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  };
}

export function runPrisma(args, options = {}) {
  const cli = path.join(path.dirname(require.resolve("prisma/package.json")), "build/index.js");
  return spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    stdio: options.capture ? ["ignore", "pipe", "pipe"] : "inherit",
    encoding: "utf8",
    env: prismaEnv({ ...process.env, ...options.env }),
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = runPrisma(process.argv.slice(2));
  process.exit(result.status ?? 1);
}
