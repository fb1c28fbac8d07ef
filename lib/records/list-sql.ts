import { z } from "zod";
import { prisma, Prisma } from "../db/client";
import { countColumn, rawRead } from "../db/read-sql";
import { skipOf, type NameSort } from "../api/query-schema";
import { precisionRankSql } from "../dates/period-sql";

// The record lists (events, documents, sources, people, organizations) filter and sort in SQL of
// their own, as the commitments list does: full-text search is a subquery Prisma's `where` cannot
// express. One statement picks a page of ids and one counts; the rows' JSON then loads by id with
// Prisma, one query per relation, so nothing grows with the page size but the rows themselves.
// Every statement aliases the listed table as `x`.

const { sql, join, empty, raw } = Prisma;

/** The alias of the listed table in every list statement. */
export const X = raw("x");

/** Conditions ANDed; true when there are none. */
export function allOf(conditions: readonly Prisma.Sql[]): Prisma.Sql {
  return conditions.length ? sql`(${join(conditions, " AND ")})` : sql`1`;
}

function whereSql(conditions: readonly Prisma.Sql[]): Prisma.Sql {
  return conditions.length ? sql`WHERE ${join(conditions, " AND ")}` : empty;
}

/** How a list sorts on one key: a column, undated rows last either way, same-day dates by precision. */
export interface SortKey {
  column: Prisma.Sql;
  nullsLast?: boolean;
  precision?: Prisma.Sql;
}

/**
 * ORDER BY for a sort such as "title" or "-start". The id breaks ties in the same direction, so
 * a descending sort is the exact reverse of the ascending one and pages never overlap or skip.
 */
export function orderSql<K extends string>(sort: K | `-${K}`, keys: Record<K, SortKey>): Prisma.Sql {
  const descending = sort.startsWith("-");
  const key = keys[(descending ? sort.slice(1) : sort) as K];
  const direction = raw(descending ? "DESC" : "ASC");
  const terms = [sql`${key.column} ${direction}${key.nullsLast ? raw(" NULLS LAST") : empty}`];
  if (key.precision) terms.push(sql`${precisionRankSql(key.precision)} ${direction}`);
  terms.push(sql`${X}."id" ${direction}`);
  return sql`ORDER BY ${join(terms, ", ")}`;
}

/** The people's and organizations' order: by name. */
export function nameOrderSql(sort: NameSort): Prisma.Sql {
  return orderSql(sort, { name: { column: sql`${X}."name"` } });
}

type ListedTable = "Event" | "Document" | "Source" | "Person" | "Organization";

const fromSql = (table: ListedTable, conditions: readonly Prisma.Sql[]) =>
  sql`FROM ${raw(`"${table}"`)} ${X} ${whereSql(conditions)}`;

export const listIdsRead = rawRead(
  { id: z.string() },
  (
    table: ListedTable,
    conditions: readonly Prisma.Sql[],
    order: Prisma.Sql,
    page: { page: number; pageSize: number },
  ) => sql`SELECT ${X}."id" AS id ${fromSql(table, conditions)} ${order} LIMIT ${page.pageSize} OFFSET ${skipOf(page)}`,
);

export const listCountRead = rawRead(
  { n: countColumn },
  (table: ListedTable, conditions: readonly Prisma.Sql[]) => sql`SELECT COUNT(*) AS n ${fromSql(table, conditions)}`,
);

/** One page of a list's ids in order, and how many rows the filter matches in all. */
export async function pageOfIds(
  table: ListedTable,
  conditions: readonly Prisma.Sql[],
  order: Prisma.Sql,
  page: { page: number; pageSize: number },
): Promise<{ ids: string[]; total: number }> {
  const [rows, [count]] = await Promise.all([
    listIdsRead.run(prisma, table, conditions, order, page),
    listCountRead.run(prisma, table, conditions),
  ]);
  return { ids: rows.map((r) => r.id), total: count?.n ?? 0 };
}

/** Rows loaded by id, back in the order of the ids (a row gone meanwhile is left out). */
export function inIdOrder<T extends { id: string }>(ids: readonly string[], rows: readonly T[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
