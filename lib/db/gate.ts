import { AsyncLocalStorage } from "node:async_hooks";
import type { SqlQuery, Transaction } from "@prisma/driver-adapter-utils";
import { layeredTransaction, type AdapterLayer } from "./adapter";

/**
 * The better-sqlite3 adapter runs every query on ONE connection and serialises transactions
 * among themselves only: a query from another request, issued while a transaction is open, runs
 * inside that transaction — it reads uncommitted rows, and its write vanishes if the transaction
 * rolls back, after it was acknowledged. This wrapper closes that gap: while any transaction is
 * open or waiting to open, queries outside it wait for it to end.
 *
 * A consequence to respect: inside `prisma.$transaction(async (tx) => …)`, use `tx` only; a query
 * on the outer client would wait for the transaction that waits for it (`refusingOuterQueries`
 * turns that hang into an error).
 */
export const gateTransactions: AdapterLayer = (inner) => {
  let open = 0;
  let idle: Promise<void> = Promise.resolve();
  let release: () => void = () => {};

  // Queries outside transactions wait until none is open; better-sqlite3 then runs them
  // synchronously, so no transaction can begin halfway through one.
  async function outside<T>(run: () => Promise<T>): Promise<T> {
    while (open > 0) await idle;
    return run();
  }

  function enter(): void {
    if (open++ === 0) idle = new Promise<void>((resolve) => (release = resolve));
  }

  function leave(): void {
    if (--open === 0) release();
  }

  return {
    queryRaw: (query: SqlQuery) => outside(() => inner.queryRaw(query)),
    executeRaw: (query: SqlQuery) => outside(() => inner.executeRaw(query)),
    executeScript: (script: string) => outside(() => inner.executeScript(script)),
    async startTransaction(isolationLevel) {
      // Counted before BEGIN runs: from here on, outside queries queue behind this transaction.
      enter();
      let tx: Transaction;
      try {
        tx = await inner.startTransaction(isolationLevel);
      } catch (error) {
        leave();
        throw error;
      }
      let ended = false;
      const end = () => {
        if (!ended) {
          ended = true;
          leave();
        }
      };
      return layeredTransaction(tx, {
        commit: async () => {
          try {
            await tx.commit();
          } finally {
            end();
          }
        },
        rollback: async () => {
          try {
            await tx.rollback();
          } finally {
            end();
          }
        },
      });
    },
  };
};

/** The client's own properties that send something to the database (model delegates aside). */
const QUERYING_METHODS = new Set([
  "$transaction",
  "$queryRaw",
  "$queryRawUnsafe",
  "$executeRaw",
  "$executeRawUnsafe",
  "$queryRawTyped",
]);

interface Scope {
  client: object;
  open: boolean;
}
const transactionScope = new AsyncLocalStorage<Scope>();

function isModelDelegate(value: unknown): boolean {
  return (
    typeof value === "object" && value !== null && typeof (value as { findMany?: unknown }).findMany === "function"
  );
}

/**
 * The client, except that using it from inside one of its own interactive transactions throws
 * at once, naming the mistake, instead of waiting forever at the gate for the transaction that
 * waits for it. Other requests' queries, made while a transaction is open, still wait their
 * turn: the transaction's callback is told apart by its async context, which only what it
 * awaits or starts inherits — and only until it settles.
 */
export function refusingOuterQueries<Client extends object>(client: Client): Client {
  const guarded: Client = new Proxy(client, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property);
      if (typeof property !== "string") return value;
      const scope = transactionScope.getStore();
      if (scope?.client === guarded && scope.open && (QUERYING_METHODS.has(property) || isModelDelegate(value))) {
        throw new Error(
          `prisma.${property} was used inside prisma.$transaction(async (tx) => …): use tx inside a transaction. The transaction holds the one connection, so a query on the outer client would wait for it forever.`,
        );
      }
      if (property === "$transaction" && typeof value === "function")
        return scopedTransaction(target, guarded, value as (...args: unknown[]) => unknown);
      // Prisma's own methods run on the client itself, never through this proxy: the client a
      // transaction hands out is built from it, and must not meet the check above.
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return guarded;
}

function scopedTransaction(target: object, guarded: object, transaction: (...args: unknown[]) => unknown) {
  return (first: unknown, ...rest: unknown[]) => {
    // A batch ([prisma.a.create(…), …]) runs no code of ours while it is open.
    if (typeof first !== "function") return transaction.call(target, first, ...rest);
    const callback = first as (tx: unknown) => Promise<unknown>;
    return transaction.call(
      target,
      (tx: unknown) => {
        const scope: Scope = { client: guarded, open: true };
        return transactionScope.run(scope, async () => {
          try {
            return await callback(tx);
          } finally {
            // Work the callback started and left running may use the client once it has ended.
            scope.open = false;
          }
        });
      },
      ...rest,
    );
  };
}
