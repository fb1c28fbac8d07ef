import type { SqlQuery } from "@prisma/driver-adapter-utils";
import { dataVersion } from "./dialect-sql";
import { processSingleton } from "../process/singleton";
import { layeredTransaction, type AdapterLayer } from "./adapter";
import type { PrismaClient } from "./generated/client";

// Counts and aggregates over 100,000 commitments cost milliseconds each (an exact COUNT reads
// every matching row), while the data behind them changes only when an editor records something.
// Such results are kept until the data changes. Two things change it: a write by this process,
// noted by the adapter (SQLite's `data_version` ignores a connection's own commits), and a
// commit by another process (a script, a second server), which `PRAGMA data_version` reports.

interface Entry {
  version: string;
  value: Promise<unknown>;
  bytes: number;
}
interface Shared {
  localWrites: number;
  entries: Map<string, Entry>;
  bytes: number;
  clients: WeakMap<object, number>;
  nextClient: number;
}

// Next bundles server actions and route handlers apart, each with its own copy of this module,
// and a write through one must invalidate what the other keeps.
const shared = processSingleton<Shared>("data-version", () => ({
  localWrites: 0,
  entries: new Map(),
  bytes: 0,
  clients: new WeakMap(),
  nextClient: 0,
}));

// Bounded by size, not only by count: anyone may ask for a new search, and one result with its
// snippets weighs up to a few hundred KB. The least recently read out first.
const MAX_ENTRIES = 2_000;
const MAX_BYTES = 8 * 2 ** 20;
const MAX_ENTRY_BYTES = MAX_BYTES / 16;

// A statement that cannot have written: a SELECT, an EXPLAIN, a PRAGMA that sets nothing, or a
// WITH whose body holds no write (user text is always a bound parameter, never part of the SQL
// text). Anything else counts as a write; a false alarm only costs a recomputation.
const READ = /^\s*(SELECT|EXPLAIN)\b/i;
const READ_PRAGMA = /^\s*PRAGMA\b[^=]*$/i;
const WITH = /^\s*WITH\b/i;
const WRITE_VERB = /\b(INSERT|UPDATE|DELETE|REPLACE)\b/i;
const isRead = (sql: string) => READ.test(sql) || READ_PRAGMA.test(sql) || (WITH.test(sql) && !WRITE_VERB.test(sql));

/**
 * Counts this connection's writes, each once it has completed (a statement that is not a plain
 * read, a script, a commit), so that a result computed before it is never reused after it.
 */
export const trackWrites: AdapterLayer = (inner) => {
  // A new connection's data_version is its own sequence: nothing kept before it may be matched.
  shared.localWrites++;
  const wrote = <T>(result: T): T => {
    shared.localWrites++;
    return result;
  };
  return {
    queryRaw: async (query: SqlQuery) => {
      const result = await inner.queryRaw(query);
      return isRead(query.sql) ? result : wrote(result);
    },
    executeRaw: async (query: SqlQuery) => wrote(await inner.executeRaw(query)),
    // A script that fails halfway may still have written its first statements.
    executeScript: async (script: string) => {
      try {
        return await inner.executeScript(script);
      } finally {
        shared.localWrites++;
      }
    },
    async startTransaction(isolationLevel) {
      const tx = await inner.startTransaction(isolationLevel);
      return layeredTransaction(tx, { commit: async () => wrote(await tx.commit()) });
    },
  };
};

async function currentVersion(db: PrismaClient): Promise<string> {
  const external = await dataVersion(db);
  return `${shared.localWrites}:${external}`;
}

function drop(key: string): void {
  const entry = shared.entries.get(key);
  if (!entry) return;
  shared.bytes -= entry.bytes;
  shared.entries.delete(key);
}

/** Weighs a kept result once it is known, and makes room for it (or drops it when too heavy). */
function weigh(key: string, value: Promise<unknown>, result: unknown): void {
  const entry = shared.entries.get(key);
  if (entry?.value !== value) return;
  const bytes =
    2 *
    (key.length +
      (JSON.stringify(result, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v))?.length ?? 0));
  if (bytes > MAX_ENTRY_BYTES) return drop(key);
  entry.bytes = bytes;
  shared.bytes += bytes;
  for (const oldest of shared.entries.keys()) {
    if (shared.bytes <= MAX_BYTES && shared.entries.size <= MAX_ENTRIES) break;
    drop(oldest);
  }
}

/**
 * `compute()`'s result for `key`, reused until the data changes. Concurrent callers of a key that
 * is being computed share one computation; a failure is not kept. Results are kept per client
 * (a script or a test may open a second one on another file).
 */
export async function keptUntilDataChanges<T>(db: PrismaClient, key: string, compute: () => Promise<T>): Promise<T> {
  let client = shared.clients.get(db);
  if (client === undefined) shared.clients.set(db, (client = shared.nextClient++));
  const scoped = `${client} ${key}`;
  const version = await currentVersion(db);
  const hit = shared.entries.get(scoped);
  if (hit && hit.version === version) {
    // Read last = evicted last: a flood of one-off pages or searches pushes out one another
    // before the counts and totals that every page reads.
    shared.entries.delete(scoped);
    shared.entries.set(scoped, hit);
    return hit.value as Promise<T>;
  }
  const value = compute();
  drop(scoped);
  shared.entries.set(scoped, { version, value, bytes: 0 });
  value.then(
    (result) => weigh(scoped, value, result),
    () => {
      if (shared.entries.get(scoped)?.value === value) drop(scoped);
    },
  );
  return value;
}
