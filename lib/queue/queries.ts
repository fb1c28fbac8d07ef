import "server-only";
import { prisma, Prisma } from "../db/client";
import { todayIso } from "../dates/partial-date";
import { CLOSED_STATUSES } from "../status/rules";
import { commitmentFilterSchema } from "../commitments/schema";
import { listCommitmentSummaries } from "../commitments/queries";

const LIMIT = 25;
const summary = { id: true, title: true, status: true } as const;

/** The day a year before `today`, YYYY-MM-DD. */
export function yearBefore(today: string): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * What needs an editor's attention: overdue commitments, open ones with no change for a year,
 * and records that no quote supports. Each list is capped, with its full count.
 */
export async function editorQueue(today: string = todayIso()) {
  const since = yearBefore(today);
  const closed = Prisma.join([...CLOSED_STATUSES]);
  const staleWhere = Prisma.sql`WHERE c."status" NOT IN (${closed})
    AND NOT EXISTS (SELECT 1 FROM "StatusChange" s WHERE s."commitmentId" = c."id" AND s."effectiveDate" > ${since})`;
  const [overdue, stale, staleCount, commitments, events, documents, changes] = await Promise.all([
    listCommitmentSummaries(commitmentFilterSchema.parse({ overdue: "true", pageSize: LIMIT, sort: "target" }), today),
    prisma.$queryRaw<{ id: string; title: string; status: string; lastChange: string | null }[]>(Prisma.sql`
      SELECT c."id", c."title", c."status", (SELECT MAX(s."effectiveDate") FROM "StatusChange" s WHERE s."commitmentId" = c."id") AS "lastChange"
      FROM "Commitment" c ${staleWhere} ORDER BY "lastChange" ASC, c."id" LIMIT ${LIMIT}`),
    prisma.$queryRaw<{ n: bigint | number }[]>(Prisma.sql`SELECT COUNT(*) AS n FROM "Commitment" c ${staleWhere}`),
    withCount(
      prisma.commitment.findMany({ where: { citations: { none: {} } }, select: summary, orderBy: { id: "asc" }, take: LIMIT }),
      prisma.commitment.count({ where: { citations: { none: {} } } }),
    ),
    withCount(
      prisma.event.findMany({ where: { citations: { none: {} } }, select: { id: true, title: true }, orderBy: { id: "asc" }, take: LIMIT }),
      prisma.event.count({ where: { citations: { none: {} } } }),
    ),
    withCount(
      prisma.document.findMany({ where: { citations: { none: {} } }, select: { id: true, title: true }, orderBy: { id: "asc" }, take: LIMIT }),
      prisma.document.count({ where: { citations: { none: {} } } }),
    ),
    withCount(
      prisma.statusChange.findMany({
        where: { citations: { none: {} } }, orderBy: { recordedAt: "desc" }, take: LIMIT,
        select: { id: true, toStatus: true, effectiveDate: true, commitment: { select: { id: true, title: true } } },
      }),
      prisma.statusChange.count({ where: { citations: { none: {} } } }),
    ),
  ]);
  return {
    overdue,
    stale: { rows: stale, total: Number(staleCount[0]?.n ?? 0), since },
    unsupported: { commitments, events, documents, changes },
  };
}

async function withCount<T>(rows: Promise<T[]>, count: Promise<number>): Promise<{ rows: T[]; total: number }> {
  const [r, n] = await Promise.all([rows, count]);
  return { rows: r, total: n };
}

export type EditorQueue = Awaited<ReturnType<typeof editorQueue>>;
