import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlMigrationAwareDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";
import { databaseUrl } from "./lib/db/url";

// Prisma 6.19's Wasm schema engine replays each migration.sql into the shadow database with one
// executeRaw call, which better-sqlite3 refuses for several statements (P3006). Parameterless
// raw statements on the shadow connection therefore go through executeScript instead.
function sqliteAdapter(url: string): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaBetterSQLite3({ url });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => factory.connect(),
    connectToShadowDb: async () => {
      const shadow = await factory.connectToShadowDb();
      const executeRaw = shadow.executeRaw.bind(shadow);
      shadow.executeRaw = async (query: SqlQuery) => {
        if (query.args.length > 0) return executeRaw(query);
        await shadow.executeScript(query.sql);
        return 0;
      };
      return shadow;
    },
  };
}

// The schema's datasource reads DATABASE_URL; without it the CLI tries to download a native engine.
process.env.DATABASE_URL = databaseUrl();

// Full-text search lives in hand-written SQL (prisma/migrations/*_search_fts): the FTS5 table,
// its shadow tables and the rowid map are invisible to migrate diff, so it reports no drift.
const SEARCH_TABLES = [
  "search_doc",
  "search_fts",
  ...["config", "content", "data", "docsize", "idx"].map((s) => `search_fts_${s}`),
];

export default defineConfig({
  experimental: { adapter: true, externalTables: true },
  tables: { external: SEARCH_TABLES },
  engine: "js",
  adapter: () => Promise.resolve(sqliteAdapter(databaseUrl())),
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
