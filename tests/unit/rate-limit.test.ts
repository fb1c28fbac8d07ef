import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { createBackoff, createRateLimiter, MAX_KEY_LENGTH } from "@/lib/auth/rate-limit";

let names = 0;
const unique = (prefix: string) => `${prefix}-test-${++names}`;
const backoff = (maxKeys?: number) =>
  createBackoff({ name: unique("backoff"), free: 5, baseMs: 2_000, maxMs: 60_000, forgetMs: 900_000, maxKeys });

describe("per-account backoff", () => {
  it("lets 5 attempts through, then makes each further one wait twice as long, up to the cap", () => {
    const limiter = backoff();
    const t0 = 1_000_000;
    for (let i = 0; i < 5; i++) expect(limiter.take("a@x.org", t0).ok).toBe(true);
    expect(limiter.take("a@x.org", t0 + 1)).toEqual({ ok: false, retryAfterMs: 1_999 });
    // Attempts refused while waiting do not lengthen the wait.
    for (let i = 0; i < 30; i++) expect(limiter.take("a@x.org", t0 + 100).ok).toBe(false);
    expect(limiter.take("a@x.org", t0 + 2_000).ok).toBe(true);
    expect(limiter.take("a@x.org", t0 + 2_001)).toEqual({ ok: false, retryAfterMs: 3_999 });
    let now = t0 + 6_000;
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      expect(limiter.take("a@x.org", now).ok).toBe(true);
      const refused = limiter.take("a@x.org", now);
      if (refused.ok) throw new Error("expected a wait");
      waits.push(refused.retryAfterMs);
      now += refused.retryAfterMs;
    }
    expect(waits).toEqual([8_000, 16_000, 32_000, 60_000, 60_000, 60_000, 60_000, 60_000]);
  });

  it("keeps each account apart, and starts an account afresh after a success", () => {
    const limiter = backoff();
    for (let i = 0; i < 5; i++) limiter.take("guessed@x.org", 0);
    expect(limiter.take("guessed@x.org", 10).ok).toBe(false);
    expect(limiter.take("other@x.org", 10).ok).toBe(true);
    limiter.reset("guessed@x.org");
    expect(limiter.take("guessed@x.org", 20).ok).toBe(true);
  });

  it("forgets an account's attempts after a quiet period", () => {
    const limiter = backoff();
    for (let i = 0; i < 5; i++) limiter.take("quiet@x.org", 0);
    expect(limiter.take("quiet@x.org", 900_000).ok).toBe(true);
    for (let i = 0; i < 3; i++) expect(limiter.take("quiet@x.org", 900_000).ok).toBe(true);
  });

  it("keeps a blocked account blocked when a flood of new keys fills the store", () => {
    const limiter = backoff(100);
    for (let i = 0; i < 5; i++) limiter.take("target@x.org", 0);
    for (let i = 0; i < 5_000; i++) limiter.take(`flood-${i}@x.org`, 1);
    expect(limiter.stats().keys).toBeLessThanOrEqual(100);
    expect(limiter.take("target@x.org", 2).ok).toBe(false);
  });
});

function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

describe("rate-limit stores under keys an attacker chooses", () => {
  it("stay bounded in keys and in memory, whatever the number and size of the keys", () => {
    const maxKeys = 1_000;
    const window = createRateLimiter({ name: unique("window"), limit: 30, windowMs: 60_000, maxKeys });
    const accounts = backoff(maxKeys);
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    // 5,000 distinct keys of 16 KB each: 80 MB if kept as they came.
    for (let i = 0; i < 5_000; i++) {
      const key = `${i}:${"x".repeat(16 * 1024)}`;
      window.take(key, i);
      accounts.take(key, i);
    }
    collectGarbage();
    const grown = process.memoryUsage().heapUsed - before;
    for (const stats of [window.stats(), accounts.stats()]) {
      expect(stats.keys).toBeLessThanOrEqual(maxKeys);
      expect(stats.keyChars).toBeLessThanOrEqual(maxKeys * MAX_KEY_LENGTH);
    }
    // Kept as they came, the keys alone would hold 80 MB; bounded, the two stores hold well under 1 MB.
    expect(grown).toBeLessThan(8 * 1024 * 1024);
  });

  it("still tells long keys apart", () => {
    const window = createRateLimiter({ name: unique("window"), limit: 1, windowMs: 60_000 });
    const long = "y".repeat(10_000);
    expect(window.take(`${long}1`, 0)).toBe(true);
    expect(window.take(`${long}2`, 0)).toBe(true);
    expect(window.take(`${long}1`, 0)).toBe(false);
  });
});
