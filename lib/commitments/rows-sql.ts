import { z } from "zod";
import { prisma, Prisma } from "../db/client";
import { jsonArray, jsonObject, jsonObjectOrNull, insertionOrder } from "../db/dialect-sql";
import { instantField, jsonColumn, rawRead } from "../db/read-sql";
import { historyOrderSql, statusOrCurrentSql } from "../as-of/status-sql";
import { statusSchema } from "../status/schema";
import { commitmentKindSchema, LINK_KINDS } from "./schema";
import { DIRECTIONS, SIDE_ROLES } from "./sides";
import { partAmountsField, partAmountsSql } from "./parts-sql";

// A commitment's JSON draws on eleven tables. Prisma's nested select asks for them in ~13 queries of
// ~0.3 ms each (5 ms for one commitment, 7–12 ms for a page of 25); the database's JSON functions
// build the whole row in ONE statement instead (~0.1 ms for one, ~1 ms for 25). The document is
// shaped as the serializer expects; arrays keep the order the pages show. Each document is parsed
// with the schema below, whose strict objects fail on any field renamed on one side only.

const { sql, join, raw } = Prisma;

const col = (alias: string, column: string) => raw(`${alias}."${column}"`);
/** `{ key: alias."key" }` for each column. */
const columns = (alias: string, keys: string[]) => Object.fromEntries(keys.map((k) => [k, col(alias, k)]));

/** `{id, name}` of an optional party. */
const party = (alias: string) => jsonObjectOrNull(col(alias, "id"), columns(alias, ["id", "name"]));

/** The citations of rows matching `where`, as a JSON array in `orderBy` order. */
function citations(where: string, orderBy: string): Prisma.Sql {
  return jsonArray(
    jsonObject({
      ...columns("ci", ["id", "sourceId", "quote", "startOffset", "endOffset"]),
      source: jsonObject(columns("so", ["language", "title"])),
    }),
    raw(orderBy),
    raw(`FROM "Citation" ci JOIN "Source" so ON so."id" = ci."sourceId" WHERE ${where}`),
  );
}

// What a table row shows (the summary) and the full record share these fields.
const ROW_FIELDS = {
  ...columns("c", ["id", "title", "titleEn", "titleFr", "kind", "direction"]),
  sides: jsonArray(
    jsonObject({
      role: col("sd", "role"),
      country: jsonObjectOrNull(col("sco", "code"), columns("sco", ["code", "name"])),
      organization: party("sor"),
      person: party("spe"),
    }),
    col("sd", "position"),
    sql`FROM "CommitmentSide" sd LEFT JOIN "Country" sco ON sco."code" = sd."countryCode"
      LEFT JOIN "Organization" sor ON sor."id" = sd."organizationId" LEFT JOIN "Person" spe ON spe."id" = sd."personId"
      WHERE sd."commitmentId" = c."id"`,
  ),
  amountMinor: sql`CAST(c."amountMinor" AS TEXT)`,
  ...columns("c", [
    "amountCurrency",
    "amountQualifier",
    "targetDate",
    "targetPrecision",
    "targetEndDate",
    "targetEndPrecision",
  ]),
  event: jsonObjectOrNull(col("e", "id"), columns("e", ["id", "title", "startDate", "startPrecision"])),
  updatedAt: col("c", "updatedAt"),
  sectors: jsonArray(
    jsonObject({ sectorCode: col("cs", "sectorCode") }),
    col("cs", "sectorCode"),
    sql`FROM "CommitmentSector" cs WHERE cs."commitmentId" = c."id"`,
  ),
};

const DOCUMENT = jsonObject({
  ...ROW_FIELDS,
  ...columns("c", [
    "description",
    "status",
    "quantityBaseline",
    "quantityTarget",
    "quantityDelta",
    "quantityUnit",
    "quantityScope",
    "quantityAtLeast",
    "eventId",
    "documentId",
    "version",
  ]),
  document: jsonObjectOrNull(col("d", "id"), columns("d", ["id", "title"])),
  createdAt: col("c", "createdAt"),
  citations: citations(`ci."commitmentId" = c."id"`, `ci."sourceId", ci."startOffset"`),
  statusChanges: jsonArray(
    jsonObject({
      ...columns("sc", [
        "id",
        "fromStatus",
        "toStatus",
        "effectiveDate",
        "effectivePrecision",
        "note",
        "correctsId",
        "recordedAt",
      ]),
      editor: jsonObjectOrNull(col("u", "id"), columns("u", ["id", "name"])),
      citations: citations(`ci."statusChangeId" = sc."id"`, `ci."startOffset"`),
    }),
    historyOrderSql(raw("sc")),
    sql`FROM "StatusChange" sc LEFT JOIN "user" u ON u."id" = sc."editorId" WHERE sc."commitmentId" = c."id"`,
  ),
  flags: jsonArray(
    jsonObject(columns("f", ["id", "kind", "field", "message"])),
    insertionOrder(raw("f")),
    sql`FROM "DataFlag" f WHERE f."commitmentId" = c."id"`,
  ),
  linksOut: jsonArray(
    jsonObject(columns("l", ["kind", "toId", "note"])),
    insertionOrder(raw("l")),
    sql`FROM "CommitmentLink" l WHERE l."fromId" = c."id"`,
  ),
  linksIn: jsonArray(
    jsonObject(columns("l", ["kind", "fromId", "note"])),
    insertionOrder(raw("l")),
    sql`FROM "CommitmentLink" l WHERE l."toId" = c."id"`,
  ),
  partAmounts: partAmountsSql(raw(`c."id"`)),
});

const FROM = sql`FROM "Commitment" c
  LEFT JOIN "Event" e ON e."id" = c."eventId" LEFT JOIN "Document" d ON d."id" = c."documentId"`;

// The documents' schemas, field for field with the SQL above (flags keep their key order: the
// API passes them through).
const text = z.string();
const optionalText = z.string().nullable();
const partyField = z.strictObject({ id: text, name: text }).nullable();
const citationField = z.strictObject({
  id: text,
  sourceId: text,
  quote: text,
  startOffset: z.number(),
  endOffset: z.number(),
  source: z.strictObject({ language: text, title: text }),
});

const rowFields = {
  // Kinds and statuses were checked by the write schemas before they were stored.
  id: text,
  title: text,
  titleEn: optionalText,
  titleFr: optionalText,
  kind: commitmentKindSchema,
  direction: z.enum(DIRECTIONS),
  sides: z.array(
    z.strictObject({
      role: z.enum(SIDE_ROLES),
      country: z.strictObject({ code: text, name: text }).nullable(),
      organization: partyField,
      person: partyField,
    }),
  ),
  // Text in the document: a JSON number would lose the digits of a large amount.
  amountMinor: optionalText.transform((v) => (v === null ? null : BigInt(v))),
  amountCurrency: optionalText,
  amountQualifier: optionalText,
  targetDate: optionalText,
  targetPrecision: optionalText,
  targetEndDate: optionalText,
  targetEndPrecision: optionalText,
  event: z.strictObject({ id: text, title: text, startDate: text, startPrecision: text }).nullable(),
  updatedAt: instantField,
  sectors: z.array(z.strictObject({ sectorCode: text })),
};

const commitmentDocument = z.strictObject({
  ...rowFields,
  description: optionalText,
  status: statusSchema,
  quantityBaseline: optionalText,
  quantityTarget: optionalText,
  quantityDelta: optionalText,
  quantityUnit: optionalText,
  quantityScope: optionalText,
  quantityAtLeast: z.union([z.number(), z.boolean()]).transform(Boolean),
  eventId: optionalText,
  documentId: optionalText,
  version: z.number(),
  document: z.strictObject({ id: text, title: text }).nullable(),
  createdAt: instantField,
  citations: z.array(citationField),
  statusChanges: z.array(
    z.strictObject({
      id: text,
      fromStatus: statusSchema.nullable(),
      toStatus: statusSchema,
      effectiveDate: text,
      effectivePrecision: text,
      note: optionalText,
      correctsId: optionalText,
      recordedAt: instantField,
      editor: partyField,
      citations: z.array(citationField),
    }),
  ),
  flags: z.array(z.strictObject({ id: text, kind: text, field: text, message: text })),
  linksOut: z.array(z.strictObject({ kind: z.enum(LINK_KINDS), toId: text, note: optionalText })),
  linksIn: z.array(z.strictObject({ kind: z.enum(LINK_KINDS), fromId: text, note: optionalText })),
  partAmounts: partAmountsField,
});

/** The fields a table row shows; `status` is the one in force on the day asked. */
const summaryDocument = z.strictObject({ ...rowFields, status: statusSchema });

export type CommitmentRow = z.output<typeof commitmentDocument>;
export type CommitmentSummaryRow = z.output<typeof summaryDocument>;

/** The statement behind commitmentRows (the benchmark's floor runs it on raw better-sqlite3). */
export const commitmentRowsRead = rawRead(
  { doc: jsonColumn(commitmentDocument) },
  (ids: readonly string[]) => sql`SELECT ${DOCUMENT} AS doc ${FROM} WHERE c."id" IN (${join([...ids])})`,
);

/** The statement behind commitmentSummaryRows: no history, quotes, flags or links. */
export const commitmentSummaryRowsRead = rawRead(
  { doc: jsonColumn(summaryDocument) },
  (ids: readonly string[], asOf?: string) =>
    sql`SELECT ${jsonObject({ ...ROW_FIELDS, status: statusOrCurrentSql(asOf) })} AS doc ${FROM} WHERE c."id" IN (${join([...ids])})`,
);

/** The rows of these commitments, in no particular order; unknown ids are left out. */
export async function commitmentRows(ids: readonly string[]): Promise<CommitmentRow[]> {
  if (ids.length === 0) return [];
  return (await commitmentRowsRead.run(prisma, ids)).map((r) => r.doc);
}

/** What the tables show of these commitments, in no particular order; unknown ids are left out. */
export async function commitmentSummaryRows(ids: readonly string[], asOf?: string): Promise<CommitmentSummaryRow[]> {
  if (ids.length === 0) return [];
  return (await commitmentSummaryRowsRead.run(prisma, ids, asOf)).map((r) => r.doc);
}
