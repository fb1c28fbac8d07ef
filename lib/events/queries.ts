import "server-only";
import { relatedCommitmentSelect } from "../commitments/rows";
import { withBetween } from "../commitments/sides";
import type { Prisma } from "../db/generated/client";
import { prisma } from "../db/client";
import type { Page } from "../api/query-schema";
import { citationArgs } from "../sources/rows";
import { citationJson } from "../commitments/serialize";
import { commitmentKnownBy, documentKnownBy, eventKnownBy, sourceKnownBy } from "../as-of/where";
import { fromColumns, type PartialDate } from "../dates/partial-date";
import { heldOn, positionLabelSelect, positionOrder, positionView } from "../people/positions";
import { RELATED_LIMIT } from "../records/limits";
import { applyStatusesAsOf } from "../records/status";
import { inIdOrder, pageOfIds } from "../records/list-sql";
import { eventConditions, eventOrderSql } from "./filter-sql";
import { matchingDescendantsRead, timelineConditions } from "./timeline-sql";
import type { EventFilter } from "./schema";
import { storedTitles, type Titles } from "../records/titles";
import { atEventOrSubEvents, byStart, eventSelect } from "./rows";
import { toEventJson, type EventJson } from "./serialize";

/** A page of events as API v1 lists them, filtered and sorted in SQL (see filter-sql.ts). */
export async function listEvents(filter: EventFilter): Promise<Page<EventJson>> {
  const { ids, total } = await pageOfIds("Event", eventConditions(filter), eventOrderSql(filter.sort), filter);
  const rows = ids.length ? await prisma.event.findMany({ where: { id: { in: ids } }, select: eventSelect }) : [];
  return { data: inIdOrder(ids, rows).map(toEventJson), page: filter.page, pageSize: filter.pageSize, total };
}

export async function getEvent(id: string): Promise<EventJson | null> {
  const row = await prisma.event.findUnique({ where: { id }, select: eventSelect });
  return row ? toEventJson(row) : null;
}

// ---- Pages of the analyst UI: they select only what they show and honour the as-of day. ----

const countryName = { select: { code: true, name: true } } as const;

const timelineFields = {
  id: true,
  title: true,
  titleEn: true,
  titleFr: true,
  kind: true,
  startDate: true,
  startPrecision: true,
  endDate: true,
  endPrecision: true,
  location: true,
  hostCountry: countryName,
  visitingCountry: countryName,
  _count: { select: { flags: true } },
} satisfies Prisma.EventSelect;

type TimelineRow = Prisma.EventGetPayload<{ select: typeof timelineFields }>;

export interface TimelineEvent {
  id: string;
  title: string;
  titles: Titles;
  kind: string;
  start: PartialDate;
  end: PartialDate | null;
  location: string | null;
  host: { code: string; name: string } | null;
  visitor: { code: string; name: string } | null;
  flagCount: number;
  children: TimelineEvent[];
}

function timelineEvent(row: TimelineRow, children: TimelineEvent[] = []): TimelineEvent {
  return {
    id: row.id,
    title: row.title,
    titles: storedTitles(row),
    kind: row.kind,
    // Every event has a start; a malformed one sorts as its raw day rather than breaking the page.
    start: fromColumns(row.startDate, row.startPrecision) ?? { date: row.startDate, precision: "day" },
    end: fromColumns(row.endDate, row.endPrecision),
    location: row.location,
    host: row.hostCountry,
    visitor: row.visitingCountry,
    flagCount: row._count.flags,
    children,
  };
}

const knownEvents = (asOf: string | undefined): Prisma.EventWhereInput => (asOf ? eventKnownBy(asOf) : {});

/**
 * The events timeline: a page of top-level events in the filter's order, each with its sub-events
 * (two levels, in date order) nested under it. An event whose parent is filtered out stands at the
 * top level, so a filter never hides a match. Sub-events load with their parents in one query;
 * which of them match the filter is one more, over the page's descendants only.
 */
export async function listEventTimeline(filter: EventFilter): Promise<Page<TimelineEvent>> {
  const { ids, total } = await pageOfIds("Event", timelineConditions(filter), eventOrderSql(filter.sort), filter);
  if (ids.length === 0) return { data: [], page: filter.page, pageSize: filter.pageSize, total };
  const [rows, matching] = await Promise.all([
    prisma.event.findMany({
      where: { id: { in: ids } },
      select: {
        ...timelineFields,
        children: {
          orderBy: byStart,
          select: { ...timelineFields, children: { orderBy: byStart, select: timelineFields } },
        },
      },
    }),
    matchingDescendantsRead.run(prisma, filter, ids),
  ]);
  const matches = new Set(matching.map((m) => m.id));
  const kept = <T extends { id: string }>(children: T[]) => children.filter((c) => matches.has(c.id));
  const data = inIdOrder(ids, rows).map((row) =>
    timelineEvent(
      row,
      kept(row.children).map((child) =>
        timelineEvent(
          child,
          kept(child.children).map((g) => timelineEvent(g)),
        ),
      ),
    ),
  );
  return { data, page: filter.page, pageSize: filter.pageSize, total };
}

const eventViewSelect = (asOf: string | undefined) =>
  ({
    id: true,
    title: true,
    titleEn: true,
    titleFr: true,
    kind: true,
    description: true,
    documentsSigned: true,
    startDate: true,
    startPrecision: true,
    endDate: true,
    endPrecision: true,
    location: true,
    hostCountry: countryName,
    visitingCountry: countryName,
    parent: { select: { id: true, title: true, startDate: true } },
    children: { where: knownEvents(asOf), orderBy: byStart, select: timelineFields },
    participants: {
      // Entry order: the seed and the editor list the host side first.
      orderBy: { id: "asc" },
      select: {
        id: true,
        role: true,
        person: {
          select: {
            id: true,
            name: true,
            country: { select: { name: true } },
            positions: { select: positionLabelSelect, orderBy: positionOrder },
          },
        },
        organization: { select: { id: true, name: true, scope: true, country: { select: { name: true } } } },
        country: countryName,
      },
    },
    citations: { ...citationArgs, where: asOf ? { source: sourceKnownBy(asOf) } : {} },
    flags: {
      orderBy: { id: "asc" },
      select: { id: true, kind: true, field: true, message: true, citations: citationArgs },
    },
  }) satisfies Prisma.EventSelect;

/**
 * Whether the records of an event (itself, its sub-events, and what was pledged or signed at
 * either) are cited by two or more sources: then the reports can be compared side by side.
 */
async function citedByManySources(id: string, asOf: string | undefined): Promise<boolean> {
  const atEvent = atEventOrSubEvents(id);
  const rows = await prisma.citation.findMany({
    where: {
      AND: [
        { OR: [{ event: atEvent }, { commitment: { event: atEvent } }, { document: { event: atEvent } }] },
        asOf ? { source: sourceKnownBy(asOf) } : {},
      ],
    },
    distinct: ["sourceId"],
    select: { sourceId: true },
    take: 2,
  });
  return rows.length >= 2;
}

const madeAt = { select: { id: true, title: true } } as const;

/**
 * What came out of an event, its sub-events included: a visit's pledges are mostly made at the
 * reception or talks within it, and the reader of the visit's page wants them all.
 */
async function outcomesOf(id: string, asOf: string | undefined) {
  const atEvent = atEventOrSubEvents(id);
  const commitmentWhere: Prisma.CommitmentWhereInput = {
    AND: [{ event: atEvent }, asOf ? commitmentKnownBy(asOf) : {}],
  };
  const documentWhere: Prisma.DocumentWhereInput = { AND: [{ event: atEvent }, asOf ? documentKnownBy(asOf) : {}] };
  const [commitments, commitmentCount, documents, documentCount] = await Promise.all([
    prisma.commitment.findMany({
      where: commitmentWhere,
      take: RELATED_LIMIT,
      orderBy: [{ title: "asc" }, { id: "asc" }],
      select: {
        ...relatedCommitmentSelect,
        event: madeAt,
      },
    }),
    prisma.commitment.count({ where: commitmentWhere }),
    prisma.document.findMany({
      where: documentWhere,
      take: RELATED_LIMIT,
      orderBy: [{ signedDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        titleEn: true,
        titleFr: true,
        kind: true,
        status: true,
        signedDate: true,
        signedPrecision: true,
        event: madeAt,
      },
    }),
    prisma.document.count({ where: documentWhere }),
  ]);
  return { commitments, commitmentCount, documents, documentCount };
}

/** One event as its page shows it, or null when unknown (or not yet known on the as-of day). */
export async function getEventView(id: string, asOf?: string) {
  const [row, comparable, outcomes] = await Promise.all([
    prisma.event.findFirst({ where: { AND: [{ id }, knownEvents(asOf)] }, select: eventViewSelect(asOf) }),
    citedByManySources(id, asOf),
    outcomesOf(id, asOf),
  ]);
  if (!row) return null;
  const start = fromColumns(row.startDate, row.startPrecision) ?? { date: row.startDate, precision: "day" as const };
  const [commitments] = await applyStatusesAsOf([outcomes.commitments] as const, asOf);
  return {
    id: row.id,
    title: row.title,
    titles: storedTitles(row),
    kind: row.kind,
    description: row.description,
    start,
    end: fromColumns(row.endDate, row.endPrecision),
    location: row.location,
    host: row.hostCountry,
    visitor: row.visitingCountry,
    // A parent that starts after the as-of day was not known then either.
    parent:
      row.parent && (!asOf || row.parent.startDate <= asOf) ? { id: row.parent.id, title: row.parent.title } : null,
    children: row.children.map((c) => timelineEvent(c)),
    participants: row.participants.map((p) => {
      const positions = p.person ? p.person.positions.map((pos) => positionView(pos, p.person?.country?.name)) : [];
      return {
        id: p.id,
        role: p.role,
        person: p.person ? { id: p.person.id, name: p.person.name, positions: heldOn(positions, start.date) } : null,
        organization: p.organization
          ? {
              id: p.organization.id,
              name: p.organization.name,
              scope: p.organization.scope,
              country: p.organization.country?.name ?? null,
            }
          : null,
        country: p.country,
      };
    }),
    // "Made at" is named only for what came out of a sub-event.
    commitments: commitments.map(({ event, ...c }) => ({
      ...withBetween(c),
      madeAt: event && event.id !== id ? event : null,
    })),
    commitmentCount: outcomes.commitmentCount,
    // "11 signed, 5 recorded": the sources' count beside the documents named here.
    documentsSigned: row.documentsSigned,
    documentsRecorded: outcomes.documentCount,
    documents: outcomes.documents.map((d) => ({
      id: d.id,
      title: d.title,
      titles: storedTitles(d),
      kind: d.kind,
      status: d.status,
      signed: fromColumns(d.signedDate, d.signedPrecision),
      madeAt: d.event && d.event.id !== id ? d.event : null,
    })),
    citations: row.citations.map(citationJson),
    flags: row.flags.map((f) => ({
      id: f.id,
      kind: f.kind,
      field: f.field,
      message: f.message,
      citations: f.citations.map(citationJson),
    })),
    comparable,
  };
}

export type EventView = NonNullable<Awaited<ReturnType<typeof getEventView>>>;

/** Whether an event exists at all: a primary-key read, cheap enough to run before the page streams. */
export async function eventExists(id: string): Promise<boolean> {
  return (await prisma.event.findUnique({ where: { id }, select: { id: true } })) !== null;
}
