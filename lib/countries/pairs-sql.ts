import { z } from "zod";
import { Prisma } from "../db/client";
import { greatest, least } from "../db/dialect-sql";
import { countColumn, rawRead } from "../db/read-sql";
import { statusSql } from "../as-of/status-sql";
import { betweenSql, hasSideSql } from "../commitments/sides-sql";
import { commitmentKnownBySql, eventKnownBySql } from "../as-of/where-sql";
import type { CountryPair } from "./pair";

const { sql, raw, empty } = Prisma;

/**
 * Commitments between the two countries by way (the first gives, the second gives, or mutual) and
 * status, as of a day when asked: the sides come from their (countryCode, role) index and the
 * status from one correlated lookup per commitment, so the counts never load the rows. A null
 * status is a commitment not known yet on that day.
 */
export const wayStatusCountsRead = rawRead(
  { way: z.enum(["aToB", "bToA", "mutual"]), status: z.string().nullable(), n: countColumn },
  (pair: CountryPair, asOf: string | undefined) => {
    const id = sql`c."id"`;
    return sql`
    SELECT CASE WHEN c."direction" = 'mutual' THEN 'mutual' WHEN ${hasSideSql(id, [pair[0]], ["giver"])} THEN 'aToB' ELSE 'bToA' END AS "way",
      ${statusSql(asOf)} AS "status",
      COUNT(*) AS "n"
    FROM "Commitment" c
    WHERE ${betweenSql(id, pair)}
    GROUP BY 1, 2`;
  },
);

/**
 * Commitments between two different countries (known on the day, when asked), by giving and
 * receiving country; a mutual commitment counts once, under its two parties in code order.
 */
export const commitmentPairsRead = rawRead(
  { from: z.string(), to: z.string(), n: countColumn },
  (asOf: string | undefined) => sql`
      SELECT g."countryCode" AS "from", r."countryCode" AS "to", COUNT(DISTINCT g."commitmentId") AS "n"
      FROM "CommitmentSide" g JOIN "CommitmentSide" r ON r."commitmentId" = g."commitmentId"
      WHERE ((g."role" = 'giver' AND r."role" = 'receiver') OR (g."role" = 'party' AND r."role" = 'party' AND g."countryCode" < r."countryCode"))
        AND g."countryCode" <> r."countryCode"
        ${asOf ? sql`AND ${commitmentKnownBySql(sql`g."commitmentId"`, asOf)}` : empty}
      GROUP BY 1, 2`,
);

/** Events between two different countries (started by the day, when asked), by unordered pair. */
export const eventPairsRead = rawRead({ a: z.string(), b: z.string(), n: countColumn }, (asOf: string | undefined) => {
  const [host, visitor] = [sql`e."hostCountryCode"`, sql`e."visitingCountryCode"`];
  return sql`
      SELECT ${least(host, visitor)} AS "a", ${greatest(host, visitor)} AS "b", COUNT(*) AS "n"
      FROM "Event" e WHERE e."hostCountryCode" <> e."visitingCountryCode" ${asOf ? sql`AND ${eventKnownBySql(raw("e"), asOf)}` : empty} GROUP BY 1, 2`;
});
