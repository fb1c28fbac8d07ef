import { z } from "zod";
import { Prisma } from "../db/client";
import { countColumn, rawRead } from "../db/read-sql";
import { statusSql } from "../as-of/status-sql";
import { commitmentKnownBySql, documentKnownBySql, eventKnownBySql } from "../as-of/where-sql";
import { facingRoleSql, pairDirectionSql, PAIR_DIRECTIONS } from "./pair-sql";

const { sql, raw, empty } = Prisma;

// What one country has on record. The commitments' side of it follows the pair rule of
// pair-sql.ts: a partner is a country on the other side of a commitment, or a party with it.

const knownCommitment = (asOf: string | undefined) =>
  asOf ? sql`AND ${commitmentKnownBySql(sql`c."id"`, asOf)}` : empty;
const knownEvent = (asOf: string | undefined) => (asOf ? sql`AND ${eventKnownBySql(raw("e"), asOf)}` : empty);
const knownDocument = (asOf: string | undefined) => (asOf ? sql`AND ${documentKnownBySql(raw("d"), asOf)}` : empty);

/** Its commitments by role (giver, receiver, party; "any" for all of them together) and status. */
export const countryRoleCountsRead = rawRead(
  { role: z.string(), status: z.string().nullable(), n: countColumn },
  (code: string, asOf: string | undefined) => sql`
    SELECT s."role" AS "role", ${statusSql(asOf)} AS "status", COUNT(DISTINCT c."id") AS "n"
    FROM "CommitmentSide" s JOIN "Commitment" c ON c."id" = s."commitmentId"
    WHERE s."countryCode" = ${code} ${knownCommitment(asOf)}
    GROUP BY 1, 2
    UNION ALL
    SELECT 'any', ${statusSql(asOf)}, COUNT(DISTINCT c."id")
    FROM "CommitmentSide" s JOIN "Commitment" c ON c."id" = s."commitmentId"
    WHERE s."countryCode" = ${code} ${knownCommitment(asOf)}
    GROUP BY 2`,
);

/** Its partners in commitments: the country on the other side, and the direction from its own side. */
export const commitmentPartnersRead = rawRead(
  { partner: z.string(), direction: z.enum(PAIR_DIRECTIONS), n: countColumn },
  (code: string, asOf: string | undefined) => sql`
    SELECT y."countryCode" AS "partner", ${pairDirectionSql()} AS "direction", COUNT(DISTINCT x."commitmentId") AS "n"
    FROM "CommitmentSide" x
    JOIN "CommitmentSide" y ON y."commitmentId" = x."commitmentId" AND y."role" = ${facingRoleSql(sql`x."role"`)}
      AND y."countryCode" <> x."countryCode"
    ${asOf ? sql`JOIN "Commitment" c ON c."id" = x."commitmentId"` : empty}
    WHERE x."countryCode" = ${code} ${knownCommitment(asOf)}
    GROUP BY 1, 2`,
);

/** Its partners in events (the other of host and visitor) and in documents (another party). */
export const recordPartnersRead = rawRead(
  { partner: z.string(), kind: z.enum(["event", "document"]), n: countColumn },
  (code: string, asOf: string | undefined) => sql`
    SELECT CASE WHEN e."hostCountryCode" = ${code} THEN e."visitingCountryCode" ELSE e."hostCountryCode" END AS "partner",
      'event' AS "kind", COUNT(*) AS "n"
    FROM "Event" e
    WHERE ((e."hostCountryCode" = ${code} AND e."visitingCountryCode" <> ${code})
      OR (e."visitingCountryCode" = ${code} AND e."hostCountryCode" <> ${code})) ${knownEvent(asOf)}
    GROUP BY 1
    UNION ALL
    SELECT y."countryCode", 'document', COUNT(DISTINCT d."id")
    FROM "DocumentParty" x
    JOIN "DocumentParty" y ON y."documentId" = x."documentId" AND y."countryCode" <> x."countryCode"
    JOIN "Document" d ON d."id" = x."documentId"
    WHERE x."countryCode" = ${code} ${knownDocument(asOf)}
    GROUP BY 1`,
);

/** Its events, documents, organizations, memberships and people, counted in one statement. */
export const countryRecordCountsRead = rawRead(
  {
    hosted: countColumn,
    visiting: countColumn,
    events: countColumn,
    documents: countColumn,
    organizations: countColumn,
    memberships: countColumn,
    people: countColumn,
  },
  (code: string, asOf: string | undefined) => sql`
    SELECT
      (SELECT COUNT(*) FROM "Event" e WHERE e."hostCountryCode" = ${code} ${knownEvent(asOf)}) AS "hosted",
      (SELECT COUNT(*) FROM "Event" e WHERE e."visitingCountryCode" = ${code} ${knownEvent(asOf)}) AS "visiting",
      (SELECT COUNT(*) FROM "Event" e WHERE (e."hostCountryCode" = ${code} OR e."visitingCountryCode" = ${code}
        OR e."id" IN (SELECT p."eventId" FROM "EventParticipant" p WHERE p."countryCode" = ${code})) ${knownEvent(asOf)}) AS "events",
      (SELECT COUNT(DISTINCT d."id") FROM "DocumentParty" x JOIN "Document" d ON d."id" = x."documentId"
        WHERE x."countryCode" = ${code} ${knownDocument(asOf)}) AS "documents",
      (SELECT COUNT(*) FROM "Organization" o WHERE o."countryCode" = ${code}) AS "organizations",
      (SELECT COUNT(*) FROM "OrganizationMember" m WHERE m."countryCode" = ${code}) AS "memberships",
      (SELECT COUNT(*) FROM "Person" p WHERE p."countryCode" = ${code}) AS "people"`,
);

/**
 * The countries with any record: on a commitment's side, hosting, visiting or taking part in an
 * event, party to a document, or the country of a national organization or a person. Being a
 * member of a body is not enough: the dataset's default bodies (the EU, ASEAN…) would otherwise
 * give some forty countries "records" that say nothing of their relations. Each test but one is
 * an indexed lookup per country; participants have no country index, so theirs are read once.
 */
export const countriesWithRecordsRead = rawRead(
  { code: z.string() },
  () => sql`
    SELECT co."code" FROM "Country" co
    WHERE EXISTS (SELECT 1 FROM "CommitmentSide" s WHERE s."countryCode" = co."code")
      OR EXISTS (SELECT 1 FROM "Event" e WHERE e."hostCountryCode" = co."code")
      OR EXISTS (SELECT 1 FROM "Event" e WHERE e."visitingCountryCode" = co."code")
      OR co."code" IN (SELECT p."countryCode" FROM "EventParticipant" p WHERE p."countryCode" IS NOT NULL)
      OR EXISTS (SELECT 1 FROM "DocumentParty" d WHERE d."countryCode" = co."code")
      OR EXISTS (SELECT 1 FROM "Organization" o WHERE o."countryCode" = co."code")
      OR EXISTS (SELECT 1 FROM "Person" p WHERE p."countryCode" = co."code")
    ORDER BY co."code"`,
);
