/**
 * A fixed-window counter per key, in this process's memory: Pact runs as one server process, and
 * Better Auth's own limiter does not cover calls made from the server (`auth.api.*`).
 */
type Hits = Map<string, { count: number; resetAt: number }>;

// Route handlers and server actions are bundled apart, each with its own copy of this module:
// the counters live on globalThis so that both doors count against the same limit.
const stores = ((globalThis as { pactRateLimits?: Map<string, Hits> }).pactRateLimits ??= new Map());

export function createRateLimiter({ name, limit, windowMs }: { name: string; limit: number; windowMs: number }) {
  const hits: Hits = stores.get(name) ?? new Map();
  stores.set(name, hits);
  return {
    /** Counts an attempt; false when the key has used up its window. */
    take(key: string, now: number = Date.now()): boolean {
      if (hits.size > 10_000) for (const [k, v] of hits) if (v.resetAt <= now) hits.delete(k);
      const entry = hits.get(key);
      if (!entry || entry.resetAt <= now) {
        hits.set(key, { count: 1, resetAt: now + windowMs });
        return true;
      }
      entry.count++;
      return entry.count <= limit;
    },
    reset(key: string): void {
      hits.delete(key);
    },
  };
}

/** Login attempts: per address and account, and per address over all accounts. */
export const loginLimiter = {
  perAccount: createRateLimiter({ name: "login-account", limit: 5, windowMs: 60_000 }),
  // PACT_LOGIN_LIMIT_PER_ADDRESS raises the address limit where many people share one address (or a test run).
  perAddress: createRateLimiter({ name: "login-address", limit: Number(process.env.PACT_LOGIN_LIMIT_PER_ADDRESS ?? 30), windowMs: 60_000 }),
};
