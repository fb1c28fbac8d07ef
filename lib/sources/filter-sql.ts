import { Prisma } from "../db/client";
import { sourceKnownBySql } from "../as-of/where-sql";
import { dateOverlapSql } from "../dates/period-sql";
import { X, orderSql } from "../records/list-sql";
import { matchesTextSql } from "../search/search-sql";
import type { SourceFilter, SourceSort } from "./schema";

const { sql, join } = Prisma;

/** The conditions of a sources filter over `"Source" x`. */
export function sourceConditions(filter: SourceFilter): Prisma.Sql[] {
  const and: Prisma.Sql[] = [];
  if (filter.asOf) and.push(sourceKnownBySql(X, filter.asOf));
  if (filter.language?.length) and.push(sql`${X}."language" IN (${join(filter.language)})`);
  and.push(
    ...dateOverlapSql(
      sql`${X}."publishedDate"`,
      sql`${X}."publishedPrecision"`,
      filter.publishedFrom,
      filter.publishedTo,
    ),
  );
  if (filter.q) and.push(matchesTextSql("source", sql`${X}."id"`, filter.q));
  return and;
}

export function sourceOrderSql(sort: SourceSort): Prisma.Sql {
  return orderSql(sort, {
    published: { column: sql`${X}."publishedDate"`, nullsLast: true, precision: sql`${X}."publishedPrecision"` },
    title: { column: sql`${X}."title"` },
  });
}
