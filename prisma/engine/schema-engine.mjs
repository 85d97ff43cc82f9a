#!/usr/bin/env node
// Prisma schema engine over WebAssembly.
//
// The Prisma CLI drives migrations through a native "schema engine" binary
// that it downloads on first use. Where that download is impossible, the CLI
// can be pointed at this file instead (PRISMA_SCHEMA_ENGINE_BINARY; see
// scripts/prisma.mjs). It speaks the same protocol as the binary:
//   schema-engine [--datamodels FILE]... [--datasource JSON]
//       newline-delimited JSON-RPC 2.0 on stdin/stdout, logs as JSON on stderr
//   schema-engine --datasource JSON cli can-connect-to-database|create-database
// and runs the official engine compiled to WebAssembly
// (@prisma/schema-engine-wasm) with the project's driver adapters.
import { readFileSync, existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import readline from "node:readline";

const require = createRequire(import.meta.url);

function log(level, message, extra = {}) {
  process.stderr.write(
    JSON.stringify({ timestamp: new Date().toISOString(), level, target: "schema_engine::logger", fields: { message, ...extra } }) + "\n",
  );
}

function fail(message, errorCode) {
  log("ERROR", message, errorCode ? { error_code: errorCode } : {});
  process.exit(1);
}

function parseArgs(argv) {
  const args = { datamodels: [], datasource: undefined, cli: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--datamodels") args.datamodels.push(argv[++i]);
    else if (arg === "--datasource") args.datasource = JSON.parse(argv[++i]);
    else if (arg === "--enabled-preview-features" || arg === "--extension-types") i++;
    else if (arg === "cli") args.cli = argv[++i];
    else if (arg === "--version" || arg === "-V") args.cli = "version";
  }
  return args;
}

function providerOf(url, datamodels) {
  if (url) return /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";
  for (const [, text] of datamodels) {
    const match = /provider\s*=\s*"(sqlite|postgresql)"/.exec(text);
    if (match) return match[1];
  }
  return "sqlite";
}

function sqlitePath(url) {
  return path.resolve(process.cwd(), url.replace(/^file:/, "").replace(/\?.*$/, ""));
}

async function createAdapterFactory(provider, datasource) {
  if (provider === "postgresql") {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    return new PrismaPg({ connectionString: datasource.url });
  }
  const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
  const file = datasource?.url ? sqlitePath(datasource.url) : ":memory:";
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  return new PrismaBetterSqlite3({ url: file, timeout: 5000 });
}

// --- `cli` sub-commands ---------------------------------------------------

async function pgClient(url, database) {
  const { default: pg } = await import("pg");
  const u = new URL(url);
  if (database) u.pathname = "/" + database;
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  return client;
}

async function runCli(command, datasource) {
  // The CLI skips the first line the engine writes to stderr.
  log("INFO", `Starting schema engine CLI: ${command}`);
  const url = datasource?.url;
  if (!url) fail("No datasource URL given.");
  const provider = providerOf(url, []);
  if (command === "can-connect-to-database") {
    if (provider === "sqlite") {
      if (!existsSync(sqlitePath(url))) fail(`Database ${sqlitePath(url)} does not exist`, "P1003");
      return;
    }
    try {
      const client = await pgClient(url);
      await client.end();
    } catch (error) {
      if (error.code === "3D000") fail(`Database \`${new URL(url).pathname.slice(1)}\` does not exist`, "P1003");
      fail(`Can't reach database server: ${error.message}`, "P1001");
    }
    return;
  }
  if (command === "create-database") {
    if (provider === "sqlite") {
      const file = sqlitePath(url);
      mkdirSync(path.dirname(file), { recursive: true });
      const Database = require("better-sqlite3");
      new Database(file).close();
      return;
    }
    const name = decodeURIComponent(new URL(url).pathname.slice(1));
    const client = await pgClient(url, "postgres");
    try {
      await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
    } catch (error) {
      if (error.code !== "42P04") fail(error.message);
    } finally {
      await client.end();
    }
    return;
  }
  if (command === "drop-database") {
    fail("drop-database is not supported by this engine.");
  }
  fail(`Unknown cli command: ${command}`);
}

// --- JSON-RPC server --------------------------------------------------------

const MIGRATIONS_TABLE = {
  sqlite: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" TEXT PRIMARY KEY NOT NULL,
    "checksum" TEXT NOT NULL,
    "finished_at" DATETIME,
    "migration_name" TEXT NOT NULL,
    "logs" TEXT,
    "rolled_back_at" DATETIME,
    "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
  )`,
  postgresql: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
  )`,
};

// The WebAssembly engine reports a missing migrations table as an error
// (P1014) where the native engine creates it, so create it first.
async function ensureMigrationsTable(provider, datasource) {
  if (!datasource?.url) return;
  if (provider === "sqlite") {
    const file = sqlitePath(datasource.url);
    if (!existsSync(file)) return;
    const Database = require("better-sqlite3");
    const db = new Database(file);
    try {
      db.exec(MIGRATIONS_TABLE.sqlite);
    } finally {
      db.close();
    }
    return;
  }
  let client;
  try {
    client = await pgClient(datasource.url);
  } catch {
    return; // the engine reports connection problems itself
  }
  try {
    await client.query(MIGRATIONS_TABLE.postgresql);
  } finally {
    await client.end();
  }
}

async function loadWasmEngine() {
  globalThis.PRISMA_WASM_PANIC_REGISTRY = {
    message: undefined,
    set_message(message) {
      this.message = message;
    },
  };
  const packageDir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
  const bg = await import(path.join(packageDir, "schema_engine_bg.js"));
  const bytes = readFileSync(path.join(packageDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start?.();
  return bg;
}

function toRpcError(error, adapter) {
  const panic = globalThis.PRISMA_WASM_PANIC_REGISTRY?.message;
  if (panic) {
    return { code: 4466, message: "An error happened. Check the data field for details.", data: { is_panic: true, message: panic, backtrace: "" } };
  }
  // Errors from the engine carry the same fields as the binary's (error_code, meta, message).
  let message = typeof error?.message === "string" ? error.message : String(error);
  // Driver-adapter errors reach the engine as "External error id#N": add the cause.
  const externalId = /External error id#(\d+)/.exec(message)?.[1];
  const external = externalId === undefined ? undefined : adapter.errorRegistry?.consumeError(Number(externalId));
  if (external) message = message.replace(/External error id#\d+/, `External error: ${external.error?.message ?? JSON.stringify(external.error)}`);
  let data = { is_panic: false, message, meta: error?.meta ?? null, error_code: error?.error_code ?? error?.code ?? null };
  try {
    const parsed = JSON.parse(message);
    if (parsed && typeof parsed === "object") data = { is_panic: false, meta: null, ...parsed };
  } catch {
    // plain message
  }
  return { code: 4466, message: "An error happened. Check the data field for details.", data };
}

// The engine logs JSON lines of its own; pass them on in the binary's format.
function forwardEngineLog(line) {
  try {
    const entry = JSON.parse(String(line));
    log(String(entry.level ?? "INFO").toUpperCase(), String(entry.fields?.message ?? ""), entry.fields ?? {});
  } catch {
    log("INFO", String(line).trim());
  }
}

async function serve(args) {
  const datamodels = args.datamodels.map((file) => [file, readFileSync(file, "utf8")]);
  const provider = providerOf(args.datasource?.url, datamodels);
  if (datamodels.length === 0) {
    datamodels.push(["schema.prisma", `datasource db {\n  provider = "${provider}"\n}\n`]);
  }
  await ensureMigrationsTable(provider, args.datasource);
  const wasm = await loadWasmEngine();
  const { bindMigrationAwareSqlAdapterFactory } = await import("@prisma/driver-adapter-utils");
  const adapter = bindMigrationAwareSqlAdapterFactory(await createAdapterFactory(provider, args.datasource));
  const engine = await wasm.SchemaEngine.new({ datamodels }, forwardEngineLog, adapter);

  const send = (message) => process.stdout.write(JSON.stringify(message) + "\n");
  let printId = 0;
  const pendingPrints = new Map();
  const print = (content) =>
    new Promise((resolve) => {
      const id = `print-${++printId}`;
      pendingPrints.set(id, resolve);
      send({ jsonrpc: "2.0", id, method: "print", params: { content } });
    });

  let queue = Promise.resolve();
  const handle = async (request) => {
    const { id, method } = request;
    const params = Array.isArray(request.params) ? request.params[0] : request.params;
    try {
      if (typeof engine[method] !== "function") {
        send({ jsonrpc: "2.0", id, error: { code: -32601, message: `Method not found: ${method}` } });
        return;
      }
      let result = await engine[method](params ?? {});
      if (method === "diff" && result && typeof result.stdout === "string") {
        if (result.stdout.length > 0) await print(result.stdout.replace(/\n$/, ""));
        result = { exitCode: result.exitCode ?? 0 };
      }
      send({ jsonrpc: "2.0", id, result: result ?? null });
    } catch (error) {
      send({ jsonrpc: "2.0", id, error: toRpcError(error, adapter) });
    }
  };

  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    const message = JSON.parse(line);
    if (message.method === undefined && pendingPrints.has(message.id)) {
      pendingPrints.get(message.id)();
      pendingPrints.delete(message.id);
      return;
    }
    queue = queue.then(() => handle(message));
  });
  lines.on("close", async () => {
    await queue;
    process.exit(0);
  });
}

const args = parseArgs(process.argv.slice(2));
if (args.cli === "version") {
  process.stdout.write("schema-engine-wasm " + JSON.parse(readFileSync(path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm")), "package.json"), "utf8")).version + "\n");
} else if (args.cli) {
  runCli(args.cli, args.datasource).catch((error) => fail(error?.message ?? String(error)));
} else {
  serve(args).catch((error) => fail(error?.stack ?? String(error)));
}
