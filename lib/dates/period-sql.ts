import { Prisma } from "../db/client";

// Date ranges in SQL that respect each stored date's precision. A stored date is the first day
// of its period ("2019" is stored as 2019-01-01 with precision "year"), so a range matches any
// overlap with the whole period: an event "2019" overlaps June 2019.

const { sql } = Prisma;

/** First day after a stored period ("2019-01-01" at year precision → "2020-01-01"). */
export function periodEndSql(date: Prisma.Sql, precision: Prisma.Sql): Prisma.Sql {
  return sql`date(${date}, CASE ${precision} WHEN 'year' THEN '+1 year' WHEN 'month' THEN '+1 month' ELSE '+1 day' END)`;
}

/** Orders dates that share a first day by precision, coarser first ("2019" before "2019-01-01"). */
export function precisionRankSql(precision: Prisma.Sql): Prisma.Sql {
  return sql`CASE ${precision} WHEN 'year' THEN 0 WHEN 'month' THEN 1 ELSE 2 END`;
}

export interface StoredSpan {
  /** First day of the span's first period. */
  start: Prisma.Sql;
  /** First day of its last period (the start again for a single date) and that period's precision. */
  last: Prisma.Sql;
  lastPrecision: Prisma.Sql;
}

/**
 * Conditions for a span overlapping the days [from, to], either bound optional: it starts by
 * `to` and ends after `from`. A null column (an undated document) matches no range.
 */
export function overlapSql(span: StoredSpan, from: string | undefined, to: string | undefined): Prisma.Sql[] {
  const and: Prisma.Sql[] = [];
  if (to) and.push(sql`${span.start} <= ${to}`);
  if (from) and.push(sql`${periodEndSql(span.last, span.lastPrecision)} > ${from}`);
  return and;
}

/**
 * The same for a single stored date. A period lasts a year at most, so a date that overlaps
 * `from` starts after `from` less a year (and a day, for 29 February): that bound is redundant
 * but lets SQLite use the date's index instead of computing every row's period end.
 */
export function dateOverlapSql(
  date: Prisma.Sql,
  precision: Prisma.Sql,
  from: string | undefined,
  to: string | undefined,
): Prisma.Sql[] {
  const and = overlapSql({ start: date, last: date, lastPrecision: precision }, from, to);
  if (from) and.push(sql`${date} >= date(${from}, '-1 year', '-1 day')`);
  return and;
}
