// The app's HTTP server, started by scripts/start.ts: Next.js's request
// handler behind a plain Node server that first writes each request's client
// address (lib/http/client-address.ts) into a header of its own, replacing
// any copy the client sent. The app reads the address only from there, so
// rate limits count the socket's peer, or what TRUSTED_PROXIES allows to be
// believed, and never a header a client made up.
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { parseEnv } from "../lib/config/env";
import { CLIENT_ADDRESS_HEADER, resolveClientAddress } from "../lib/http/client-address";

const root = path.resolve(import.meta.dirname, "..");
const config = parseEnv(process.env, root);
const dev = process.argv.includes("--dev");
const app = next({ dev, dir: root, port: config.port });
const handle = app.getRequestHandler();

await app.prepare();
const server = createServer((request, response) => {
  const address = resolveClientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], config.trustedProxies);
  if (address) request.headers[CLIENT_ADDRESS_HEADER] = address;
  else delete request.headers[CLIENT_ADDRESS_HEADER];
  void handle(request, response);
});
server.listen(config.port, () => {
  console.log(`Ready on port ${config.port}.`);
});

// Stopping: answer what is in flight, close idle connections, then exit (so
// process exit hooks, such as a CPU profile's, run).
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 3_000).unref();
  });
}
