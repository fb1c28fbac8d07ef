import http from "node:http";

export interface Request {
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}
export interface Reply {
  status: number;
  body: string;
}

export interface LoadResult {
  requests: number;
  /** Answers outside 2xx (and socket errors), counted, never hidden in the figures. */
  failures: number;
  statuses: Record<number, number>;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * A closed-loop load generator: `clients` connections, each sending its next request as soon as
 * the previous one answered, for `seconds`. Plain node:http with keep-alive — lighter than fetch,
 * which matters when the generator shares two cores with the server it measures.
 */
export async function load(
  origin: string,
  clients: number,
  seconds: number,
  next: (client: number, i: number) => Request,
  onReply?: (client: number, request: Request, reply: Reply) => void,
): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const url = new URL(origin);
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  let failures = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;

  const send = (request: Request) =>
    new Promise<Reply>((resolve) => {
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          path: request.path,
          method: request.method ?? "GET",
          agent,
          headers: {
            ...request.headers,
            ...(request.body ? { "content-length": Buffer.byteLength(request.body) } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
          res.on("error", () => resolve({ status: 0, body: "" }));
        },
      );
      req.on("error", () => resolve({ status: 0, body: "" }));
      req.end(request.body);
    });

  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = 0; performance.now() < deadline; i++) {
        const request = next(client, i);
        const t = performance.now();
        const reply = await send(request);
        latencies.push(performance.now() - t);
        statuses[reply.status] = (statuses[reply.status] ?? 0) + 1;
        if (reply.status < 200 || reply.status >= 300) failures++;
        onReply?.(client, request, reply);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    failures,
    statuses,
    seconds: elapsed,
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

/** One request, timed to its last byte, with the bytes counted as they stream in. */
export function timedDownload(
  origin: string,
  path: string,
): Promise<{ status: number; bytes: number; seconds: number; lines: number }> {
  const url = new URL(origin);
  const t = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get({ host: url.hostname, port: url.port, path }, (res) => {
        let bytes = 0;
        let lines = 0;
        res.on("data", (chunk: Buffer) => {
          bytes += chunk.length;
          for (const byte of chunk) if (byte === 10) lines++;
        });
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, bytes, lines, seconds: (performance.now() - t) / 1000 }),
        );
        res.on("error", reject);
      })
      .on("error", reject);
  });
}
