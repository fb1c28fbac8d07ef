// A liveness probe for load balancers and the benchmark's floor: it answers without touching the
// database, so its latency is what Next.js itself costs per request on this machine.
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ ok: true }, { headers: { "cache-control": "no-store" } });
}
