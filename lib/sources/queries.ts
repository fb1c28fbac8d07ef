import "server-only";
import type { Prisma } from "../db/generated/client";
import { prisma } from "../db/client";
import type { Page } from "../api/query-schema";
import { eventKnownBy, sourceKnownBy } from "../as-of/where";
import { fromColumns, type PartialDate } from "../dates/partial-date";
import { inIdOrder, pageOfIds } from "../records/list-sql";
import type { FlagInput } from "./compare";
import { sourceConditions, sourceOrderSql } from "./filter-sql";
import { citedRecordOf, flagSubjectOf, type CitedRecord } from "./records";
import { sourceDetailSelect, sourceSelect } from "./rows";
import type { SourceFilter } from "./schema";
import { toSourceDetailJson, toSourceJson, type SourceDetailJson, type SourceJson } from "./serialize";

/** A page of sources, filtered and sorted in SQL (see filter-sql.ts): the API's list and the /sources page's. */
export async function listSources(filter: SourceFilter): Promise<Page<SourceJson>> {
  const { ids, total } = await pageOfIds("Source", sourceConditions(filter), sourceOrderSql(filter.sort), filter);
  const rows = ids.length ? await prisma.source.findMany({ where: { id: { in: ids } }, select: sourceSelect }) : [];
  return { data: inIdOrder(ids, rows).map(toSourceJson), page: filter.page, pageSize: filter.pageSize, total };
}

export async function getSource(id: string): Promise<SourceDetailJson | null> {
  const row = await prisma.source.findUnique({ where: { id }, select: sourceDetailSelect });
  return row ? toSourceDetailJson(row) : null;
}

/** The languages sources are written in (for the list's filter), with how many in each. */
export async function sourceLanguages(asOf?: string): Promise<{ language: string; count: number }[]> {
  const rows = await prisma.source.groupBy({
    by: ["language"],
    where: asOf ? sourceKnownBy(asOf) : {},
    _count: { _all: true },
    orderBy: { language: "asc" },
  });
  return rows.map((r) => ({ language: r.language, count: r._count._all }));
}

const titled = { select: { id: true, title: true } } as const;

/** A citation with just enough of the record it backs to label and link it (see records.ts). */
const citedRecordSelect = {
  id: true,
  startOffset: true,
  endOffset: true,
  commitment: titled,
  event: titled,
  document: titled,
  statusChange: {
    select: { id: true, toStatus: true, effectiveDate: true, effectivePrecision: true, commitment: titled },
  },
  flag: {
    select: {
      id: true,
      kind: true,
      field: true,
      message: true,
      commitment: titled,
      event: titled,
      organization: { select: { id: true, name: true } },
    },
  },
} satisfies Prisma.CitationSelect;

/** What a page shows of a source: its text and highlights, never its hash or timestamps. */
const sourceTextSelect = {
  id: true,
  title: true,
  publisher: true,
  url: true,
  language: true,
  publishedDate: true,
  publishedPrecision: true,
  note: true,
  fullText: true,
  citations: { select: citedRecordSelect, orderBy: [{ startOffset: "asc" }, { id: "asc" }] },
} satisfies Prisma.SourceSelect;

/** Metadata only: what a choice among many sources needs, without their (long) texts. */
const sourceMetaSelect = {
  id: true,
  title: true,
  publisher: true,
  language: true,
  publishedDate: true,
  publishedPrecision: true,
} satisfies Prisma.SourceSelect;

export interface SourceMeta {
  id: string;
  title: string;
  publisher: string;
  language: string;
  published: PartialDate | null;
}

export interface SourceText extends SourceMeta {
  url: string | null;
  note: string | null;
  fullText: string;
  /** Every cited span in reading order, with the record it backs (spans may overlap). */
  citations: { id: string; start: number; end: number; record: CitedRecord }[];
}

type SourceTextRow = Prisma.SourceGetPayload<{ select: typeof sourceTextSelect }>;

function toMeta(row: Prisma.SourceGetPayload<{ select: typeof sourceMetaSelect }>): SourceMeta {
  return { ...row, published: fromColumns(row.publishedDate, row.publishedPrecision) };
}

function toSourceText(row: SourceTextRow): SourceText {
  const citations = row.citations.flatMap((c) => {
    const record = citedRecordOf(c);
    return record ? [{ id: c.id, start: c.startOffset, end: c.endOffset, record }] : [];
  });
  return { ...toMeta(row), url: row.url, note: row.note, fullText: row.fullText, citations };
}

const knownWhere = (asOf: string | undefined): Prisma.SourceWhereInput => (asOf ? sourceKnownBy(asOf) : {});

/** One source with its text and highlights; null when unknown or not yet published on `asOf`. */
export async function getSourceText(id: string, asOf?: string): Promise<SourceText | null> {
  const row = await prisma.source.findFirst({ where: { AND: [{ id }, knownWhere(asOf)] }, select: sourceTextSelect });
  return row ? toSourceText(row) : null;
}

/** Several sources with their texts, in the order asked; missing or unpublished ones left out. */
export async function getSourceTexts(ids: readonly string[], asOf?: string): Promise<SourceText[]> {
  const rows = await prisma.source.findMany({
    where: { AND: [{ id: { in: [...ids] } }, knownWhere(asOf)] },
    select: sourceTextSelect,
  });
  return inIdOrder(ids, rows).map(toSourceText);
}

/** Sources' metadata by id, oldest first (undated last). */
export async function getSourceMetas(ids: readonly string[], asOf?: string): Promise<SourceMeta[]> {
  const rows = await prisma.source.findMany({
    where: { AND: [{ id: { in: [...ids] } }, knownWhere(asOf)] },
    select: sourceMetaSelect,
    orderBy: [{ publishedDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  });
  return rows.map(toMeta);
}

// ── Sources of an event ─────────────────────────────────────────────────────────────────────
// An event's sources are those cited by the event, its sub-events (at any depth), the commitments
// and documents that came from them, and those records' flags. Each step is one query over the
// whole set, so the cost grows with the depth of the event tree, not with the number of records.

const MAX_EVENT_DEPTH = 10;

export interface EventRef {
  id: string;
  title: string;
  start: PartialDate | null;
  end: PartialDate | null;
}

const eventRefSelect = {
  id: true,
  title: true,
  startDate: true,
  startPrecision: true,
  endDate: true,
  endPrecision: true,
} satisfies Prisma.EventSelect;

function toEventRef(row: Prisma.EventGetPayload<{ select: typeof eventRefSelect }>): EventRef {
  return {
    id: row.id,
    title: row.title,
    start: fromColumns(row.startDate, row.startPrecision),
    end: fromColumns(row.endDate, row.endPrecision),
  };
}

/** For every event under the given roots (roots included), the roots it belongs to. */
async function eventTrees(rootIds: readonly string[]): Promise<Map<string, Set<string>>> {
  const rootsOf = new Map<string, Set<string>>(rootIds.map((id) => [id, new Set([id])]));
  let frontier = [...rootIds];
  for (let depth = 0; frontier.length && depth < MAX_EVENT_DEPTH; depth++) {
    const children = await prisma.event.findMany({
      where: { parentId: { in: frontier } },
      select: { id: true, parentId: true },
    });
    frontier = [];
    for (const child of children) {
      const known = rootsOf.get(child.id);
      const inherited = rootsOf.get(child.parentId!)!;
      // A child seen before (bad data: a cycle) is not walked twice.
      if (!known) frontier.push(child.id);
      rootsOf.set(child.id, new Set([...(known ?? []), ...inherited]));
    }
  }
  return rootsOf;
}

/** For each root event, the ids of the sources that report it (published by `asOf`, if given). */
async function sourceIdsOfEvents(rootIds: readonly string[], asOf?: string): Promise<Map<string, Set<string>>> {
  const result = new Map<string, Set<string>>(rootIds.map((id) => [id, new Set<string>()]));
  if (!rootIds.length) return result;
  const rootsOf = await eventTrees(rootIds);
  const eventIds = [...rootsOf.keys()];
  const [commitments, documents] = await Promise.all([
    prisma.commitment.findMany({ where: { eventId: { in: eventIds } }, select: { id: true, eventId: true } }),
    prisma.document.findMany({ where: { eventId: { in: eventIds } }, select: { id: true, eventId: true } }),
  ]);
  const eventOf = new Map<string, string>();
  for (const r of [...commitments, ...documents]) eventOf.set(r.id, r.eventId!);
  const commitmentIds = commitments.map((c) => c.id);
  const flags = await prisma.dataFlag.findMany({
    where: { OR: [{ eventId: { in: eventIds } }, { commitmentId: { in: commitmentIds } }] },
    select: { id: true, eventId: true, commitmentId: true },
  });
  const flagEvent = new Map(flags.map((f) => [f.id, f.eventId ?? eventOf.get(f.commitmentId!)!]));
  const citations = await prisma.citation.findMany({
    where: {
      OR: [
        { eventId: { in: eventIds } },
        { commitmentId: { in: commitmentIds } },
        { documentId: { in: documents.map((d) => d.id) } },
        { flagId: { in: flags.map((f) => f.id) } },
      ],
      ...(asOf ? { source: sourceKnownBy(asOf) } : {}),
    },
    select: { sourceId: true, eventId: true, commitmentId: true, documentId: true, flagId: true },
  });
  for (const c of citations) {
    const event = c.eventId ?? eventOf.get(c.commitmentId ?? c.documentId ?? "") ?? flagEvent.get(c.flagId ?? "");
    for (const root of (event && rootsOf.get(event)) || []) result.get(root)!.add(c.sourceId);
  }
  return result;
}

/** An event (known by `asOf`) and the sources that report it; null for an unknown event. */
export async function getEventSources(
  eventId: string,
  asOf?: string,
): Promise<{ event: EventRef; sources: SourceMeta[] } | null> {
  const event = await prisma.event.findFirst({
    where: { AND: [{ id: eventId }, asOf ? eventKnownBy(asOf) : {}] },
    select: eventRefSelect,
  });
  if (!event) return null;
  const ids = (await sourceIdsOfEvents([event.id], asOf)).get(event.id)!;
  return { event: toEventRef(event), sources: await getSourceMetas([...ids], asOf) };
}

/**
 * The events a source reports that other sources report too: the top-level events above every
 * record it backs, so that a report of the reception finds the reports of the whole visit.
 */
export async function getComparableEvents(
  source: SourceText,
  asOf?: string,
): Promise<{ event: EventRef; otherSources: string[] }[]> {
  const ids = (type: string) => [
    ...new Set(source.citations.filter((c) => c.record.subject.type === type).map((c) => c.record.subject.id)),
  ];
  const [commitments, documents] = await Promise.all([
    prisma.commitment.findMany({ where: { id: { in: ids("commitment") } }, select: { eventId: true } }),
    prisma.document.findMany({ where: { id: { in: ids("document") } }, select: { eventId: true } }),
  ]);
  let frontier = [...new Set([...ids("event"), ...[...commitments, ...documents].flatMap((r) => r.eventId ?? [])])];
  const roots = new Map<string, Prisma.EventGetPayload<{ select: typeof eventRefSelect }>>();
  const seen = new Set<string>();
  for (let depth = 0; frontier.length && depth < MAX_EVENT_DEPTH; depth++) {
    frontier.forEach((id) => seen.add(id));
    const events = await prisma.event.findMany({
      where: { id: { in: frontier } },
      select: { ...eventRefSelect, parentId: true },
    });
    for (const e of events) if (!e.parentId || depth === MAX_EVENT_DEPTH - 1) roots.set(e.id, e);
    frontier = [...new Set(events.flatMap((e) => (e.parentId && !seen.has(e.parentId) ? [e.parentId] : [])))];
  }
  const known = asOf
    ? new Set(
        (
          await prisma.event.findMany({
            where: { AND: [{ id: { in: [...roots.keys()] } }, eventKnownBy(asOf)] },
            select: { id: true },
          })
        ).map((e) => e.id),
      )
    : null;
  const visible = [...roots.values()].filter((e) => !known || known.has(e.id));
  const sources = await sourceIdsOfEvents(
    visible.map((e) => e.id),
    asOf,
  );
  return visible
    .map((e) => ({ event: toEventRef(e), otherSources: [...sources.get(e.id)!].filter((id) => id !== source.id) }))
    .filter((x) => x.otherSources.length)
    .sort(
      (a, b) =>
        (a.event.start?.date ?? "").localeCompare(b.event.start?.date ?? "") || a.event.id.localeCompare(b.event.id),
    );
}

/**
 * The flags a comparison may list: the "sources differ" flags on the records the compared
 * sources back, or citing those sources; compare.ts decides which to show.
 */
export async function getDifferenceFlags(sources: readonly SourceText[]): Promise<FlagInput[]> {
  const sourceIds = sources.map((s) => s.id);
  const subjects = sources.flatMap((s) => s.citations.map((c) => c.record.subject));
  const idsOf = (type: string) => [...new Set(subjects.filter((s) => s.type === type).map((s) => s.id))];
  const rows = await prisma.dataFlag.findMany({
    where: {
      kind: "sources_differ",
      OR: [
        { commitmentId: { in: idsOf("commitment") } },
        { eventId: { in: idsOf("event") } },
        { citations: { some: { sourceId: { in: sourceIds } } } },
      ],
    },
    select: {
      id: true,
      kind: true,
      field: true,
      message: true,
      commitment: titled,
      event: titled,
      organization: { select: { id: true, name: true } },
      citations: { where: { sourceId: { in: sourceIds } }, select: { sourceId: true } },
    },
    orderBy: { id: "asc" },
  });
  return rows.map((f) => ({
    id: f.id,
    kind: f.kind,
    field: f.field,
    message: f.message,
    subject: flagSubjectOf(f),
    citedBy: [...new Set(f.citations.map((c) => c.sourceId))],
  }));
}

/** Whether a source exists at all (one indexed read, before a page starts streaming). */
export async function sourceExists(id: string): Promise<boolean> {
  return (await prisma.source.count({ where: { id } })) > 0;
}
