import "server-only";
import type { Prisma } from "../db/generated/client";
import { prisma } from "../db/client";
import { commitmentKnownBy, documentKnownBy, eventKnownBy } from "../as-of/where";
import { fromColumns } from "../dates/partial-date";
import { RELATED_LIMIT } from "../records/limits";
import { applyStatusesAsOf } from "../records/status";
import { STATUSES } from "../status/rules";
import type { CountryPair } from "./pair";
import { commitmentPairsRead, eventPairsRead, wayStatusCountsRead } from "./pairs-sql";

type Country = { code: string; name: string };

type Way = "aToB" | "bToA" | "mutual";

const side = (countryCode: string, role: "giver" | "receiver" | "party"): Prisma.CommitmentWhereInput => ({
  sides: { some: { countryCode, role } },
});
/** One way between the two (the same rule as lib/commitments/sides-sql.ts betweenSql, per way). */
const way = (from: string, to: string): Prisma.CommitmentWhereInput => ({
  AND: [{ direction: "one_way" }, side(from, "giver"), side(to, "receiver")],
});
const mutual = (a: string, b: string): Prisma.CommitmentWhereInput => ({
  AND: [{ direction: "mutual" }, side(a, "party"), side(b, "party")],
});

/** Commitments between the two countries by way and status (as of a day, when asked). */
async function countByWayAndStatus(
  pair: CountryPair,
  asOf: string | undefined,
): Promise<{ way: Way; status: string; n: number }[]> {
  const rows = await wayStatusCountsRead.run(prisma, pair, asOf);
  // A null status is a commitment with no change by that day: not yet known, so not counted.
  return rows.flatMap((r) => (r.status ? [{ way: r.way, status: r.status, n: r.n }] : []));
}

const commitmentArgs = (where: Prisma.CommitmentWhereInput) =>
  ({
    where,
    take: RELATED_LIMIT,
    orderBy: [{ targetDate: { sort: "asc", nulls: "last" } }, { title: "asc" }, { id: "asc" }],
    select: { id: true, title: true, kind: true, status: true, targetDate: true, targetPrecision: true },
  }) satisfies Prisma.CommitmentFindManyArgs;

/** Everything between two countries, or null when either code is not a country in the data. */
export async function getCountryPairView(pair: CountryPair, asOf?: string) {
  const [a, b] = pair;
  const countries = await prisma.country.findMany({
    where: { code: { in: [a, b] } },
    select: { code: true, name: true },
  });
  const first = countries.find((c) => c.code === a);
  const second = countries.find((c) => c.code === b);
  if (!first || !second) return null;

  const knownCommitment = asOf ? commitmentKnownBy(asOf) : {};
  const eventWhere: Prisma.EventWhereInput = {
    AND: [
      {
        OR: [
          { hostCountryCode: a, visitingCountryCode: b },
          { hostCountryCode: b, visitingCountryCode: a },
        ],
      },
      asOf ? eventKnownBy(asOf) : {},
    ],
  };
  const documentWhere: Prisma.DocumentWhereInput = {
    AND: [
      { parties: { some: { countryCode: a } } },
      { parties: { some: { countryCode: b } } },
      asOf ? documentKnownBy(asOf) : {},
    ],
  };
  const [counts, aToB, bToA, both, events, eventCount, documents, documentCount] = await Promise.all([
    countByWayAndStatus(pair, asOf),
    prisma.commitment.findMany(commitmentArgs({ AND: [way(a, b), knownCommitment] })),
    prisma.commitment.findMany(commitmentArgs({ AND: [way(b, a), knownCommitment] })),
    prisma.commitment.findMany(commitmentArgs({ AND: [mutual(a, b), knownCommitment] })),
    prisma.event.findMany({
      where: eventWhere,
      take: RELATED_LIMIT,
      orderBy: [{ startDate: "asc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        kind: true,
        startDate: true,
        startPrecision: true,
        endDate: true,
        endPrecision: true,
        hostCountryCode: true,
        parent: { select: { id: true, title: true } },
      },
    }),
    prisma.event.count({ where: eventWhere }),
    prisma.document.findMany({
      where: documentWhere,
      take: RELATED_LIMIT,
      orderBy: [{ signedDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      select: { id: true, title: true, kind: true, status: true, signedDate: true, signedPrecision: true },
    }),
    prisma.document.count({ where: documentWhere }),
  ]);
  const [givenByFirst, givenBySecond, mutualOnes] = await applyStatusesAsOf([aToB, bToA, both] as const, asOf);

  const cell = (w: Way, status: string) => counts.find((c) => c.way === w && c.status === status)?.n ?? 0;
  const byStatus = STATUSES.map((status) => ({
    status,
    aToB: cell("aToB", status),
    bToA: cell("bToA", status),
    mutual: cell("mutual", status),
  }));
  const total = (w: Way) => counts.filter((c) => c.way === w).reduce((sum, c) => sum + c.n, 0);
  const target = (c: { targetDate: string | null; targetPrecision: string | null }) =>
    fromColumns(c.targetDate, c.targetPrecision);

  return {
    first,
    second,
    byStatus,
    totals: { aToB: total("aToB"), bToA: total("bToA"), mutual: total("mutual") },
    aToB: givenByFirst.map((c) => ({ id: c.id, title: c.title, kind: c.kind, status: c.status, target: target(c) })),
    bToA: givenBySecond.map((c) => ({ id: c.id, title: c.title, kind: c.kind, status: c.status, target: target(c) })),
    mutual: mutualOnes.map((c) => ({ id: c.id, title: c.title, kind: c.kind, status: c.status, target: target(c) })),
    events: events.map((e) => ({
      id: e.id,
      title: e.title,
      kind: e.kind,
      parent: e.parent,
      start: fromColumns(e.startDate, e.startPrecision) ?? { date: e.startDate, precision: "day" as const },
      end: fromColumns(e.endDate, e.endPrecision),
      host: e.hostCountryCode === a ? first : second,
    })),
    eventCount,
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
  first: Country;
  second: Country;
  commitments: number;
  events: number;
}

/**
 * The pairs of countries with any commitment or event between them, the busiest first. Each pair
 * reads from the side that gave more commitments ("Vietnam ↔ Cambodia"). Counted in SQL.
 */
export async function listCountryPairs(asOf?: string): Promise<CountryPairSummary[]> {
  const [commitmentRows, eventRows, countries] = await Promise.all([
    commitmentPairsRead.run(prisma, asOf),
    eventPairsRead.run(prisma, asOf),
    prisma.country.findMany({ select: { code: true, name: true } }),
  ]);
  const names = new Map(countries.map((c) => [c.code, c]));
  const pairs = new Map<
    string,
    { given: Map<string, number>; commitments: number; events: number; codes: [string, string] }
  >();
  const entry = (x: string, y: string) => {
    const codes: [string, string] = x < y ? [x, y] : [y, x];
    const key = codes.join("-");
    let value = pairs.get(key);
    if (!value) pairs.set(key, (value = { given: new Map(), commitments: 0, events: 0, codes }));
    return value;
  };
  for (const r of commitmentRows) {
    const value = entry(r.from, r.to);
    value.commitments += r.n;
    value.given.set(r.from, (value.given.get(r.from) ?? 0) + r.n);
  }
  for (const r of eventRows) entry(r.a, r.b).events += r.n;

  return [...pairs.values()]
    .map(({ codes: [x, y], given, commitments, events }) => {
      const [first, second] = (given.get(y) ?? 0) > (given.get(x) ?? 0) ? [y, x] : [x, y];
      return {
        first: names.get(first) ?? { code: first, name: first },
        second: names.get(second) ?? { code: second, name: second },
        commitments,
        events,
      };
    })
    .sort((p, q) => q.commitments - p.commitments || q.events - p.events || p.first.name.localeCompare(q.first.name));
}

/** Every country, by name, for filter menus (a few hundred at most). */
export async function listCountries(): Promise<Country[]> {
  return prisma.country.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } });
}

/** Whether both countries of a pair are in the data: one indexed read, run before the page streams. */
export async function countryPairExists([a, b]: CountryPair): Promise<boolean> {
  return (await prisma.country.count({ where: { code: { in: [a, b] } } })) === 2;
}
