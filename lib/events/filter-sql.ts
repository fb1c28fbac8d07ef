import { Prisma } from "../db/client";
import { eventKnownBySql } from "../as-of/where-sql";
import { overlapSql } from "../dates/period-sql";
import { X, orderSql } from "../records/list-sql";
import { matchesTextSql } from "../search/search-sql";
import type { EventFilter, EventSort } from "./schema";

const { sql, join } = Prisma;

/** The conditions of an events filter over the event aliased `e` (the timeline also asks them of parents). */
export function eventConditions(filter: EventFilter, e: Prisma.Sql = X): Prisma.Sql[] {
  const and: Prisma.Sql[] = [];
  if (filter.asOf) and.push(eventKnownBySql(e, filter.asOf));
  if (filter.country?.length) {
    and.push(
      sql`(${e}."hostCountryCode" IN (${join(filter.country)}) OR ${e}."visitingCountryCode" IN (${join(filter.country)}))`,
    );
  }
  if (filter.host?.length) and.push(sql`${e}."hostCountryCode" IN (${join(filter.host)})`);
  if (filter.visitor?.length) and.push(sql`${e}."visitingCountryCode" IN (${join(filter.visitor)})`);
  // Between two countries: one hosted the other, either way (both lookups on the host-visitor index).
  if (filter.pair) {
    const [a, b] = filter.pair;
    and.push(
      sql`((${e}."hostCountryCode" = ${a} AND ${e}."visitingCountryCode" = ${b}) OR (${e}."hostCountryCode" = ${b} AND ${e}."visitingCountryCode" = ${a}))`,
    );
  }
  if (filter.kind?.length) and.push(sql`${e}."kind" IN (${join(filter.kind)})`);
  if (filter.parentId) and.push(sql`${e}."parentId" = ${filter.parentId}`);
  // The whole span: from the start's period to the end's (or the start's again when it has no end).
  and.push(
    ...overlapSql(
      {
        start: sql`${e}."startDate"`,
        last: sql`COALESCE(${e}."endDate", ${e}."startDate")`,
        lastPrecision: sql`COALESCE(${e}."endPrecision", ${e}."startPrecision")`,
      },
      filter.from,
      filter.to,
    ),
  );
  if (filter.q) and.push(matchesTextSql("event", sql`${e}."id"`, filter.q));
  return and;
}

export function eventOrderSql(sort: EventSort): Prisma.Sql {
  return orderSql(sort, {
    start: { column: sql`${X}."startDate"`, precision: sql`${X}."startPrecision"` },
    title: { column: sql`${X}."title"` },
  });
}
