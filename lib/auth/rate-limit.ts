import { createHash } from "node:crypto";
import { processSingleton } from "../process/singleton";

/**
 * Login limits, in this process's memory: Pact runs as one server process, and Better Auth's own
 * limiter does not cover calls made from the server (`auth.api.*`).
 *
 * Keys come from callers (an email, an address a trusted proxy reported), so every store bounds
 * both the size of a key and the number it keeps: an attacker choosing keys cannot grow it.
 */

/** Longer keys are kept as their SHA-256, so a key costs at most this many characters. */
export const MAX_KEY_LENGTH = 128;
const DEFAULT_MAX_KEYS = 10_000;

function boundedKey(key: string): string {
  return key.length <= MAX_KEY_LENGTH ? key : `sha256:${createHash("sha256").update(key).digest("hex")}`;
}

// Route handlers and server actions are bundled apart, each with its own copy of this module:
// both doors must count against the same limit.
const stores = processSingleton("rate-limits", () => new Map<string, Map<string, unknown>>());

function store<V>(name: string): Map<string, V> {
  const existing = stores.get(name) as Map<string, V> | undefined;
  if (existing) return existing;
  const created = new Map<string, V>();
  stores.set(name, created);
  return created;
}

/**
 * Makes room for one more key: expired entries go first; then, oldest first, entries that hold
 * nobody back, so that a flood of new keys cannot push out the one that is blocking a guesser;
 * then the oldest of all.
 */
function makeRoom<V>(
  entries: Map<string, V>,
  maxKeys: number,
  expired: (v: V) => boolean,
  blocking: (v: V) => boolean,
): void {
  if (entries.size < maxKeys) return;
  for (const [key, value] of entries) if (expired(value)) entries.delete(key);
  for (const [key, value] of entries) {
    if (entries.size < maxKeys) return;
    if (!blocking(value)) entries.delete(key);
  }
  for (const key of entries.keys()) {
    if (entries.size < maxKeys) return;
    entries.delete(key);
  }
}

export interface StoreStats {
  keys: number;
  /** Characters held in keys: bounded by keys × MAX_KEY_LENGTH. */
  keyChars: number;
}

function statsOf(entries: Map<string, unknown>): StoreStats {
  let keyChars = 0;
  for (const key of entries.keys()) keyChars += key.length;
  return { keys: entries.size, keyChars };
}

/** At most `limit` attempts a key in each window of `windowMs`. */
export function createRateLimiter({
  name,
  limit,
  windowMs,
  maxKeys = DEFAULT_MAX_KEYS,
}: {
  name: string;
  limit: number;
  windowMs: number;
  maxKeys?: number;
}) {
  const hits = store<{ count: number; resetAt: number }>(name);
  return {
    /** Counts an attempt; false when the key has used up its window. */
    take(rawKey: string, now: number = Date.now()): boolean {
      const key = boundedKey(rawKey);
      const entry = hits.get(key);
      if (!entry || entry.resetAt <= now) {
        hits.delete(key);
        makeRoom(
          hits,
          maxKeys,
          (v) => v.resetAt <= now,
          (v) => v.count > limit,
        );
        hits.set(key, { count: 1, resetAt: now + windowMs });
        return true;
      }
      entry.count++;
      return entry.count <= limit;
    },
    stats: (): StoreStats => statsOf(hits),
  };
}

export type BackoffDecision = { ok: true } | { ok: false; retryAfterMs: number };

/**
 * Exponential backoff per key: `free` attempts, then each further one is allowed only after a
 * wait that doubles from `baseMs` up to `maxMs`. The attempt is counted when it is let through,
 * before its outcome is known, so parallel guesses cannot all slip in; attempts refused while
 * waiting do not lengthen the wait. There is no lockout: the owner of the key waits seconds, not
 * an hour, and a success (or `forgetMs` without an attempt) starts afresh.
 */
export function createBackoff({
  name,
  free,
  baseMs,
  maxMs,
  forgetMs,
  maxKeys = DEFAULT_MAX_KEYS,
}: {
  name: string;
  free: number;
  baseMs: number;
  maxMs: number;
  forgetMs: number;
  maxKeys?: number;
}) {
  const entries = store<{ attempts: number; lastAt: number; blockedUntil: number }>(name);
  return {
    take(rawKey: string, now: number = Date.now()): BackoffDecision {
      const key = boundedKey(rawKey);
      let entry = entries.get(key);
      if (entry && entry.lastAt + forgetMs <= now && entry.blockedUntil <= now) {
        entries.delete(key);
        entry = undefined;
      }
      if (entry && entry.blockedUntil > now) return { ok: false, retryAfterMs: entry.blockedUntil - now };
      if (!entry) {
        makeRoom(
          entries,
          maxKeys,
          (v) => v.lastAt + forgetMs <= now && v.blockedUntil <= now,
          (v) => v.blockedUntil > now,
        );
        entry = { attempts: 0, lastAt: now, blockedUntil: 0 };
        entries.set(key, entry);
      }
      entry.attempts++;
      entry.lastAt = now;
      if (entry.attempts >= free) entry.blockedUntil = now + Math.min(maxMs, baseMs * 2 ** (entry.attempts - free));
      return { ok: true };
    },
    /** A success: the key starts afresh. */
    reset(rawKey: string): void {
      entries.delete(boundedKey(rawKey));
    },
    stats: (): StoreStats => statsOf(entries),
  };
}

/**
 * Login attempts. Per account, whatever the address: 5 free, then a wait of 2 s doubling to 60 s
 * (a guesser gets about one try a minute; the account's owner waits seconds). Per address, 30 a
 * minute over all accounts (PACT_LOGIN_LIMIT_PER_ADDRESS raises it where many people share one
 * address, or for a test run); the address is the socket's, or a trusted proxy's report of it.
 */
export const loginLimiter = {
  perAccount: createBackoff({ name: "login-account", free: 5, baseMs: 2_000, maxMs: 60_000, forgetMs: 15 * 60_000 }),
  perAddress: createRateLimiter({
    name: "login-address",
    limit: Number(process.env.PACT_LOGIN_LIMIT_PER_ADDRESS ?? 30),
    windowMs: 60_000,
  }),
};
