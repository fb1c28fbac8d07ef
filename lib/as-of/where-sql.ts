import { Prisma } from "../db/client";

// The rules of where.ts in SQL, for the lists filtered by a raw WHERE (so that full-text search,
// which Prisma's where cannot express, combines with the rest). Keep the two files in step;
// tests/unit/as-of-rules.test.ts checks that they agree. `t` is the alias of the record's table
// in the statement.

const { sql, raw } = Prisma;

/** A status change `s` is known on the day its effective period starts. */
export const changeKnownBySql = (s: Prisma.Sql, asOf: string): Prisma.Sql => sql`${s}."effectiveDate" <= ${asOf}`;

/** The commitment whose id is `id` has a change known by the day (`s` aliases the changes). */
export const commitmentKnownBySql = (id: Prisma.Sql, asOf: string, s: Prisma.Sql = raw("s")): Prisma.Sql =>
  sql`EXISTS (SELECT 1 FROM "StatusChange" ${s} WHERE ${s}."commitmentId" = ${id} AND ${changeKnownBySql(s, asOf)})`;

export const eventKnownBySql = (t: Prisma.Sql, asOf: string): Prisma.Sql => sql`${t}."startDate" <= ${asOf}`;

export const documentKnownBySql = (t: Prisma.Sql, asOf: string): Prisma.Sql =>
  sql`(${t}."signedDate" IS NULL OR ${t}."signedDate" <= ${asOf})`;

export const sourceKnownBySql = (t: Prisma.Sql, asOf: string): Prisma.Sql =>
  sql`(${t}."publishedDate" IS NULL OR ${t}."publishedDate" <= ${asOf})`;
