import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { afterAll, describe, expect, it } from "vitest";

// The offline schema engine must speak the native engine's protocol: these
// tests drive it the way the Prisma CLI does.
const ENGINE = path.resolve(import.meta.dirname, "schema-engine.mjs");
const SCHEMA = path.resolve(import.meta.dirname, "../schema.prisma");
const scratch = mkdtempSync(path.join(os.tmpdir(), "factdeck-engine-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function cli(command: string, url: string) {
  return spawnSync(process.execPath, [ENGINE, "--datasource", JSON.stringify({ url }), "cli", command], { encoding: "utf8" });
}

describe("cli commands", () => {
  it("reports a missing SQLite file as P1003 after a first log line, then creates it", () => {
    const file = path.join(scratch, "new.db");
    const missing = cli("can-connect-to-database", `file:${file}`);
    expect(missing.status).toBe(1);
    const lines = missing.stderr.trim().split("\n").map((line) => JSON.parse(line));
    // The CLI ignores the first stderr line, as with the native engine.
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatchObject({ level: "ERROR", target: "schema_engine::logger", fields: { error_code: "P1003" } });

    expect(cli("create-database", `file:${file}`).status).toBe(0);
    expect(existsSync(file)).toBe(true);
    expect(cli("can-connect-to-database", `file:${file}`).status).toBe(0);
  });

  it("prints its version", () => {
    const result = spawnSync(process.execPath, [ENGINE, "--version"], { encoding: "utf8" });
    expect(result.stdout).toMatch(/^schema-engine-wasm 7\.10\.0-/);
  });
});

describe("JSON-RPC", () => {
  it("answers diff by sending the script as a print request, then the result", async () => {
    const engine = spawn(process.execPath, [ENGINE, "--datamodels", SCHEMA], { stdio: ["pipe", "pipe", "pipe"] });
    const messages: Array<Record<string, unknown>> = [];
    const lines = readline.createInterface({ input: engine.stdout });
    const done = new Promise<void>((resolve) => {
      lines.on("line", (line) => {
        const message = JSON.parse(line) as Record<string, unknown>;
        messages.push(message);
        if (message.method === "print") engine.stdin.write(JSON.stringify({ jsonrpc: "2.0", id: message.id, result: {} }) + "\n");
        if (message.id === 1) resolve();
      });
    });
    const request = {
      jsonrpc: "2.0",
      id: 1,
      method: "diff",
      params: {
        from: { tag: "empty" },
        to: { tag: "schemaDatamodel", files: [{ path: SCHEMA, content: (await import("node:fs")).readFileSync(SCHEMA, "utf8") }] },
        script: true,
        exitCode: null,
        filters: { externalTables: [], externalEnums: [] },
      },
    };
    engine.stdin.write(JSON.stringify(request) + "\n");
    await done;
    engine.stdin.end();
    const print = messages.find((message) => message.method === "print") as { params: { content: string } } | undefined;
    expect(print?.params.content).toContain('CREATE TABLE "User"');
    expect(messages.at(-1)).toEqual({ jsonrpc: "2.0", id: 1, result: { exitCode: 0 } });
  }, 20_000);

  it("answers an unknown method with a JSON-RPC error", async () => {
    const engine = spawn(process.execPath, [ENGINE, "--datamodels", SCHEMA], { stdio: ["pipe", "pipe", "pipe"] });
    const lines = readline.createInterface({ input: engine.stdout });
    const reply = new Promise<Record<string, unknown>>((resolve) => lines.once("line", (line) => resolve(JSON.parse(line))));
    engine.stdin.write(JSON.stringify({ jsonrpc: "2.0", id: 7, method: "noSuchMethod", params: {} }) + "\n");
    expect(await reply).toMatchObject({ id: 7, error: { code: -32601 } });
    engine.stdin.end();
  }, 20_000);
});
