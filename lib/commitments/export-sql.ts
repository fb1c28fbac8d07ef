import { z } from "zod";
import { Prisma } from "../db/client";
import { joinedText } from "../db/dialect-sql";
import { integerColumn, rawRead } from "../db/read-sql";

// The CSV export's statement: only the columns the CSV has, in one statement per batch. No status
// history and no quotes, which the full JSON carries and which would make a 100,000-row export
// hold far more in memory than it writes; and no Prisma relation queries, whose objects were most
// of the export's garbage (and most of its time).

const { sql, join, raw } = Prisma;

const text = z.string();
const optionalText = z.string().nullable();

export const csvRowsRead = rawRead(
  {
    id: text,
    title: text,
    kind: text,
    status: text,
    fromCountryCode: text,
    fromOrganization: optionalText,
    fromPerson: optionalText,
    toCountryCode: text,
    toOrganization: optionalText,
    toPerson: optionalText,
    sectors: optionalText,
    amountMinor: optionalText,
    amountCurrency: optionalText,
    quantityBaseline: optionalText,
    quantityTarget: optionalText,
    quantityUnit: optionalText,
    quantityAtLeast: z.union([integerColumn, z.boolean()]),
    quantityScope: optionalText,
    targetDate: optionalText,
    targetPrecision: optionalText,
    eventId: optionalText,
    event: optionalText,
    documentId: optionalText,
    document: optionalText,
    sources: optionalText,
  },
  (ids: string[]) => sql`SELECT c."id", c."title", c."kind", c."status",
    c."fromCountryCode", fo."name" AS "fromOrganization", fp."name" AS "fromPerson",
    c."toCountryCode", tor."name" AS "toOrganization", tp."name" AS "toPerson",
    (SELECT ${joinedText(raw(`cs."sectorCode"`), ";", raw(`cs."sectorCode"`))} FROM "CommitmentSector" cs WHERE cs."commitmentId" = c."id") AS "sectors",
    CAST(c."amountMinor" AS TEXT) AS "amountMinor", c."amountCurrency",
    c."quantityBaseline", c."quantityTarget", c."quantityUnit", c."quantityAtLeast", c."quantityScope",
    c."targetDate", c."targetPrecision", c."eventId", e."title" AS "event", c."documentId", d."title" AS "document",
    (SELECT ${joinedText(raw(`x."sourceId"`), ";", raw(`x."sourceId"`))} FROM (SELECT DISTINCT ci."sourceId" FROM "Citation" ci WHERE ci."commitmentId" = c."id") x) AS "sources"
  FROM "Commitment" c
  LEFT JOIN "Organization" fo ON fo."id" = c."fromOrganizationId" LEFT JOIN "Organization" tor ON tor."id" = c."toOrganizationId"
  LEFT JOIN "Person" fp ON fp."id" = c."fromPersonId" LEFT JOIN "Person" tp ON tp."id" = c."toPersonId"
  LEFT JOIN "Event" e ON e."id" = c."eventId" LEFT JOIN "Document" d ON d."id" = c."documentId"
  WHERE c."id" IN (${join(ids)})`,
);

export type CsvRow = z.output<typeof csvRowsRead.row>;
