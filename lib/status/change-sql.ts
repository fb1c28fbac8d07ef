import { z } from "zod";
import { prisma, Prisma } from "../db/client";
import { cuid } from "../db/cuid";
import { countColumn, integerColumn, rawRead } from "../db/read-sql";
import { statusSchema } from "./schema";

const { sql } = Prisma;

/**
 * What a status change is checked against, in one query: the commitment, whether `correctsId` is
 * one of its entries, and the cited source's text.
 */
export const changeContextRead = rawRead(
  {
    id: z.string(),
    status: statusSchema,
    version: countColumn,
    corrects: integerColumn.nullable(),
    fullText: z.string().nullable(),
  },
  (commitmentId: string, correctsId: string | null, sourceId: string | null) => sql`
    SELECT c."id", c."status", c."version",
      (SELECT 1 FROM "StatusChange" s WHERE s."id" = ${correctsId} AND s."commitmentId" = c."id") AS "corrects",
      (SELECT "fullText" FROM "Source" WHERE "id" = ${sourceId}) AS "fullText"
    FROM "Commitment" c WHERE c."id" = ${commitmentId}`,
);

export interface StatusChangeRow {
  commitmentId: string;
  /** The version the change was checked against: the write happens only if it is still current. */
  version: number;
  fromStatus: string;
  toStatus: string;
  effectiveDate: string;
  effectivePrecision: string;
  note: string | null;
  correctsId: string | null;
  editorId: string;
  citation: { sourceId: string | null; quote: string; start: number; end: number };
  newSource: {
    title: string;
    publisher: string;
    url: string;
    language: string;
    publishedDate: string;
    publishedPrecision: string;
    fullText: string;
    contentHash: string;
  } | null;
  /** The API token the change came through, for the audit entry; null from the pages. */
  tokenId: string | null;
  /** The audit entry's before and after; the new change's and source's ids are added to `after`. */
  audit: { before: Record<string, unknown>; after: Record<string, unknown> };
}

/**
 * Writes a status change, its citation, its audit entry (and a new source) in one batch
 * transaction, or nothing at all when the commitment's version moved meanwhile. Returns the new
 * change's id, or null when it lost that race.
 *
 * Why raw statements in a batch rather than an interactive transaction: the interactive one costs
 * a round trip through the engine per query and keeps the connection's gate closed while other
 * requests wait (4.6 ms against 1.6 ms per write, serially, at 100,000 commitments). A batch
 * cannot branch on the version check, so every row is made conditional instead: the inserts
 * before the UPDATE test the same version it does, and those after test that the change exists.
 * One connection and one transaction: nothing runs between the statements.
 */
export async function recordStatusChange(
  row: StatusChangeRow,
): Promise<{ statusChangeId: string; sourceId: string } | null> {
  const now = new Date();
  const statusChangeId = cuid();
  const sourceId = row.citation.sourceId ?? cuid();
  const before = row.audit.before;
  const after = { ...row.audit.after, statusChangeId, sourceId };
  const s = row.newSource;
  const statements = [
    ...(s
      ? [
          prisma.$executeRaw`INSERT INTO "Source" ("id", "title", "publisher", "url", "language", "publishedDate", "publishedPrecision", "fullText", "contentHash", "createdAt")
          SELECT ${sourceId}, ${s.title}, ${s.publisher}, ${s.url}, ${s.language}, ${s.publishedDate}, ${s.publishedPrecision}, ${s.fullText}, ${s.contentHash}, ${now}
          WHERE EXISTS (SELECT 1 FROM "Commitment" WHERE "id" = ${row.commitmentId} AND "version" = ${row.version})`,
        ]
      : []),
    prisma.$executeRaw`INSERT INTO "StatusChange" ("id", "commitmentId", "fromStatus", "toStatus", "effectiveDate", "effectivePrecision", "note", "correctsId", "editorId", "recordedAt")
      SELECT ${statusChangeId}, ${row.commitmentId}, ${row.fromStatus}, ${row.toStatus}, ${row.effectiveDate}, ${row.effectivePrecision}, ${row.note}, ${row.correctsId}, ${row.editorId}, ${now}
      WHERE EXISTS (SELECT 1 FROM "Commitment" WHERE "id" = ${row.commitmentId} AND "version" = ${row.version})`,
    prisma.$executeRaw`UPDATE "Commitment" SET "status" = ${row.toStatus}, "version" = "version" + 1, "updatedAt" = ${now}
      WHERE "id" = ${row.commitmentId} AND "version" = ${row.version}`,
    prisma.$executeRaw`INSERT INTO "Citation" ("id", "sourceId", "quote", "startOffset", "endOffset", "statusChangeId")
      SELECT ${cuid()}, ${sourceId}, ${row.citation.quote}, ${row.citation.start}, ${row.citation.end}, ${statusChangeId}
      WHERE EXISTS (SELECT 1 FROM "StatusChange" WHERE "id" = ${statusChangeId})`,
    prisma.$executeRaw`INSERT INTO "AuditEntry" ("id", "at", "userId", "tokenId", "action", "entityType", "entityId", "before", "after")
      SELECT ${cuid()}, ${now}, ${row.editorId}, ${row.tokenId}, 'status_change', 'commitment', ${row.commitmentId}, ${JSON.stringify(before)}, ${JSON.stringify(after)}
      WHERE EXISTS (SELECT 1 FROM "StatusChange" WHERE "id" = ${statusChangeId})`,
  ];
  const counts = await prisma.$transaction(statements);
  const updated = counts[statements.length - 3];
  return updated === 1 ? { statusChangeId, sourceId } : null;
}
