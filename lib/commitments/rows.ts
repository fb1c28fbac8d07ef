import { prisma, Prisma } from "../db/client";
import { historyOrderSql, statusOrCurrentSql } from "../as-of/status-sql";

// A commitment's JSON draws on ten tables. Prisma's nested select asks for them in ~13 queries of
// ~0.3 ms each (5 ms for one commitment, 7–12 ms for a page of 25); SQLite's JSON functions build
// the whole row in ONE statement instead (~0.1 ms for one, ~1 ms for 25). The document is shaped
// as the serializer expects; arrays keep the order the pages show.

const { sql, join, raw } = Prisma;

interface Party { id: string; name: string }
interface CitationRow { id: string; sourceId: string; quote: string; startOffset: number; endOffset: number; source: { language: string; title: string } }

export interface CommitmentRow {
  id: string; title: string; description: string | null; kind: string; status: string;
  fromCountryCode: string; toCountryCode: string;
  fromCountry: { name: string }; toCountry: { name: string };
  fromOrganization: Party | null; toOrganization: Party | null; fromPerson: Party | null; toPerson: Party | null;
  amountMinor: bigint | null; amountCurrency: string | null;
  quantityBaseline: string | null; quantityTarget: string | null; quantityUnit: string | null; quantityScope: string | null; quantityAtLeast: boolean;
  targetDate: string | null; targetPrecision: string | null;
  eventId: string | null; documentId: string | null; version: number;
  event: { id: string; title: string; startDate: string; startPrecision: string } | null;
  document: { id: string; title: string } | null;
  createdAt: Date; updatedAt: Date;
  sectors: { sectorCode: string }[];
  citations: CitationRow[];
  statusChanges: {
    id: string; fromStatus: string | null; toStatus: string; effectiveDate: string; effectivePrecision: string;
    note: string | null; correctsId: string | null; recordedAt: Date; editor: Party | null; citations: CitationRow[];
  }[];
  flags: { id: string; kind: string; field: string; message: string }[];
  linksOut: { kind: string; toId: string; note: string | null }[];
  linksIn: { kind: string; fromId: string; note: string | null }[];
}

/** The fields a table row shows; `status` is the one in force on the day asked. */
export type CommitmentSummaryRow = Pick<CommitmentRow,
  "id" | "title" | "kind" | "status" | "fromCountryCode" | "toCountryCode" | "fromCountry" | "toCountry"
  | "fromOrganization" | "toOrganization" | "fromPerson" | "toPerson" | "amountMinor" | "amountCurrency"
  | "targetDate" | "targetPrecision" | "event" | "updatedAt" | "sectors">;

/** `{id, name}` of an optional party, or null (json_object would give {"id":null,…}). */
const party = (alias: string) => Prisma.raw(`CASE WHEN ${alias}."id" IS NULL THEN NULL ELSE json_object('id', ${alias}."id", 'name', ${alias}."name") END`);

/** The citations of rows matching `where`, as a JSON array in `orderBy` order. */
function citations(where: string, orderBy: string): Prisma.Sql {
  // json(): a subquery's result loses its JSON subtype and would be embedded as a string.
  return Prisma.raw(`json((SELECT json_group_array(json_object('id', ci."id", 'sourceId', ci."sourceId", 'quote', ci."quote",
      'startOffset', ci."startOffset", 'endOffset', ci."endOffset", 'source', json_object('language', so."language", 'title', so."title"))
      ORDER BY ${orderBy})
    FROM "Citation" ci JOIN "Source" so ON so."id" = ci."sourceId" WHERE ${where}))`);
}

// What a table row shows (the summary) and the full record share these fields.
const ROW_FIELDS = sql`'id', c."id", 'title', c."title", 'kind', c."kind",
  'fromCountryCode', c."fromCountryCode", 'toCountryCode', c."toCountryCode",
  'fromCountry', json_object('name', fc."name"), 'toCountry', json_object('name', tc."name"),
  'fromOrganization', ${party("fo")}, 'toOrganization', ${party("tor")}, 'fromPerson', ${party("fp")}, 'toPerson', ${party("tp")},
  'amountMinor', CAST(c."amountMinor" AS TEXT), 'amountCurrency', c."amountCurrency",
  'targetDate', c."targetDate", 'targetPrecision', c."targetPrecision",
  'event', CASE WHEN e."id" IS NULL THEN NULL ELSE json_object('id', e."id", 'title', e."title", 'startDate', e."startDate", 'startPrecision', e."startPrecision") END,
  'updatedAt', c."updatedAt",
  'sectors', json((SELECT json_group_array(json_object('sectorCode', cs."sectorCode") ORDER BY cs."sectorCode")
    FROM "CommitmentSector" cs WHERE cs."commitmentId" = c."id"))`;

const DOCUMENT = sql`json_object(${ROW_FIELDS},
  'description', c."description", 'status', c."status",
  'quantityBaseline', c."quantityBaseline", 'quantityTarget', c."quantityTarget", 'quantityUnit', c."quantityUnit",
  'quantityScope', c."quantityScope", 'quantityAtLeast', c."quantityAtLeast",
  'eventId', c."eventId", 'documentId', c."documentId", 'version', c."version",
  'document', CASE WHEN d."id" IS NULL THEN NULL ELSE json_object('id', d."id", 'title', d."title") END,
  'createdAt', c."createdAt",
  'citations', ${citations(`ci."commitmentId" = c."id"`, `ci."sourceId", ci."startOffset"`)},
  'statusChanges', json((SELECT json_group_array(json_object('id', sc."id", 'fromStatus', sc."fromStatus", 'toStatus', sc."toStatus",
      'effectiveDate', sc."effectiveDate", 'effectivePrecision', sc."effectivePrecision", 'note', sc."note",
      'correctsId', sc."correctsId", 'recordedAt', sc."recordedAt",
      'editor', CASE WHEN u."id" IS NULL THEN NULL ELSE json_object('id', u."id", 'name', u."name") END,
      'citations', ${citations(`ci."statusChangeId" = sc."id"`, `ci."startOffset"`)})
      ORDER BY ${historyOrderSql(raw("sc"))})
    FROM "StatusChange" sc LEFT JOIN "user" u ON u."id" = sc."editorId" WHERE sc."commitmentId" = c."id")),
  'flags', json((SELECT json_group_array(json_object('id', f."id", 'kind', f."kind", 'field', f."field", 'message', f."message") ORDER BY f.rowid)
    FROM "DataFlag" f WHERE f."commitmentId" = c."id")),
  'linksOut', json((SELECT json_group_array(json_object('kind', l."kind", 'toId', l."toId", 'note', l."note") ORDER BY l.rowid)
    FROM "CommitmentLink" l WHERE l."fromId" = c."id")),
  'linksIn', json((SELECT json_group_array(json_object('kind', l."kind", 'fromId', l."fromId", 'note', l."note") ORDER BY l.rowid)
    FROM "CommitmentLink" l WHERE l."toId" = c."id"))
)`;

const FROM = sql`FROM "Commitment" c
  JOIN "Country" fc ON fc."code" = c."fromCountryCode" JOIN "Country" tc ON tc."code" = c."toCountryCode"
  LEFT JOIN "Organization" fo ON fo."id" = c."fromOrganizationId" LEFT JOIN "Organization" tor ON tor."id" = c."toOrganizationId"
  LEFT JOIN "Person" fp ON fp."id" = c."fromPersonId" LEFT JOIN "Person" tp ON tp."id" = c."toPersonId"
  LEFT JOIN "Event" e ON e."id" = c."eventId" LEFT JOIN "Document" d ON d."id" = c."documentId"`;

type Parsed = Omit<CommitmentRow, "amountMinor" | "quantityAtLeast" | "createdAt" | "updatedAt" | "statusChanges"> & {
  amountMinor: string | null; quantityAtLeast: number | boolean; createdAt: string | number; updatedAt: string | number;
  statusChanges: (Omit<CommitmentRow["statusChanges"][number], "recordedAt"> & { recordedAt: string | number })[];
};

/** Stored instants come back as ISO text (or epoch milliseconds, depending on the writer). */
const instant = (value: string | number) => new Date(value);

function toRow(document: string): CommitmentRow {
  const p = JSON.parse(document) as Parsed;
  return {
    ...p,
    amountMinor: p.amountMinor === null ? null : BigInt(p.amountMinor),
    quantityAtLeast: Boolean(p.quantityAtLeast),
    createdAt: instant(p.createdAt),
    updatedAt: instant(p.updatedAt),
    statusChanges: p.statusChanges.map((s) => ({ ...s, recordedAt: instant(s.recordedAt) })),
  };
}

/** The statement behind commitmentRows (the benchmark's floor runs it on raw better-sqlite3). */
export function commitmentRowsSql(ids: readonly string[]): Prisma.Sql {
  return sql`SELECT ${DOCUMENT} AS doc ${FROM} WHERE c."id" IN (${join([...ids])})`;
}

/** The rows of these commitments, in no particular order; unknown ids are left out. */
export async function commitmentRows(ids: readonly string[]): Promise<CommitmentRow[]> {
  if (ids.length === 0) return [];
  const found = await prisma.$queryRaw<{ doc: string }[]>(commitmentRowsSql(ids));
  return found.map((r) => toRow(r.doc));
}

/** The statement behind commitmentSummaryRows: no history, quotes, flags or links. */
export function commitmentSummaryRowsSql(ids: readonly string[], asOf?: string): Prisma.Sql {
  return sql`SELECT json_object(${ROW_FIELDS}, 'status', ${statusOrCurrentSql(asOf)}) AS doc ${FROM} WHERE c."id" IN (${join([...ids])})`;
}

/** What the tables show of these commitments, in no particular order; unknown ids are left out. */
export async function commitmentSummaryRows(ids: readonly string[], asOf?: string): Promise<CommitmentSummaryRow[]> {
  if (ids.length === 0) return [];
  const found = await prisma.$queryRaw<{ doc: string }[]>(commitmentSummaryRowsSql(ids, asOf));
  return found.map((r) => {
    const p = JSON.parse(r.doc) as Omit<CommitmentSummaryRow, "amountMinor" | "updatedAt"> & { amountMinor: string | null; updatedAt: string | number };
    return { ...p, amountMinor: p.amountMinor === null ? null : BigInt(p.amountMinor), updatedAt: instant(p.updatedAt) };
  });
}
