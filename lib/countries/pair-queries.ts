import "server-only";
import type { Prisma } from "../db/generated/client";
import { prisma } from "../db/client";
import { keptUntilDataChanges } from "../db/data-version";
import { documentKnownBy } from "../as-of/where";
import { eventConditions, eventOrderSql } from "../events/filter-sql";
import { eventFilterSchema } from "../events/schema";
import { inIdOrder, pageOfIds } from "../records/list-sql";
import { fromColumns } from "../dates/partial-date";
import { RELATED_LIMIT } from "../records/limits";
import { applyStatusesAsOf } from "../records/status";
import { STATUSES } from "../status/rules";
import { noStatuses, tally, type ByStatus } from "./counts";
import type { CountryPair, PairSort } from "./pair";
import type { PairDirection } from "./pair-sql";
import {
  commitmentPairsRead,
  documentPairsRead,
  eventPairsRead,
  pairCommitmentsRead,
  pairStatusCountsRead,
} from "./pairs-sql";
import type { CountryJson } from "./schema";

const COUNTRY = { code: true, name: true, nameFr: true } as const;

const PAIR_EVENT = {
  id: true,
  title: true,
  kind: true,
  startDate: true,
  startPrecision: true,
  endDate: true,
  endPrecision: true,
  hostCountryCode: true,
  parent: { select: { id: true, title: true } },
} satisfies Prisma.EventSelect;

/** Everything between two countries (as of a day, when asked), or null when either code is not a country. */
export async function getCountryPairView(pair: CountryPair, asOf?: string) {
  const [a, b] = pair;
  const countries = await prisma.country.findMany({ where: { code: { in: [a, b] } }, select: COUNTRY });
  const first = countries.find((c) => c.code === a);
  const second = countries.find((c) => c.code === b);
  if (!first || !second) return null;

  // The events between them by the events list's own rule (lib/events/filter-sql.ts).
  const eventFilter = eventFilterSchema.parse({ pair: pair.join("-"), asOf, sort: "start", pageSize: RELATED_LIMIT });
  const documentWhere: Prisma.DocumentWhereInput = {
    AND: [
      { parties: { some: { countryCode: a } } },
      { parties: { some: { countryCode: b } } },
      asOf ? documentKnownBy(asOf) : {},
    ],
  };
  const list = (which: PairDirection) => pairCommitmentsRead.run(prisma, pair, which, asOf, RELATED_LIMIT);
  const [counts, aToB, bToA, mutual, events, documents, documentCount] = await Promise.all([
    pairStatusCountsRead.run(prisma, pair, asOf),
    list("a_to_b"),
    list("b_to_a"),
    list("mutual"),
    pageOfIds("Event", eventConditions(eventFilter), eventOrderSql(eventFilter.sort), eventFilter).then(
      async ({ ids, total }) => {
        const rows = await prisma.event.findMany({ where: { id: { in: ids } }, select: PAIR_EVENT });
        return { rows: inIdOrder(ids, rows), total };
      },
    ),
    prisma.document.findMany({
      where: documentWhere,
      take: RELATED_LIMIT,
      orderBy: [{ signedDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      select: { id: true, title: true, kind: true, status: true, signedDate: true, signedPrecision: true },
    }),
    prisma.document.count({ where: documentWhere }),
  ]);
  const lists = await applyStatusesAsOf([aToB, bToA, mutual] as const, asOf);
  const item = (c: (typeof aToB)[number]) => ({
    id: c.id,
    title: c.title,
    kind: c.kind,
    status: c.status,
    target: fromColumns(c.targetDate, c.targetPrecision),
  });
  const by = (which: PairDirection) => tally(counts.filter((c) => c.direction === which));
  const totals = { aToB: by("a_to_b"), bToA: by("b_to_a"), mutual: by("mutual") };

  return {
    first,
    second,
    byStatus: STATUSES.map((status) => ({
      status,
      aToB: totals.aToB.byStatus[status],
      bToA: totals.bToA.byStatus[status],
      mutual: totals.mutual.byStatus[status],
    })),
    totals: { aToB: totals.aToB.total, bToA: totals.bToA.total, mutual: totals.mutual.total },
    aToB: lists[0].map(item),
    bToA: lists[1].map(item),
    mutual: lists[2].map(item),
    events: events.rows.map((e) => ({
      id: e.id,
      title: e.title,
      kind: e.kind,
      parent: e.parent,
      start: fromColumns(e.startDate, e.startPrecision) ?? { date: e.startDate, precision: "day" as const },
      end: fromColumns(e.endDate, e.endPrecision),
      host: e.hostCountryCode === a ? first : second,
    })),
    eventCount: events.total,
    documents: documents.map((d) => ({
      id: d.id,
      title: d.title,
      kind: d.kind,
      status: d.status,
      signed: fromColumns(d.signedDate, d.signedPrecision),
    })),
    documentCount,
  };
}

export type CountryPairView = NonNullable<Awaited<ReturnType<typeof getCountryPairView>>>;

export interface CountryPairSummary {
  first: CountryJson;
  second: CountryJson;
  commitments: { total: number; byStatus: ByStatus; firstToSecond: number; secondToFirst: number; mutual: number };
  events: number;
  documents: number;
  /** The latest start of an event or signature of a document between them (day, month or year: "2019-03-01"). */
  latest: string | null;
}

type Tally = {
  codes: [string, string];
  byStatus: ByStatus;
  given: [number, number];
  mutual: number;
  events: number;
  documents: number;
  latest: string | null;
};

const later = (x: string | null, y: string | null) => (x === null ? y : y === null ? x : x > y ? x : y);

/** Every pair with a record between them, counted in SQL; kept until the data changes. */
function pairTallies(asOf: string | undefined): Promise<Tally[]> {
  return keptUntilDataChanges(prisma, `country pairs ${asOf ?? ""}`, async () => {
    const [commitmentRows, eventRows, documentRows] = await Promise.all([
      commitmentPairsRead.run(prisma, asOf),
      eventPairsRead.run(prisma, asOf),
      documentPairsRead.run(prisma, asOf),
    ]);
    const pairs = new Map<string, Tally>();
    const entry = (x: string, y: string) => {
      const codes: [string, string] = x < y ? [x, y] : [y, x];
      const key = codes.join("-");
      let value = pairs.get(key);
      const empty = { byStatus: noStatuses(), given: [0, 0] as [number, number], mutual: 0, events: 0, documents: 0 };
      if (!value) pairs.set(key, (value = { codes, ...empty, latest: null }));
      return value;
    };
    for (const r of commitmentRows) {
      const value = entry(r.a, r.b);
      const counted = tally([r]);
      for (const s of STATUSES) value.byStatus[s] += counted.byStatus[s];
      if (r.direction === "mutual") value.mutual += counted.total;
      else value.given[r.direction === "a_to_b" ? 0 : 1] += counted.total;
    }
    for (const r of eventRows) {
      const value = entry(r.a, r.b);
      value.events += r.n;
      value.latest = later(value.latest, r.latest);
    }
    for (const r of documentRows) {
      const value = entry(r.a, r.b);
      value.documents += r.n;
      value.latest = later(value.latest, r.latest);
    }
    return [...pairs.values()];
  });
}

/**
 * The pairs of countries with commitments, events or documents between them, the busiest first
 * (or the latest). Each pair reads from the side that gave more commitments ("Vietnam ↔ Cambodia").
 */
export async function listCountryPairs(asOf?: string, sort: PairSort = "count"): Promise<CountryPairSummary[]> {
  const tallies = await pairTallies(asOf);
  const names = new Map(
    (
      await prisma.country.findMany({
        where: { code: { in: [...new Set(tallies.flatMap((t) => t.codes))] } },
        select: COUNTRY,
      })
    ).map((c) => [c.code, c]),
  );
  const name = (code: string) => names.get(code) ?? { code, name: code, nameFr: null };
  const summaries = tallies.map((t) => {
    const swap = t.given[1] > t.given[0];
    const [first, second] = swap ? [t.codes[1], t.codes[0]] : t.codes;
    const total = t.given[0] + t.given[1] + t.mutual;
    return {
      first: name(first),
      second: name(second),
      commitments: {
        total,
        byStatus: t.byStatus,
        firstToSecond: swap ? t.given[1] : t.given[0],
        secondToFirst: swap ? t.given[0] : t.given[1],
        mutual: t.mutual,
      },
      events: t.events,
      documents: t.documents,
      latest: t.latest,
    };
  });
  const byCount = (p: CountryPairSummary, q: CountryPairSummary) =>
    q.commitments.total - p.commitments.total ||
    q.events - p.events ||
    q.documents - p.documents ||
    p.first.name.localeCompare(q.first.name);
  const byRecent = (p: CountryPairSummary, q: CountryPairSummary) =>
    (q.latest ?? "").localeCompare(p.latest ?? "") || byCount(p, q);
  return summaries.sort(sort === "recent" ? byRecent : byCount);
}

/** Whether both countries of a pair are in the data: one indexed read, run before the page streams. */
export async function countryPairExists([a, b]: CountryPair): Promise<boolean> {
  return (await prisma.country.count({ where: { code: { in: [a, b] } } })) === 2;
}
