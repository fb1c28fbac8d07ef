import { z } from "zod";
import { Prisma } from "../db/client";
import { greatest, least } from "../db/dialect-sql";
import { countColumn, rawRead } from "../db/read-sql";
import { statusAsOfSql } from "../as-of/status-sql";
import { commitmentKnownBySql, eventKnownBySql } from "../as-of/where-sql";
import type { CountryPair } from "./pair";

const { sql, raw, empty } = Prisma;

/**
 * Commitments between the two countries by giving side and status as of a day: one correlated
 * lookup per commitment on the (commitmentId, effectiveDate) index, so the counts never load the
 * rows themselves. A null status is a commitment not known yet on that day.
 */
export const directionStatusCountsRead = rawRead(
  { from: z.string(), status: z.string().nullable(), n: countColumn },
  ([a, b]: CountryPair, asOf: string) => sql`
    SELECT c."fromCountryCode" AS "from",
      ${statusAsOfSql(asOf)} AS "status",
      COUNT(*) AS "n"
    FROM "Commitment" c
    WHERE (c."fromCountryCode" = ${a} AND c."toCountryCode" = ${b}) OR (c."fromCountryCode" = ${b} AND c."toCountryCode" = ${a})
    GROUP BY 1, 2`,
);

/** Commitments between two different countries (known on the day, when asked), by giver and receiver. */
export const commitmentPairsRead = rawRead(
  { from: z.string(), to: z.string(), n: countColumn },
  (asOf: string | undefined) => sql`
      SELECT c."fromCountryCode" AS "from", c."toCountryCode" AS "to", COUNT(*) AS "n" FROM "Commitment" c
      WHERE c."fromCountryCode" <> c."toCountryCode" ${asOf ? sql`AND ${commitmentKnownBySql(sql`c."id"`, asOf)}` : empty} GROUP BY 1, 2`,
);

/** Events between two different countries (started by the day, when asked), by unordered pair. */
export const eventPairsRead = rawRead({ a: z.string(), b: z.string(), n: countColumn }, (asOf: string | undefined) => {
  const [host, visitor] = [sql`e."hostCountryCode"`, sql`e."visitingCountryCode"`];
  return sql`
      SELECT ${least(host, visitor)} AS "a", ${greatest(host, visitor)} AS "b", COUNT(*) AS "n"
      FROM "Event" e WHERE e."hostCountryCode" <> e."visitingCountryCode" ${asOf ? sql`AND ${eventKnownBySql(raw("e"), asOf)}` : empty} GROUP BY 1, 2`;
});
