import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { layered, type AdapterLayer } from "./adapter";
import { processSingleton } from "../process/singleton";
import { PrismaClient } from "./generated/client";
import { trackWrites } from "./data-version";
import { gateTransactions, refusingOuterQueries } from "./gate";
import { databaseFile } from "./url";

const BUSY_TIMEOUT_MS = 5_000;

// Per-connection settings are applied as soon as the adapter opens its (single) connection, so
// no query can run before them. WAL lets readers proceed during a write; NORMAL is durable in WAL
// mode for everything committed before the last checkpoint-safe sync, and far faster than FULL.
const CONNECTION_PRAGMAS = `
  PRAGMA journal_mode = WAL;
  PRAGMA synchronous = NORMAL;
  PRAGMA foreign_keys = ON;
  PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS};
`;

/**
 * Closes the connection when the process exits. Closing the last connection checkpoints the WAL
 * into the database file and deletes the -wal and -shm files; without it, every stop left them
 * behind, and `db:restore` took them for a server still running (or one that crashed).
 *
 * On "exit", not on SIGTERM/SIGINT: `next start` handles those itself, finishing what it serves
 * before calling process.exit, so a signal handler here would close the database under requests
 * still in flight. "exit" listeners run synchronously after that, as does better-sqlite3's
 * close(); they also run when a script ends.
 */
const closedAtExit: AdapterLayer = (connection) => {
  const close = () => {
    try {
      void connection.dispose();
    } catch {
      // Nothing to do as the process ends: the WAL stays, and SQLite replays it on the next open.
    }
  };
  process.once("exit", close);
  return {
    dispose: () => {
      process.off("exit", close);
      return connection.dispose();
    },
  };
};

function configuredAdapter(file: string): SqlDriverAdapterFactory {
  const factory = new PrismaBetterSQLite3({ url: file, timeout: BUSY_TIMEOUT_MS });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect(): Promise<SqlDriverAdapter> {
      const connection = await factory.connect();
      await connection.executeScript(CONNECTION_PRAGMAS);
      return layered(connection, gateTransactions, trackWrites, closedAtExit);
    },
  };
}

export function createPrismaClient(file: string = databaseFile()): PrismaClient {
  return refusingOuterQueries(new PrismaClient({ adapter: configuredAdapter(file) }));
}

/** The one Prisma client of the process (kept across hot reloads in development). */
export const prisma: PrismaClient = processSingleton("prisma", () => createPrismaClient());

export type { PrismaClient };
export { Prisma } from "./generated/client";
