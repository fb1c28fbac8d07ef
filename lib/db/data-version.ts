import type { SqlDriverAdapter, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";
import type { PrismaClient } from "./generated/client";

// Counts and aggregates over 100,000 commitments cost milliseconds each (an exact COUNT reads
// every matching row), while the data behind them changes only when an editor records something.
// Such results are kept until the data changes. Two things change it: a write by this process,
// noted by the adapter (SQLite's `data_version` ignores a connection's own commits), and a
// commit by another process (a script, a second server), which `PRAGMA data_version` reports.

interface Shared {
  localWrites: number;
  entries: Map<string, { version: string; value: Promise<unknown> }>;
}

// On globalThis: Next bundles server actions and route handlers apart, each with its own copy of
// this module, and a write through one must invalidate what the other keeps.
const shared: Shared = ((globalThis as { pactDataVersion?: Shared }).pactDataVersion ??= { localWrites: 0, entries: new Map() });

const MAX_ENTRIES = 500;
// A statement that cannot have written: a SELECT, a PRAGMA, or a WITH whose body holds no write
// (user text is always a bound parameter, never part of the SQL text). Anything else counts as a
// write; a false alarm only costs a recomputation.
const READ = /^\s*(SELECT|PRAGMA|EXPLAIN)\b/i;
const WITH = /^\s*WITH\b/i;
const WRITE_VERB = /\b(INSERT|UPDATE|DELETE|REPLACE)\b/i;
const isRead = (sql: string) => READ.test(sql) || (WITH.test(sql) && !WRITE_VERB.test(sql));

/**
 * Counts this connection's writes, each once it has completed (a statement that is not a plain
 * read, a script, a commit), so that a result computed before it is never reused after it.
 */
export function trackWrites(inner: SqlDriverAdapter): SqlDriverAdapter {
  const wrote = <T>(result: T): T => {
    shared.localWrites++;
    return result;
  };
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: async (query: SqlQuery) => {
      const result = await inner.queryRaw(query);
      return isRead(query.sql) ? result : wrote(result);
    },
    executeRaw: async (query: SqlQuery) => wrote(await inner.executeRaw(query)),
    executeScript: async (script: string) => wrote(await inner.executeScript(script)),
    getConnectionInfo: inner.getConnectionInfo?.bind(inner),
    dispose: () => inner.dispose(),
    async startTransaction(isolationLevel) {
      const tx = await inner.startTransaction(isolationLevel);
      return Object.assign(Object.create(tx) as Transaction, { commit: async () => wrote(await tx.commit()) });
    },
  };
}

async function currentVersion(db: PrismaClient): Promise<string> {
  const [row] = await db.$queryRawUnsafe<{ data_version: bigint | number }[]>("PRAGMA data_version");
  return `${shared.localWrites}:${Number(row?.data_version ?? 0)}`;
}

/**
 * `compute()`'s result for `key`, reused until the data changes. Concurrent callers of a key that
 * is being computed share one computation; a failure is not kept.
 */
export async function keptUntilDataChanges<T>(db: PrismaClient, key: string, compute: () => Promise<T>): Promise<T> {
  const version = await currentVersion(db);
  const hit = shared.entries.get(key);
  if (hit && hit.version === version) return hit.value as Promise<T>;
  const value = compute();
  shared.entries.delete(key);
  shared.entries.set(key, { version, value });
  if (shared.entries.size > MAX_ENTRIES) shared.entries.delete(shared.entries.keys().next().value!);
  value.catch(() => {
    if (shared.entries.get(key)?.value === value) shared.entries.delete(key);
  });
  return value;
}
