import { Prisma } from "../db/client";
import { documentKnownBySql } from "../as-of/where-sql";
import { dateOverlapSql } from "../dates/period-sql";
import { X, orderSql } from "../records/list-sql";
import { matchesTextSql } from "../search/search-sql";
import type { DocumentFilter, DocumentSort } from "./schema";

const { sql, join } = Prisma;

/** The conditions of a documents filter over `"Document" x`. */
export function documentConditions(filter: DocumentFilter): Prisma.Sql[] {
  const and: Prisma.Sql[] = [];
  if (filter.asOf) and.push(documentKnownBySql(X, filter.asOf));
  if (filter.kind?.length) and.push(sql`${X}."kind" IN (${join(filter.kind)})`);
  if (filter.status?.length) and.push(sql`${X}."status" IN (${join(filter.status)})`);
  if (filter.eventId) and.push(sql`${X}."eventId" = ${filter.eventId}`);
  if (filter.country?.length) {
    and.push(
      sql`EXISTS (SELECT 1 FROM "DocumentParty" dp WHERE dp."documentId" = ${X}."id" AND dp."countryCode" IN (${join(filter.country)}))`,
    );
  }
  and.push(...dateOverlapSql(sql`${X}."signedDate"`, sql`${X}."signedPrecision"`, filter.signedFrom, filter.signedTo));
  if (filter.q) and.push(matchesTextSql("document", sql`${X}."id"`, filter.q));
  return and;
}

export function documentOrderSql(sort: DocumentSort): Prisma.Sql {
  return orderSql(sort, {
    signed: { column: sql`${X}."signedDate"`, nullsLast: true, precision: sql`${X}."signedPrecision"` },
    title: { column: sql`${X}."title"` },
  });
}
