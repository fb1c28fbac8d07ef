import { z } from "zod";
import { prisma, Prisma } from "../db/client";
import { cuid } from "../db/cuid";
import { countColumn, integerColumn, jsonColumn, rawRead } from "../db/read-sql";
import { jsonArray } from "../db/dialect-sql";
import { webhookBody, type StatusChangeData } from "../webhooks/payload";
import { statusSchema } from "./schema";

const { sql } = Prisma;

/**
 * What a status change is checked against, in one query: the commitment, whether `correctsId` is
 * one of its entries, the cited source's text, and the webhook subscriptions to tell (with what
 * their payload names: the commitment's title, the source's title and address).
 */
export const changeContextRead = rawRead(
  {
    id: z.string(),
    title: z.string(),
    status: statusSchema,
    version: countColumn,
    corrects: integerColumn.nullable(),
    fullText: z.string().nullable(),
    sourceTitle: z.string().nullable(),
    sourceUrl: z.string().nullable(),
    webhooks: jsonColumn(z.array(z.string())),
  },
  (commitmentId: string, correctsId: string | null, sourceId: string | null) => sql`
    SELECT c."id", c."title", c."status", c."version",
      (SELECT 1 FROM "StatusChange" s WHERE s."id" = ${correctsId} AND s."commitmentId" = c."id") AS "corrects",
      (SELECT "fullText" FROM "Source" WHERE "id" = ${sourceId}) AS "fullText",
      (SELECT "title" FROM "Source" WHERE "id" = ${sourceId}) AS "sourceTitle",
      (SELECT "url" FROM "Source" WHERE "id" = ${sourceId}) AS "sourceUrl",
      ${jsonArray(
        sql`w."id"`,
        sql`w."createdAt", w."id"`,
        sql`FROM "WebhookSubscription" w WHERE w."active" AND (',' || w."events" || ',') LIKE '%,status_change,%'`,
      )} AS "webhooks"
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
  /** The subscriptions to tell, and their payload's data once the new rows' ids are known. */
  webhooks: {
    subscriptionIds: string[];
    data: (ids: { statusChangeId: string; sourceId: string }) => StatusChangeData;
  };
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
 * One connection and one transaction: nothing runs between the statements. The webhook deliveries
 * (an outbox) are written by the same transaction, so a change is announced if and only if it
 * was recorded; a subscription paused meanwhile gets none.
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
  const updateAt = statements.length - 3;
  const data = row.webhooks.subscriptionIds.length ? row.webhooks.data({ statusChangeId, sourceId }) : null;
  for (const subscriptionId of row.webhooks.subscriptionIds) {
    const deliveryId = cuid();
    const body = webhookBody(deliveryId, "status_change", now, data);
    statements.push(prisma.$executeRaw`INSERT INTO "WebhookDelivery" ("id", "subscriptionId", "event", "payload", "state", "attempts", "nextAttemptAt", "createdAt")
      SELECT ${deliveryId}, w."id", 'status_change', ${body}, 'pending', 0, ${now}, ${now} FROM "WebhookSubscription" w
      WHERE w."id" = ${subscriptionId} AND w."active" AND EXISTS (SELECT 1 FROM "StatusChange" WHERE "id" = ${statusChangeId})`);
  }
  const counts = await prisma.$transaction(statements);
  return counts[updateAt] === 1 ? { statusChangeId, sourceId } : null;
}
