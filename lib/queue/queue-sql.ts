import { z } from "zod";
import { Prisma } from "../db/client";
import { countColumn, rawRead } from "../db/read-sql";
import { CLOSED_STATUSES } from "../status/rules";

// Open commitments with no status change effective since `since`: the editor queue's stale list.

const { sql, join } = Prisma;

const staleWhere = (since: string) => sql`WHERE c."status" NOT IN (${join([...CLOSED_STATUSES])})
    AND NOT EXISTS (SELECT 1 FROM "StatusChange" s WHERE s."commitmentId" = c."id" AND s."effectiveDate" > ${since})`;

/** The stale commitments that went longest without a change first, with the day of their last one. */
export const staleRead = rawRead(
  { id: z.string(), title: z.string(), status: z.string(), lastChange: z.string().nullable() },
  (since: string, limit: number) => sql`
      SELECT c."id", c."title", c."status", (SELECT MAX(s."effectiveDate") FROM "StatusChange" s WHERE s."commitmentId" = c."id") AS "lastChange"
      FROM "Commitment" c ${staleWhere(since)} ORDER BY "lastChange" ASC, c."id" LIMIT ${limit}`,
);

export const staleCountRead = rawRead(
  { n: countColumn },
  (since: string) => sql`SELECT COUNT(*) AS n FROM "Commitment" c ${staleWhere(since)}`,
);
