import type { SqlDriverAdapter, Transaction } from "@prisma/driver-adapter-utils";

/**
 * One layer around the connection: the methods it redefines, given the connection beneath it.
 * What a layer leaves out passes through unchanged, so each layer states only what it adds
 * and none can drop a method of the adapter by forgetting to forward it.
 */
export type AdapterLayer = (inner: SqlDriverAdapter) => Partial<Omit<SqlDriverAdapter, "provider" | "adapterName">>;

/** The connection wrapped in each layer in turn, the first one innermost. */
export function layered(connection: SqlDriverAdapter, ...layers: AdapterLayer[]): SqlDriverAdapter {
  return layers.reduce<SqlDriverAdapter>((inner, layer) => ({ ...passingThrough(inner), ...layer(inner) }), connection);
}

function passingThrough(inner: SqlDriverAdapter): SqlDriverAdapter {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: (query) => inner.queryRaw(query),
    executeRaw: (query) => inner.executeRaw(query),
    executeScript: (script) => inner.executeScript(script),
    startTransaction: (isolationLevel) => inner.startTransaction(isolationLevel),
    getConnectionInfo: inner.getConnectionInfo?.bind(inner),
    dispose: () => inner.dispose(),
  };
}

/** `tx` with some of its methods redefined; everything else is still read from `tx` itself. */
export function layeredTransaction(
  tx: Transaction,
  overrides: Partial<Pick<Transaction, "commit" | "rollback">>,
): Transaction {
  return Object.assign(Object.create(tx) as Transaction, overrides);
}
