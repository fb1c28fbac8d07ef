import { z } from "zod";
import type { Prisma } from "./generated/client";

// Raw statements answer rows that Prisma cannot type. Each one is declared once, with the
// columns of its row as a strict zod shape: rows are parsed, never asserted, and
// tests/unit/raw-reads.test.ts checks every declaration against the columns its statement
// really returns, so a column renamed on one side only fails a test instead of a page.
// Prisma's TypedSQL would type them from .sql files, but needs a native engine this project
// cannot download, and most statements here are composed at run time (docs/architecture.md).

/** The client or a transaction: whatever runs raw SQL. */
export type RawClient = Pick<Prisma.TransactionClient, "$queryRaw">;

const BRAND = Symbol.for("pact.rawRead");

export interface RawRead<S extends z.core.$ZodLooseShape, A extends unknown[]> {
  readonly [BRAND]: true;
  /** Every column of a row, by name: a missing or an unexpected column fails the parse. */
  readonly row: z.ZodObject<S, z.core.$strict>;
  /** The statement for these arguments. */
  readonly sql: (...args: A) => Prisma.Sql;
  /** The statement's rows on `db`, parsed. */
  run(db: RawClient, ...args: A): Promise<z.output<z.ZodObject<S, z.core.$strict>>[]>;
}

/** Declares a raw read: its row's columns and its statement. */
export function rawRead<S extends z.core.$ZodLooseShape, A extends unknown[]>(
  columns: S,
  sql: (...args: A) => Prisma.Sql,
): RawRead<S, A> {
  const row = z.strictObject(columns);
  return {
    [BRAND]: true,
    row,
    sql,
    async run(db, ...args) {
      const rows = await db.$queryRaw<unknown[]>(sql(...args));
      return rows.map((r) => row.parse(r));
    },
  };
}

export function isRawRead(value: unknown): value is RawRead<z.core.$ZodLooseShape, unknown[]> {
  return typeof value === "object" && value !== null && BRAND in value;
}

// Column types as the SQLite adapter answers them.

/** An integer the driver may answer as a number or, past 32 bits or for an aggregate, a bigint. */
export const integerColumn = z.union([z.number(), z.bigint()]);

/** A count or any other integer the app reads as a number. */
export const countColumn = integerColumn.transform(Number);

/** A column holding JSON text, parsed and then checked against `schema`. */
export function jsonColumn<T extends z.ZodType>(schema: T) {
  return z
    .string()
    .transform((text): unknown => JSON.parse(text))
    .pipe(schema);
}

/** A stored instant inside a JSON document: ISO text, or epoch milliseconds from some writers. */
export const instantField = z.union([z.string(), z.number()]).transform((value) => new Date(value));
