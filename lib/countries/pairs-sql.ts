import { z } from "zod";
import { Prisma } from "../db/client";
import { greatest, least, limitOffset, withoutIndex } from "../db/dialect-sql";
import { countColumn, rawRead } from "../db/read-sql";
import { statusSql } from "../as-of/status-sql";
import { commitmentKnownBySql, documentKnownBySql, eventKnownBySql } from "../as-of/where-sql";
import type { CountryPair } from "./pair";
import {
  facingRoleSql,
  pairCommitmentsSql,
  pairDirectionSql,
  pairEntriesSql,
  PAIR_DIRECTIONS,
  type PairDirection,
} from "./pair-sql";

const { sql, raw, empty } = Prisma;

const direction = z.enum(PAIR_DIRECTIONS);
/** A pair's latest dated record: an event's start, a document's signature ("2019", "2019-03-14"). */
const latest = z.string().nullable();

/**
 * Commitments between two countries by direction and status (as of a day, when asked: a null
 * status is one not known yet on that day). One row per commitment and direction, counted once.
 */
export const pairStatusCountsRead = rawRead(
  { direction, status: z.string().nullable(), n: countColumn },
  (pair: CountryPair, asOf: string | undefined) => sql`
    SELECT p."direction" AS "direction", ${statusSql(asOf)} AS "status", COUNT(*) AS "n"
    FROM (${pairCommitmentsSql(pair)}) p JOIN "Commitment" c ON c."id" = p."id"
    GROUP BY 1, 2`,
);

/**
 * A page of the commitments going one direction between two countries (known by the day, when
 * asked), by target date (undated last), title and id: what the pair page lists.
 */
export const pairCommitmentsRead = rawRead(
  {
    id: z.string(),
    title: z.string(),
    kind: z.string(),
    status: z.string(),
    targetDate: z.string().nullable(),
    targetPrecision: z.string().nullable(),
  },
  (pair: CountryPair, which: PairDirection, asOf: string | undefined, limit: number) => sql`
    SELECT c."id", c."title", c."kind", c."status", c."targetDate", c."targetPrecision"
    FROM "Commitment" c
    WHERE c."id" IN (SELECT x."commitmentId" FROM ${pairEntriesSql(pair, [which])})
      ${asOf ? sql`AND ${commitmentKnownBySql(sql`c."id"`, asOf)}` : empty}
    ORDER BY c."targetDate" IS NULL, c."targetDate", c."title", c."id"
    ${limitOffset(limit, 0)}`,
);

/**
 * Every pair of countries with commitments between them, as ("a" < "b", direction from a's side,
 * status, count). Each commitment's status comes from the covering (status, targetDate, id)
 * index, its sides from the (commitmentId, position) one: driven from the sides' country index
 * instead, SQLite read every wide commitment row (1 s of CPU at 100,000 commitments rather than
 * ~0.3 s). The caller keeps the result until the data changes. (A pair's latest date comes from
 * its events and documents: each commitment's event joined here would cost a third more.)
 */
export const commitmentPairsRead = rawRead(
  { a: z.string(), b: z.string(), direction, status: z.string().nullable(), n: countColumn },
  (asOf: string | undefined) => sql`
    SELECT x."countryCode" AS "a", y."countryCode" AS "b", ${pairDirectionSql()} AS "direction",
      ${statusSql(asOf)} AS "status", COUNT(DISTINCT c."id") AS "n"
    FROM "Commitment" c
    JOIN "CommitmentSide" x ON x."commitmentId" = ${withoutIndex(sql`c."id"`)}
    JOIN "CommitmentSide" y ON y."commitmentId" = x."commitmentId" AND y."role" = ${facingRoleSql(sql`x."role"`)}
      AND y."countryCode" > x."countryCode"
    WHERE x."countryCode" IS NOT NULL ${asOf ? sql`AND ${commitmentKnownBySql(sql`c."id"`, asOf)}` : empty}
    GROUP BY 1, 2, 3, 4`,
);

/** Events between two different countries (started by the day, when asked), by unordered pair. */
export const eventPairsRead = rawRead(
  { a: z.string(), b: z.string(), n: countColumn, latest },
  (asOf: string | undefined) => {
    const [host, visitor] = [sql`e."hostCountryCode"`, sql`e."visitingCountryCode"`];
    return sql`
      SELECT ${least(host, visitor)} AS "a", ${greatest(host, visitor)} AS "b", COUNT(*) AS "n", MAX(e."startDate") AS "latest"
      FROM "Event" e WHERE e."hostCountryCode" <> e."visitingCountryCode" ${asOf ? sql`AND ${eventKnownBySql(raw("e"), asOf)}` : empty}
      GROUP BY 1, 2`;
  },
);

/** Documents with two different countries among their parties (signed by the day, when asked), by unordered pair. */
export const documentPairsRead = rawRead(
  { a: z.string(), b: z.string(), n: countColumn, latest },
  (asOf: string | undefined) => sql`
    SELECT x."countryCode" AS "a", y."countryCode" AS "b", COUNT(DISTINCT d."id") AS "n", MAX(d."signedDate") AS "latest"
    FROM "DocumentParty" x
    JOIN "DocumentParty" y ON y."documentId" = x."documentId" AND y."countryCode" > x."countryCode"
    JOIN "Document" d ON d."id" = x."documentId"
    WHERE x."countryCode" IS NOT NULL ${asOf ? sql`AND ${documentKnownBySql(raw("d"), asOf)}` : empty}
    GROUP BY 1, 2`,
);
