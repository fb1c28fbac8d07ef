import "server-only";
import { prisma } from "../db/client";
import { keptUntilDataChanges } from "../db/data-version";
import { statusChangeKnownBy } from "../as-of/where";
import { todayIso } from "../dates/partial-date";
import { commitmentFilterSchema } from "../commitments/schema";
import { listCommitmentSummaries } from "../commitments/queries";
import { minorToDecimal } from "../money/money";
import { kindCountsRead, latestEventsRead, pledgedAmountsRead, statusCountsRead } from "./overview-sql";

export interface Overview {
  total: number;
  byStatus: { key: string; count: number }[];
  byKind: { key: string; count: number }[];
  /** `inexact`: how many of the `count` amounts are bounded or approximate ("at least", "about", "up to"). */
  amounts: { currency: string; value: string; count: number; inexact: number }[];
  overdue: Awaited<ReturnType<typeof listCommitmentSummaries>>;
  recentChanges: {
    id: string;
    fromStatus: string | null;
    toStatus: string;
    effectiveDate: string;
    effectivePrecision: string;
    commitment: { id: string; title: string };
  }[];
  events: {
    id: string;
    title: string;
    kind: string;
    startDate: string;
    startPrecision: string;
    endDate: string | null;
    endPrecision: string | null;
    location: string | null;
    _count: { children: number; commitments: number; documents: number };
  }[];
}

type Counts = { key: string; count: number }[];

async function latestEvents(asOf: string | undefined): Promise<Overview["events"]> {
  const rows = await latestEventsRead.run(prisma, asOf);
  return rows.map(({ children, commitments, documents, ...event }) => ({
    ...event,
    _count: { children, commitments, documents },
  }));
}

/** The three aggregates read every commitment, so they are kept until the data changes. */
function aggregates(
  asOf: string | undefined,
  today: string,
): Promise<{ byStatus: Counts; byKind: Counts; amounts: Overview["amounts"] }> {
  return keptUntilDataChanges(prisma, `overview ${asOf ?? ""} ${today}`, async () => {
    const [byStatus, byKind, amounts] = await Promise.all([
      statusCountsRead.run(prisma, asOf, today),
      kindCountsRead.run(prisma, asOf, today),
      pledgedAmountsRead.run(prisma, asOf, today),
    ]);
    const counts = (rows: { key: string; n: number }[]) => rows.map((r) => ({ key: r.key, count: r.n }));
    return {
      byStatus: counts(byStatus),
      byKind: counts(byKind),
      amounts: amounts.map((a) => ({
        currency: a.currency,
        value: minorToDecimal(BigInt(a.total), a.currency),
        count: a.n,
        inexact: a.inexact,
      })),
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
    listCommitmentSummaries(
      commitmentFilterSchema.parse({ ...(asOf ? { asOf } : {}), overdue: "true", pageSize: 8 }),
      today,
    ),
    prisma.statusChange.findMany({
      where: asOf ? statusChangeKnownBy(asOf) : {},
      select: {
        id: true,
        fromStatus: true,
        toStatus: true,
        effectiveDate: true,
        effectivePrecision: true,
        commitment: { select: { id: true, title: true } },
      },
      orderBy: [{ effectiveDate: "desc" }, { recordedAt: "desc" }, { id: "desc" }],
      take: 8,
    }),
    latestEvents(asOf),
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
