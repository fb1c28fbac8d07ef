import { z } from "zod";
import { Prisma } from "../db/client";
import { limitOffset } from "../db/dialect-sql";
import { countColumn, rawRead } from "../db/read-sql";
import { orderSql, whereSql } from "./filter-sql";
import type { CommitmentFilter } from "./schema";

// The two statements behind every list of commitments (pages, API, exports, overview), both
// filtered by filter-sql.ts: the ids of a page in the list's order, and how many match.

const { sql } = Prisma;

/** The ids of a page; a null `limit` reads every match from `offset` on (the exports). */
export const pageIdsRead = rawRead(
  { id: z.string() },
  (filter: CommitmentFilter, today: string, limit: number | null, offset: number) =>
    sql`SELECT c."id" FROM "Commitment" c ${whereSql(filter, today, { forPage: true })} ${orderSql(filter.sort, filter.asOf)} ${limitOffset(limit, offset)}`,
);

export const countRead = rawRead(
  { n: countColumn },
  (filter: CommitmentFilter, today: string) => sql`SELECT COUNT(*) AS n FROM "Commitment" c ${whereSql(filter, today)}`,
);
