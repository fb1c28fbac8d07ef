import "server-only";
import { prisma } from "../db/client";
import { keptUntilDataChanges } from "../db/data-version";
import { todayIso } from "../dates/partial-date";
import { commitmentFilterSchema } from "../commitments/schema";
import { listCommitmentSummaries } from "../commitments/queries";
import { minorToDecimal } from "../money/money";
import { inIdOrder } from "../records/list-sql";
import {
  kindCountsRead,
  latestEventsRead,
  pledgedAmountsRead,
  recentChangeIdsRead,
  statusCountsRead,
} from "./overview-sql";
import { scopeQuery, type OverviewScope } from "./schema";

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

async function latestEvents(asOf: string | undefined, scope: OverviewScope): Promise<Overview["events"]> {
  const rows = await latestEventsRead.run(prisma, asOf, scope);
  return rows.map(({ children, commitments, documents, ...event }) => ({
    ...event,
    _count: { children, commitments, documents },
  }));
}

/** The three aggregates read every commitment, so they are kept until the data changes. */
function aggregates(
  asOf: string | undefined,
  today: string,
  scope: OverviewScope,
): Promise<{ byStatus: Counts; byKind: Counts; amounts: Overview["amounts"] }> {
  const key = `overview ${asOf ?? ""} ${today} ${new URLSearchParams(scopeQuery(scope)).toString()}`;
  return keptUntilDataChanges(prisma, key, async () => {
    const [byStatus, byKind, amounts] = await Promise.all([
      statusCountsRead.run(prisma, asOf, today, scope),
      kindCountsRead.run(prisma, asOf, today, scope),
      pledgedAmountsRead.run(prisma, asOf, today, scope),
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

async function recentChanges(asOf: string | undefined, today: string, scope: OverviewScope) {
  const ids = (await recentChangeIdsRead.run(prisma, asOf, today, scope, 8)).map((r) => r.id);
  const rows = await prisma.statusChange.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      fromStatus: true,
      toStatus: true,
      effectiveDate: true,
      effectivePrecision: true,
      commitment: { select: { id: true, title: true } },
    },
  });
  return inIdOrder(ids, rows);
}

/**
 * The overview in a handful of aggregate queries, whatever the number of commitments; as of a
 * day, counts use each commitment's status from its history. A scope (a country, a pair)
 * narrows every figure by the commitments list's own filters.
 */
export async function getOverview(
  asOf: string | undefined,
  scope: OverviewScope = {},
  today: string = todayIso(),
): Promise<Overview> {
  const [{ byStatus, byKind, amounts }, overdue, changes, events] = await Promise.all([
    aggregates(asOf, today, scope),
    listCommitmentSummaries(
      commitmentFilterSchema.parse({ ...scopeQuery(scope), asOf, overdue: "true", pageSize: 8 }),
      today,
    ),
    recentChanges(asOf, today, scope),
    latestEvents(asOf, scope),
  ]);
  return {
    total: byStatus.reduce((sum, r) => sum + r.count, 0),
    byStatus,
    byKind,
    amounts,
    overdue,
    recentChanges: changes,
    events,
  };
}
