import { Prisma } from "../db/client";

// The rules of where.ts in SQL, for the lists filtered by a raw WHERE (so that full-text search,
// which Prisma's where cannot express, combines with the rest). Keep the two files in step.
// `t` is the alias of the record's table in the statement.

const { sql } = Prisma;

export const eventKnownBySql = (t: Prisma.Sql, asOf: string): Prisma.Sql => sql`${t}."startDate" <= ${asOf}`;

export const documentKnownBySql = (t: Prisma.Sql, asOf: string): Prisma.Sql =>
  sql`(${t}."signedDate" IS NULL OR ${t}."signedDate" <= ${asOf})`;

export const sourceKnownBySql = (t: Prisma.Sql, asOf: string): Prisma.Sql =>
  sql`(${t}."publishedDate" IS NULL OR ${t}."publishedDate" <= ${asOf})`;
