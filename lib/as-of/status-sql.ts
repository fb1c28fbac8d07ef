import { Prisma } from "../db/client";
import { rawRead } from "../db/read-sql";
import { z } from "zod";
import { changeKnownBySql } from "./where-sql";

// The as-of rules of status.ts in SQL: the status in force on a day, from the history. Keep the
// two in step; tests/unit/as-of-rules.test.ts checks that they agree.

const { sql, join, raw } = Prisma;

const C = raw("c");
const S = raw("s");

/** History order (status.ts's compareHistory) of the changes aliased `s`, ascending or descending. */
export function historyOrderSql(s: Prisma.Sql, direction: "ASC" | "DESC" = "ASC"): Prisma.Sql {
  const dir = direction === "DESC" ? raw(" DESC") : raw("");
  return sql`${s}."effectiveDate"${dir}, ${s}."recordedAt"${dir}, ${s}."id"${dir}`;
}

/**
 * The status of commitment `c` on a day: that of its last change, in history order, known by
 * then. Null while nothing was known. The covering StatusChange index answers it without reading
 * a row.
 */
export function statusAsOfSql(asOf: string, c: Prisma.Sql = C): Prisma.Sql {
  return sql`(SELECT ${S}."toStatus" FROM "StatusChange" ${S} WHERE ${S}."commitmentId" = ${c}."id" AND ${changeKnownBySql(S, asOf)}
    ORDER BY ${historyOrderSql(S, "DESC")} LIMIT 1)`;
}

/** `c.status`, or the status on the day when viewing as of one. */
export function statusSql(asOf: string | undefined, c: Prisma.Sql = C): Prisma.Sql {
  return asOf ? statusAsOfSql(asOf, c) : sql`${c}."status"`;
}

/** The same, falling back to the current status for a commitment not known on the day. */
export function statusOrCurrentSql(asOf: string | undefined, c: Prisma.Sql = C): Prisma.Sql {
  return asOf ? sql`COALESCE(${statusAsOfSql(asOf, c)}, ${c}."status")` : sql`${c}."status"`;
}

/**
 * The known changes of these commitments in history order: the last row of each commitment is
 * its status on the day (status.ts's changeInForce). One statement for any number of ids, where
 * Prisma refuses an ordered `in` list past 999 values (an export's batch holds 1,000).
 */
export const knownChangesRead = rawRead(
  { commitmentId: z.string(), toStatus: z.string() },
  (ids: readonly string[], asOf: string) => sql`
    SELECT ${S}."commitmentId", ${S}."toStatus" FROM "StatusChange" ${S}
    WHERE ${S}."commitmentId" IN (${join([...ids])}) AND ${changeKnownBySql(S, asOf)}
    ORDER BY ${historyOrderSql(S)}`,
);
