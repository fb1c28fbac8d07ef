// The production server: Next's request handler behind a plain Node HTTP server, so that the
// caller's address comes from the socket (Next itself keeps whatever X-Forwarded-For a caller
// sends) and forwarded headers are honoured only from the proxies PACT_TRUSTED_PROXIES names.
// Started by `npm start`, the tests and the bench, with PORT and HOST in the environment.
import { createServer } from "node:http";
import next from "next";
import { applyForwarding, compileTrust } from "../lib/http/forwarded";
import { unholdableQueryKey, unknownParameterBody } from "../lib/http/raw-query";
import { BASE_SECURITY_HEADERS } from "../lib/http/security-headers";

async function main() {
  const port = Number(process.env.PORT ?? 3000);
  const hostname = process.env.HOST ?? "0.0.0.0";
  const trust = compileTrust(process.env.PACT_TRUSTED_PROXIES);
  const app = next({ dev: false, hostname, port, dir: process.cwd() });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((request, response) => {
    applyForwarding(request, trust);
    // Set before Next writes anything, so even the answers Next gives on its own carry them.
    for (const [name, value] of Object.entries(BASE_SECURITY_HEADERS)) response.setHeader(name, value);
    const unholdable = request.url?.startsWith("/api/") ? unholdableQueryKey(request.url) : null;
    if (unholdable) {
      response
        .writeHead(400, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" })
        .end(unknownParameterBody(unholdable));
      return;
    }
    void handle(request, response);
  });
  // A stop takes no new requests, lets those in flight finish (10 s at most), then exits; the
  // database is closed by lib/db's exit listener, which checkpoints and removes -wal and -shm.
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, stop);
  server.listen(port, hostname, () => console.log(`pact: ready on http://${hostname}:${port}`));
}

main().catch((error) => {
  console.error(`pact: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
