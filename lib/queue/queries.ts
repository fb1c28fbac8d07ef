import "server-only";
import { prisma } from "../db/client";
import { todayIso } from "../dates/partial-date";
import { commitmentFilterSchema } from "../commitments/schema";
import { listCommitmentSummaries } from "../commitments/queries";
import { staleCountRead, staleRead } from "./queue-sql";

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
  const [overdue, stale, staleCount, commitments, events, documents, changes] = await Promise.all([
    listCommitmentSummaries(commitmentFilterSchema.parse({ overdue: "true", pageSize: LIMIT, sort: "target" }), today),
    staleRead.run(prisma, since, LIMIT),
    staleCountRead.run(prisma, since),
    withCount(
      prisma.commitment.findMany({
        where: { citations: { none: {} } },
        select: summary,
        orderBy: { id: "asc" },
        take: LIMIT,
      }),
      prisma.commitment.count({ where: { citations: { none: {} } } }),
    ),
    withCount(
      prisma.event.findMany({
        where: { citations: { none: {} } },
        select: { id: true, title: true },
        orderBy: { id: "asc" },
        take: LIMIT,
      }),
      prisma.event.count({ where: { citations: { none: {} } } }),
    ),
    withCount(
      prisma.document.findMany({
        where: { citations: { none: {} } },
        select: { id: true, title: true },
        orderBy: { id: "asc" },
        take: LIMIT,
      }),
      prisma.document.count({ where: { citations: { none: {} } } }),
    ),
    withCount(
      prisma.statusChange.findMany({
        where: { citations: { none: {} } },
        orderBy: { recordedAt: "desc" },
        take: LIMIT,
        select: { id: true, toStatus: true, effectiveDate: true, commitment: { select: { id: true, title: true } } },
      }),
      prisma.statusChange.count({ where: { citations: { none: {} } } }),
    ),
  ]);
  return {
    overdue,
    stale: { rows: stale, total: staleCount[0]?.n ?? 0, since },
    unsupported: { commitments, events, documents, changes },
  };
}

async function withCount<T>(rows: Promise<T[]>, count: Promise<number>): Promise<{ rows: T[]; total: number }> {
  const [r, n] = await Promise.all([rows, count]);
  return { rows: r, total: n };
}

export type EditorQueue = Awaited<ReturnType<typeof editorQueue>>;
