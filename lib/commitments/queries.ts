import "server-only";
import { cache } from "react";
import { prisma } from "../db/client";
import { keptUntilDataChanges } from "../db/data-version";
import type { Page } from "../api/query-schema";
import { skipOf } from "../api/query-schema";
import { commitmentKnownOn } from "../as-of/status";
import { todayIso } from "../dates/partial-date";
import { countRead, pageIdsRead } from "./page-sql";
import { inIdOrder } from "../records/list-sql";
import type { CommitmentFilter } from "./schema";
import {
  toCommitmentJson,
  toCommitmentSummaryJson,
  type CommitmentJson,
  type CommitmentSummaryJson,
} from "./serialize";
import { commitmentRows, commitmentSummaryRows } from "./rows-sql";
import type { Prisma } from "../db/generated/client";
import { commitmentKnownBy } from "../as-of/where";
import { RELATED_LIMIT } from "../records/limits";
import { applyStatusesAsOf } from "../records/status";
import { relatedCommitmentSelect } from "./rows";
import { withBetween, type SideRole } from "./sides";

/** The ids of one page of a filter, in its order; a null `limit` reads every match. */
export async function pageIds(
  filter: CommitmentFilter,
  today: string,
  limit: number | null,
  offset: number,
): Promise<string[]> {
  const rows = await pageIdsRead.run(prisma, filter, today, limit, offset);
  return rows.map((r) => r.id);
}

/** How many commitments match; an exact count reads every match, so it is kept until the data changes. */
export async function countCommitments(filter: CommitmentFilter, today: string = todayIso()): Promise<number> {
  const query = countRead.sql(filter, today);
  return keptUntilDataChanges(prisma, `count ${query.sql} ${JSON.stringify(query.values)}`, async () => {
    const [row] = await countRead.run(prisma, filter, today);
    return row?.n ?? 0;
  });
}

/** Full JSON for a list of ids, in the order given (one query, whatever the count). */
export async function commitmentsByIds(ids: string[], today: string, asOf?: string): Promise<CommitmentJson[]> {
  return inIdOrder(ids, await commitmentRows(ids)).map((row) => toCommitmentJson(row, today, asOf));
}

/**
 * One page of a filter, its rows read by `read`. Which ids make the page is kept until the data
 * changes (a text filter's match costs tens of milliseconds); `read` runs on every call.
 */
async function listPage<T>(
  filter: CommitmentFilter,
  today: string,
  read: (ids: string[]) => Promise<T[]>,
): Promise<Page<T>> {
  const [limit, offset] = [filter.pageSize, skipOf(filter)];
  const page = keptUntilDataChanges(prisma, `page ${JSON.stringify([filter, today, limit, offset])}`, () =>
    pageIds(filter, today, limit, offset),
  );
  const [ids, total] = await Promise.all([page, countCommitments(filter, today)]);
  return { data: ids.length ? await read(ids) : [], page: filter.page, pageSize: filter.pageSize, total };
}

/** One page of full records: API v1's list. */
export function listCommitments(filter: CommitmentFilter, today: string = todayIso()): Promise<Page<CommitmentJson>> {
  return listPage(filter, today, (ids) => commitmentsByIds(ids, today, filter.asOf));
}

/**
 * One page as the tables show it: no history, quotes, flags or links (a third of the bytes). The
 * whole page is small enough to keep until the data changes, so a table many readers open (the
 * overview's overdue list, a shared filter) costs no commitment query the second time.
 */
export function listCommitmentSummaries(
  filter: CommitmentFilter,
  today: string = todayIso(),
): Promise<Page<CommitmentSummaryJson>> {
  return keptUntilDataChanges(prisma, `summaries ${JSON.stringify([filter, today])}`, () =>
    listPage(filter, today, async (ids) =>
      inIdOrder(ids, await commitmentSummaryRows(ids, filter.asOf)).map((row) =>
        toCommitmentSummaryJson(row, today, filter.asOf),
      ),
    ),
  );
}

// Cached per request by id alone (React's cache tells `(id)` from `(id, undefined)`): the layout's
// existence check, the metadata and the page share one read, whatever their asOf.
const commitmentRow = cache(async (id: string) => (await commitmentRows([id]))[0] ?? null);

/** One commitment; as of a day it is null until something about it was known. */
export async function getCommitment(
  id: string,
  asOf?: string,
  today: string = todayIso(),
): Promise<CommitmentJson | null> {
  const row = await commitmentRow(id);
  if (!row) return null;
  if (asOf && !commitmentKnownOn(row.statusChanges, asOf)) return null;
  return toCommitmentJson(row, today, asOf);
}

export interface CommitmentContext {
  /** Each party person's position title at the time of the event ("Prime Minister of Vietnam"). */
  positions: Record<string, string>;
  related: { id: string; title: string; kind: string; status: string; link: string; direction: "out" | "in" }[];
  /** The names of its sectors (an admin may have renamed them since the codes were chosen). */
  sectorNames: Record<string, string>;
}

/** What the commitment page shows around a commitment, in two queries. */
export async function getCommitmentContext(c: CommitmentJson): Promise<CommitmentContext> {
  const personIds = c.sides.flatMap((s) => (s.person ? [s.person.id] : []));
  const relatedIds = c.links.map((l) => l.commitmentId);
  const [positions, related, sectors] = await Promise.all([
    personIds.length
      ? prisma.position.findMany({
          where: { personId: { in: personIds } },
          select: { personId: true, title: true, fromDate: true, toDate: true },
          orderBy: [{ fromDate: "asc" }, { id: "asc" }],
        })
      : [],
    relatedIds.length
      ? prisma.commitment.findMany({
          where: { id: { in: relatedIds } },
          select: { id: true, title: true, kind: true, status: true },
        })
      : [],
    prisma.sector.findMany({ where: { code: { in: c.sectors } }, select: { code: true, name: true } }),
  ]);
  // A position counts when its term covers the event's day; undated terms always do.
  const day = c.event?.start?.date ?? c.target?.date;
  const held = positions.filter((p) => !day || ((!p.fromDate || p.fromDate <= day) && (!p.toDate || p.toDate >= day)));
  const titles: Record<string, string> = {};
  for (const p of held) titles[p.personId] ??= p.title;
  const byId = new Map(related.map((r) => [r.id, r]));
  return {
    sectorNames: Object.fromEntries(sectors.map((s) => [s.code, s.name])),
    positions: titles,
    related: c.links.flatMap((l) => {
      const r = byId.get(l.commitmentId);
      return r ? [{ ...r, link: l.kind, direction: l.direction }] : [];
    }),
  };
}

const GIVES: SideRole[] = ["giver", "party"];
const RECEIVES: SideRole[] = ["receiver", "party"];

/**
 * What an organization or a person gave and received (a party of a mutual commitment does both),
 * as of a day when asked: the first of each list with their counts, four indexed reads.
 */
export async function givenAndReceived(on: { organizationId: string } | { personId: string }, asOf?: string) {
  const where = (roles: SideRole[]): Prisma.CommitmentWhereInput => ({
    AND: [{ sides: { some: { ...on, role: { in: roles } } } }, asOf ? commitmentKnownBy(asOf) : {}],
  });
  const list = (roles: SideRole[]) =>
    prisma.commitment.findMany({
      where: where(roles),
      orderBy: [{ title: "asc" }, { id: "asc" }],
      take: RELATED_LIMIT,
      select: {
        ...relatedCommitmentSelect,
        flags: { select: { id: true, kind: true, field: true, message: true }, orderBy: { id: "asc" } },
      },
    });
  const [given, givenCount, received, receivedCount] = await Promise.all([
    list(GIVES),
    prisma.commitment.count({ where: where(GIVES) }),
    list(RECEIVES),
    prisma.commitment.count({ where: where(RECEIVES) }),
  ]);
  const [g, r] = await applyStatusesAsOf([given, received] as const, asOf);
  return { given: g.map(withBetween), givenCount, received: r.map(withBetween), receivedCount };
}
