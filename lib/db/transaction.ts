import "server-only";
import { prisma, type Prisma } from "./client";

/** A transaction's client: every query of a batch of writes goes through it (see lib/db/gate.ts). */
export type Db = Prisma.TransactionClient;

/**
 * Runs `run` in the transaction `db` when the caller already opened one (a batch saving many
 * records, all or none), else in a transaction of its own.
 */
export function inTransaction<T>(db: Db | undefined, run: (tx: Db) => Promise<T>): Promise<T> {
  return db ? run(db) : prisma.$transaction(run);
}
