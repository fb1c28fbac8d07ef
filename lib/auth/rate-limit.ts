/**
 * A fixed-window counter per key, in this process's memory: Pact runs as one server process, and
 * Better Auth's own limiter does not cover calls made from the server (`auth.api.*`).
 */
export function createRateLimiter({ limit, windowMs }: { limit: number; windowMs: number }) {
  const hits = new Map<string, { count: number; resetAt: number }>();
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
  perAccount: createRateLimiter({ limit: 5, windowMs: 60_000 }),
  perAddress: createRateLimiter({ limit: 30, windowMs: 60_000 }),
};
