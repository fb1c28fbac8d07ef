import { z } from "zod";
import { Prisma } from "../db/client";
import { jsonArray, jsonObject, joinedText } from "../db/dialect-sql";
import { integerColumn, jsonColumn, rawRead } from "../db/read-sql";

// The CSV export's statement: only the columns the CSV has, in one statement per batch. No status
// history, which the full JSON carries and which would make a 100,000-row export hold far more in
// memory than it writes (the commitment's own quotes come as one JSON array per row); and no
// Prisma relation queries, whose objects were most of the export's garbage (and most of its time).

const { sql, join, raw } = Prisma;

const text = z.string();
const optionalText = z.string().nullable();

export const csvRowsRead = rawRead(
  {
    id: text,
    title: text,
    kind: text,
    status: text,
    direction: text,
    // The sides in their order, as one JSON array: one subquery per row rather than six.
    sides: jsonColumn(
      z.array(z.strictObject({ role: text, country: optionalText, organization: optionalText, person: optionalText })),
    ),
    sectors: optionalText,
    amountMinor: optionalText,
    amountCurrency: optionalText,
    amountQualifier: optionalText,
    quantityBaseline: optionalText,
    quantityTarget: optionalText,
    quantityDelta: optionalText,
    quantityUnit: optionalText,
    quantityAtLeast: z.union([integerColumn, z.boolean()]),
    quantityScope: optionalText,
    targetDate: optionalText,
    targetPrecision: optionalText,
    targetEndDate: optionalText,
    targetEndPrecision: optionalText,
    eventId: optionalText,
    event: optionalText,
    documentId: optionalText,
    document: optionalText,
    sources: optionalText,
    // Every quote with its source, so that an export imported into another Pact keeps its evidence.
    citations: jsonColumn(z.array(z.strictObject({ source: text, quote: text }))),
  },
  (ids: string[]) => sql`SELECT c."id", c."title", c."kind", c."status", c."direction",
    ${jsonArray(
      jsonObject({
        role: raw(`s."role"`),
        country: raw(`s."countryCode"`),
        organization: raw(`so."name"`),
        person: raw(`sp."name"`),
      }),
      raw(`s."position"`),
      raw(
        `FROM "CommitmentSide" s LEFT JOIN "Organization" so ON so."id" = s."organizationId" LEFT JOIN "Person" sp ON sp."id" = s."personId" WHERE s."commitmentId" = c."id"`,
      ),
    )} AS "sides",
    (SELECT ${joinedText(raw(`cs."sectorCode"`), ";", raw(`cs."sectorCode"`))} FROM "CommitmentSector" cs WHERE cs."commitmentId" = c."id") AS "sectors",
    CAST(c."amountMinor" AS TEXT) AS "amountMinor", c."amountCurrency", c."amountQualifier",
    c."quantityBaseline", c."quantityTarget", c."quantityDelta", c."quantityUnit", c."quantityAtLeast", c."quantityScope",
    c."targetDate", c."targetPrecision", c."targetEndDate", c."targetEndPrecision", c."eventId", e."title" AS "event", c."documentId", d."title" AS "document",
    (SELECT ${joinedText(raw(`x."sourceId"`), ";", raw(`x."sourceId"`))} FROM (SELECT DISTINCT ci."sourceId" FROM "Citation" ci WHERE ci."commitmentId" = c."id") x) AS "sources",
    ${jsonArray(
      jsonObject({ source: raw(`q."sourceId"`), quote: raw(`q."quote"`) }),
      raw(`q."sourceId", q."startOffset", q."id"`),
      raw(`FROM "Citation" q WHERE q."commitmentId" = c."id"`),
    )} AS "citations"
  FROM "Commitment" c
  LEFT JOIN "Event" e ON e."id" = c."eventId" LEFT JOIN "Document" d ON d."id" = c."documentId"
  WHERE c."id" IN (${join(ids)})`,
);

export type CsvRow = z.output<typeof csvRowsRead.row>;
