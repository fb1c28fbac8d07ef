import { prisma, Prisma } from "../db/client";
import { keptUntilDataChanges } from "../db/data-version";
import { eventKnownBy, statusChangeKnownBy } from "../as-of/where";
import { todayIso } from "../dates/partial-date";
import { whereSql, statusExpression } from "../commitments/filter-sql";
import { commitmentFilterSchema } from "../commitments/schema";
import { listCommitments } from "../commitments/queries";
import { minorToDecimal } from "../money/money";

const { sql } = Prisma;

export interface Overview {
  total: number;
  byStatus: { key: string; count: number }[];
  byKind: { key: string; count: number }[];
  amounts: { currency: string; value: string; count: number }[];
  overdue: Awaited<ReturnType<typeof listCommitments>>;
  recentChanges: {
    id: string; fromStatus: string | null; toStatus: string; effectiveDate: string; effectivePrecision: string;
    commitment: { id: string; title: string };
  }[];
  events: {
    id: string; title: string; kind: string; startDate: string; startPrecision: string; endDate: string | null; endPrecision: string | null;
    location: string | null; _count: { children: number; commitments: number; documents: number };
  }[];
}

type Counts = { key: string; count: number }[];

/** The three aggregates read every commitment, so they are kept until the data changes. */
function aggregates(asOf: string | undefined, today: string): Promise<{ byStatus: Counts; byKind: Counts; amounts: Overview["amounts"] }> {
  return keptUntilDataChanges(prisma, `overview ${asOf ?? ""} ${today}`, async () => {
    const where = whereSql(commitmentFilterSchema.parse(asOf ? { asOf } : {}), today);
    const status = statusExpression(asOf);
    const pledges = whereSql(commitmentFilterSchema.parse({ ...(asOf ? { asOf } : {}), kind: "pledge" }), today);
    const [byStatus, byKind, amounts] = await Promise.all([
      prisma.$queryRaw<{ key: string; n: bigint | number }[]>(sql`SELECT ${status} AS key, COUNT(*) AS n FROM "Commitment" c ${where} GROUP BY key ORDER BY n DESC`),
      prisma.$queryRaw<{ key: string; n: bigint | number }[]>(sql`SELECT c."kind" AS key, COUNT(*) AS n FROM "Commitment" c ${where} GROUP BY key ORDER BY n DESC`),
      // Pledges only: a request or proposal names money asked for, not money promised.
      prisma.$queryRaw<{ currency: string; total: bigint | number; n: bigint | number }[]>(
        sql`SELECT c."amountCurrency" AS currency, SUM(c."amountMinor") AS total, COUNT(*) AS n FROM "Commitment" c ${pledges}
            AND c."amountMinor" IS NOT NULL AND c."amountCurrency" IS NOT NULL GROUP BY currency ORDER BY currency`,
      ),
    ]);
    const counts = (rows: { key: string; n: bigint | number }[]) => rows.map((r) => ({ key: r.key, count: Number(r.n) }));
    return {
      byStatus: counts(byStatus),
      byKind: counts(byKind),
      amounts: amounts.map((a) => ({ currency: a.currency, value: minorToDecimal(BigInt(a.total), a.currency), count: Number(a.n) })),
    };
  });
}

/**
 * The overview in a handful of aggregate queries, whatever the number of commitments; as of a
 * day, counts use each commitment's status from its history.
 */
export async function getOverview(asOf: string | undefined, today: string = todayIso()): Promise<Overview> {
  const [{ byStatus, byKind, amounts }, overdue, recentChanges, events] = await Promise.all([
    aggregates(asOf, today),
    listCommitments(commitmentFilterSchema.parse({ ...(asOf ? { asOf } : {}), overdue: "true", pageSize: 8 }), today),
    prisma.statusChange.findMany({
      where: asOf ? statusChangeKnownBy(asOf) : {},
      select: { id: true, fromStatus: true, toStatus: true, effectiveDate: true, effectivePrecision: true, commitment: { select: { id: true, title: true } } },
      orderBy: [{ effectiveDate: "desc" }, { recordedAt: "desc" }, { id: "desc" }],
      take: 8,
    }),
    prisma.event.findMany({
      where: { parentId: null, ...(asOf ? eventKnownBy(asOf) : {}) },
      select: {
        id: true, title: true, kind: true, startDate: true, startPrecision: true, endDate: true, endPrecision: true, location: true,
        _count: { select: { children: true, commitments: true, documents: true } },
      },
      orderBy: [{ startDate: "desc" }, { id: "asc" }],
      take: 12,
    }),
  ]);
  return {
    total: byStatus.reduce((sum, r) => sum + r.count, 0),
    byStatus,
    byKind,
    amounts,
    overdue,
    recentChanges,
    events,
  };
}
