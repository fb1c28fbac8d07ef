import { Prisma } from "../db/client";

// An import's rows as multi-row INSERTs. Prisma's createMany spent most of a 10,000-row import
// building its statements (47 s, and past the server's 192 MB heap in slices of 500); the same
// rows as plain INSERTs of a few hundred rows each take a second or two.

const { sql, join, raw } = Prisma;

type RawWriter = Pick<Prisma.TransactionClient, "$executeRaw">;
export type Cell = string | number | bigint | boolean | Date | null;

// Well under SQLite's 32,766 bound parameters, and statements short enough to build cheaply.
const MAX_PARAMETERS = 4_000;

/**
 * Inserts `rows` into `table`, every row with the same columns (those of the first). Table and
 * column names come from the code, never from a file.
 */
export async function insertRows(db: RawWriter, table: string, rows: readonly Record<string, Cell>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const names = raw(columns.map((c) => `"${c}"`).join(", "));
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let i = 0; i < rows.length; i += perStatement) {
    const values = rows
      .slice(i, i + perStatement)
      .map((row) => sql`(${join(columns.map((c) => (typeof row[c] === "boolean" ? Number(row[c]) : row[c])))})`);
    await db.$executeRaw(sql`INSERT INTO ${raw(`"${table}"`)} (${names}) VALUES ${join(values)}`);
  }
}
