import type { Prisma } from "../db/generated/client";
import { prisma } from "../db/client";
import { skipOf, type Page } from "../api/query-schema";
import type { SourceFilter } from "./schema";
import { toSourceDetailJson, toSourceJson, type SourceDetailJson, type SourceJson } from "./serialize";

/**
 * How a record's citations are loaded wherever they are shown (events, documents…): the shape
 * citationJson expects, in reading order within each source.
 */
export const citationArgs = {
  select: { id: true, sourceId: true, quote: true, startOffset: true, endOffset: true, source: { select: { language: true, title: true } } },
  orderBy: [{ sourceId: "asc" }, { startOffset: "asc" }],
} satisfies Prisma.CitationFindManyArgs;

/** What a source's JSON shows in a list: never the full text, which can run to 500,000 characters. */
export const sourceSelect = {
  id: true, title: true, publisher: true, url: true, language: true,
  publishedDate: true, publishedPrecision: true, contentHash: true, note: true,
  _count: { select: { citations: true } },
} satisfies Prisma.SourceSelect;

/** The detail adds the text and every quote taken from it, with the record each quote supports. */
export const sourceDetailSelect = {
  ...sourceSelect,
  fullText: true,
  citations: {
    select: {
      id: true, quote: true, startOffset: true, endOffset: true,
      commitmentId: true, eventId: true, documentId: true, statusChangeId: true, flagId: true,
    },
    orderBy: [{ startOffset: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.SourceSelect;

export type SourceRow = Prisma.SourceGetPayload<{ select: typeof sourceSelect }>;
export type SourceDetailRow = Prisma.SourceGetPayload<{ select: typeof sourceDetailSelect }>;

function whereOf(filter: SourceFilter): Prisma.SourceWhereInput {
  return filter.language?.length ? { language: { in: filter.language } } : {};
}

export async function listSources(filter: SourceFilter): Promise<Page<SourceJson>> {
  const where = whereOf(filter);
  const [rows, total] = await Promise.all([
    prisma.source.findMany({
      where, select: sourceSelect,
      // Undated sources last; the id breaks ties so that pages never overlap or skip rows.
      orderBy: [{ publishedDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      skip: skipOf(filter), take: filter.pageSize,
    }),
    prisma.source.count({ where }),
  ]);
  return { data: rows.map(toSourceJson), page: filter.page, pageSize: filter.pageSize, total };
}

export async function getSource(id: string): Promise<SourceDetailJson | null> {
  const row = await prisma.source.findUnique({ where: { id }, select: sourceDetailSelect });
  return row ? toSourceDetailJson(row) : null;
}
