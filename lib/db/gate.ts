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
 * on the outer client would wait for the transaction that waits for it.
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
