// The app servers a benchmark starts as child processes: waiting until one
// answers its health check, and stopping it.
import type { ChildProcess } from "node:child_process";

/** Resolves once `GET /api/health` on `port` answers 2xx; fails when the server exits or gives no answer within 60 s. */
export async function waitForHealth(port: number, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited with ${server.exitCode}.`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No answer from port ${port} within 60 s.`);
}

/** Stops the server with SIGTERM (it answers what is in flight first) and resolves once it has exited. */
export function stopServer(server: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (server.exitCode !== null) return resolve();
    server.once("exit", () => resolve());
    server.kill("SIGTERM");
  });
}
