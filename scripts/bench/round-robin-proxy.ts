// A small load balancer for the scale-out benchmark: passes each request
// to the next of several app instances in turn, over kept-alive
// connections, and adds the client's address as X-Forwarded-For (the
// instances trust it from 127.0.0.1 through TRUSTED_PROXIES).
//
//   node --import tsx scripts/bench/round-robin-proxy.ts PORT UPSTREAM_PORT...
import { Agent, createServer, request } from "node:http";

const [port, ...upstreams] = process.argv.slice(2).map(Number);
if (!port || upstreams.length === 0) {
  console.error("usage: round-robin-proxy.ts PORT UPSTREAM_PORT...");
  process.exit(2);
}

const agent = new Agent({ keepAlive: true, maxSockets: 256 });
let next = 0;

const server = createServer((incoming, outgoing) => {
  const upstream = upstreams[next++ % upstreams.length]!;
  const forwardedFor = [incoming.headers["x-forwarded-for"], incoming.socket.remoteAddress].filter(Boolean).join(", ");
  const proxied = request(
    { host: "127.0.0.1", port: upstream, method: incoming.method, path: incoming.url, agent, headers: { ...incoming.headers, "x-forwarded-for": forwardedFor } },
    (response) => {
      outgoing.writeHead(response.statusCode ?? 502, response.headers);
      response.pipe(outgoing);
    },
  );
  proxied.on("error", () => {
    if (!outgoing.headersSent) outgoing.writeHead(502, { "content-type": "text/plain" });
    outgoing.end("The app instance did not answer.");
  });
  incoming.pipe(proxied);
});
server.keepAliveTimeout = 65_000;
server.listen(port, "127.0.0.1", () => console.log(`Ready on port ${port}.`));
for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => process.exit(0));
