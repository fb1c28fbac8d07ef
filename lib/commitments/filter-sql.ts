import { Prisma } from "../db/client";
import { statusSql } from "../as-of/status-sql";
import { commitmentKnownBySql } from "../as-of/where-sql";
import { withoutIndex } from "../db/dialect-sql";
import { periodEndSql } from "../dates/period-sql";
import { commitmentMatchSql } from "../search/search-sql";
import { CLOSED_STATUSES, OPEN_STATUSES } from "../status/rules";
import type { CommitmentFilter, CommitmentSort } from "./schema";
import { commitmentInPairSql } from "../countries/pair-sql";
import { givesSql, hasSideSql, receivesSql } from "./sides-sql";

// The commitments list is filtered in SQL of its own because "as of a day" needs each row's
// status from its history (a correlated subquery Prisma's where cannot express), and the
// same clause must drive the page, the count, the overview and the streamed exports.

const { sql, join, empty, raw } = Prisma;

/**
 * The WHERE clause of a filter over `"Commitment" c` (today is the overdue reference without asOf).
 * `forPage`: the clause of a page query, whose rows come in the list's order.
 */
export function whereSql(filter: CommitmentFilter, today: string, { forPage = false } = {}): Prisma.Sql {
  const day = filter.asOf ?? today;
  const status = statusSql(filter.asOf);
  const and: Prisma.Sql[] = [];
  // Not yet known as of the day: no status change effective by then. A condition on the status
  // as of the day already implies it (the status is null until then): one subquery per row less.
  if (filter.asOf && !filter.status?.length && filter.overdue !== true) {
    and.push(commitmentKnownBySql(sql`c."id"`, filter.asOf, raw("k")));
  }
  if (filter.status?.length) and.push(sql`${status} IN (${join(filter.status)})`);
  if (filter.kind?.length) and.push(sql`c."kind" IN (${join(filter.kind)})`);
  if (filter.sector?.length) {
    and.push(
      sql`EXISTS (SELECT 1 FROM "CommitmentSector" cs WHERE cs."commitmentId" = c."id" AND cs."sectorCode" IN (${join(filter.sector)}))`,
    );
  }
  const byTarget = filter.sort === "target" || filter.sort === "-target";
  // A busy country is on a quarter of all commitments: a page in target order finds its rows by
  // walking the target-order index and probing the country's ids, instead of reading and sorting
  // every one of them (Vietnam at 100,000: 56 ms → 15 ms; a country with no commitment costs the
  // walk, ~6 ms). A pair is rarer: its few ids are read and sorted (an index walk would cost more).
  const id = sql`c."id"`;
  const sideId = forPage && byTarget ? withoutIndex(id) : id;
  if (filter.from?.length) and.push(givesSql(sideId, filter.from));
  if (filter.to?.length) and.push(receivesSql(sideId, filter.to));
  if (filter.country?.length) and.push(hasSideSql(sideId, filter.country, ["giver", "receiver", "party"]));
  // The one rule of what lies between two countries (lib/countries/pair-sql.ts): one range of the
  // first country's entries, each probed for the second on the other side.
  if (filter.pair) and.push(commitmentInPairSql(id, filter.pair));
  if (filter.direction) and.push(sql`c."direction" = ${filter.direction}`);
  if (filter.overdue === true) {
    // A third of all commitments are overdue: a page finds its rows at once by walking the
    // target-order index, while SQLite would rather read every overdue row through the
    // (status, deadline) index and sort them (35 ms → 0.1 ms). withoutIndex keeps the index out
    // of a page's plan in target order; a count, and a page in another order, still use it.
    const [deadline, open] =
      forPage && byTarget && !filter.asOf
        ? [withoutIndex(sql`c."targetDeadline"`), withoutIndex(status)]
        : [sql`c."targetDeadline"`, status];
    and.push(sql`(${deadline} <= ${day} AND ${open} IN (${join([...OPEN_STATUSES])}))`);
  } else if (filter.overdue === false) {
    and.push(
      sql`(c."targetDeadline" IS NULL OR c."targetDeadline" > ${day} OR ${status} IN (${join([...CLOSED_STATUSES])}))`,
    );
  }
  // A period overlaps [from, to] when it starts by `to` and ends after `from`.
  if (filter.targetFrom) and.push(sql`c."targetDeadline" > ${filter.targetFrom}`);
  if (filter.targetTo) and.push(sql`c."targetDate" <= ${filter.targetTo}`);
  if (filter.eventFrom || filter.eventTo) {
    const bounds: Prisma.Sql[] = [];
    if (filter.eventTo) bounds.push(sql`e."startDate" <= ${filter.eventTo}`);
    if (filter.eventFrom) {
      bounds.push(
        sql`${periodEndSql(sql`COALESCE(e."endDate", e."startDate")`, sql`COALESCE(e."endPrecision", e."startPrecision")`)} > ${filter.eventFrom}`,
      );
    }
    and.push(sql`EXISTS (SELECT 1 FROM "Event" e WHERE e."id" = c."eventId" AND ${join(bounds, " AND ")})`);
  }
  if (filter.eventId) and.push(sql`c."eventId" = ${filter.eventId}`);
  if (filter.documentId) and.push(sql`c."documentId" = ${filter.documentId}`);
  // The same FTS5 engine as /search: accents folded, prefixes matched.
  if (filter.q) and.push(commitmentMatchSql(filter.q));
  return and.length ? sql`WHERE ${join(and, " AND ")}` : empty;
}

/** ORDER BY for a sort; the id breaks ties so that pages never overlap or skip rows. */
export function orderSql(sort: CommitmentSort, asOf: string | undefined): Prisma.Sql {
  const direction = raw(sort.startsWith("-") ? "DESC" : "ASC");
  switch (sort.replace(/^-/, "")) {
    case "title":
      return sql`ORDER BY c."title" ${direction}, c."id" ${direction}`;
    case "kind":
      return sql`ORDER BY c."kind" ${direction}, c."id" ${direction}`;
    case "status":
      return sql`ORDER BY ${statusSql(asOf)} ${direction}, c."id" ${direction}`;
    case "updated":
      return sql`ORDER BY c."updatedAt" ${direction}, c."id" ${direction}`;
    case "event":
      return sql`ORDER BY (SELECT e."startDate" FROM "Event" e WHERE e."id" = c."eventId") ${direction} NULLS LAST, c."id" ${direction}`;
    default:
      return sql`ORDER BY c."targetDate" ${direction} NULLS LAST, c."id" ${direction}`;
  }
}
