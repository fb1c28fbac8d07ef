import { z } from "zod";
import { Prisma } from "../db/client";
import { rawRead } from "../db/read-sql";
import { statusSql } from "../as-of/status-sql";
import { changeKnownBySql } from "../as-of/where-sql";
import { whereSql } from "../commitments/filter-sql";
import type { CommitmentFilter } from "../commitments/schema";

const { sql, join, empty, raw } = Prisma;

/** Whose status changes a feed follows: one commitment, or those a list filter selects. */
export type ChangeScope = { commitmentId: string; asOf?: string } | { filter: CommitmentFilter };

/**
 * How a filtered feed finds its changes. `walk`: down the changes in recorded order, each
 * probed against its commitment, until the feed is full: cheap when the filter keeps many
 * commitments, ruinous when it keeps none (2 s at 100,000). `select`: the filter's commitments
 * first, then their changes sorted: cheap when they are few, 0.4 s when they are a fifth of all.
 */
export type ChangePlan = "walk" | "select";

/**
 * The newest status changes of a scope, newest recorded first: a reader follows what was
 * recorded since it last looked, and a change recorded today about 2019 is news today. The
 * commitments are selected by the list's own filter (lib/commitments/filter-sql.ts), so a feed
 * and the page it comes from agree; as of a day, only the changes known by then.
 */
export const feedChangeIdsRead = rawRead(
  { id: z.string() },
  (scope: ChangeScope, today: string, limit: number, plan: ChangePlan = "select") => {
    const and: Prisma.Sql[] = [];
    const asOf = "filter" in scope ? scope.filter.asOf : scope.asOf;
    if ("commitmentId" in scope) and.push(sql`s."commitmentId" = ${scope.commitmentId}`);
    else {
      const where = whereSql(scope.filter, today);
      if (where.sql && plan === "walk") {
        and.push(sql`EXISTS (SELECT 1 FROM "Commitment" c ${where} AND c."id" = s."commitmentId")`);
      } else if (where.sql) and.push(sql`s."commitmentId" IN (SELECT c."id" FROM "Commitment" c ${where})`);
    }
    if (asOf) and.push(changeKnownBySql(raw("s"), asOf));
    return sql`SELECT s."id" FROM "StatusChange" s ${and.length ? sql`WHERE ${join(and, " AND ")}` : empty}
      ORDER BY s."recordedAt" DESC, s."id" DESC LIMIT ${limit}`;
  },
);

/**
 * The overdue commitments a filter selects (the list's own overdue rule), the latest to fall due
 * first. `deadline` is the first day after the target period: the day each became overdue.
 */
export const overdueRowsRead = rawRead(
  {
    id: z.string(),
    title: z.string(),
    targetDate: z.string().nullable(),
    targetPrecision: z.string().nullable(),
    targetEndDate: z.string().nullable(),
    targetEndPrecision: z.string().nullable(),
    deadline: z.string(),
    status: z.string(),
  },
  (filter: CommitmentFilter, today: string, limit: number) => sql`
    SELECT c."id", c."title", c."targetDate", c."targetPrecision", c."targetEndDate", c."targetEndPrecision",
      c."targetDeadline" AS "deadline", ${statusSql(filter.asOf)} AS "status"
    FROM "Commitment" c ${whereSql({ ...filter, overdue: true }, today)}
    ORDER BY c."targetDeadline" DESC, c."id" DESC LIMIT ${limit}`,
);
