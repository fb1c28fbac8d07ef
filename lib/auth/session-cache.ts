import "server-only";
import { processSingleton } from "../process/singleton";
import type { Actor } from "./roles";

/**
 * Who a session cookie belongs to, for a few seconds after Better Auth checked it (signature,
 * database row, expiry): that check costs ~2 ms of the one CPU a request has, a lookup here
 * ~0.01 ms. The key is the cookie's whole signed value, so a value that was not verified (forged,
 * altered) never matches and goes the full way.
 *
 * How long a revoked session still works: logging out and role changes made through Pact clear
 * the cache at once; a change made behind Pact's back (a session or user row edited in the
 * database by another process) is seen within TTL_MS.
 */
export const SESSION_CACHE_TTL_MS = 10_000;
const MAX_ENTRIES = 1_000;

interface Entry {
  actor: Actor;
  until: number;
}

// Route handlers, pages and server actions may each get their own copy of this module, and a
// logout in one must clear what the others cached.
const shared = processSingleton("session-cache", () => ({ store: new Map<string, Entry>(), generation: 0 }));
const store = shared.store;

/** Taken before a session is looked up: what was read before a forgetSessions() is not kept. */
export function sessionGeneration(): number {
  return shared.generation;
}

export function cachedActor(cookie: string, now = Date.now()): Actor | null {
  const entry = store.get(cookie);
  if (!entry) return null;
  if (entry.until > now) return entry.actor;
  store.delete(cookie);
  return null;
}

export function rememberActor(
  cookie: string,
  actor: Actor,
  sessionExpiresAt: Date,
  generation: number,
  now = Date.now(),
): void {
  if (generation !== shared.generation) return;
  // Oldest first (insertion order): dropping the first entry keeps the map bounded.
  if (store.size >= MAX_ENTRIES) store.delete(store.keys().next().value!);
  store.set(cookie, { actor, until: Math.min(now + SESSION_CACHE_TTL_MS, sessionExpiresAt.getTime()) });
}

/** After a logout or a change to who may do what: every session is checked afresh. */
export function forgetSessions(): void {
  shared.generation++;
  store.clear();
}

/** A cookie's raw value from a Cookie header, as the browser sent it. */
export function cookieValue(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const at = part.indexOf("=");
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

/** The session token inside a signed session cookie ("token.signature", URL-encoded). */
export function tokenOf(cookie: string): string {
  let value = cookie;
  try {
    value = decodeURIComponent(cookie);
  } catch {
    // Not encoded: as it is.
  }
  return value.slice(0, value.lastIndexOf(".") === -1 ? value.length : value.lastIndexOf("."));
}
