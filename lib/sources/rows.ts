import type { Prisma } from "../db/generated/client";

// The rows a source's public JSON is read from, apart from queries.ts so that serialize.ts can name
// their types without importing the reads that import it; and the shape every record's citations
// load in, which other domains' rows use.

/**
 * How a record's citations are loaded wherever they are shown (events, documents…): the shape
 * citationJson expects, in reading order within each source.
 */
export const citationArgs = {
  select: {
    id: true,
    sourceId: true,
    quote: true,
    startOffset: true,
    endOffset: true,
    source: { select: { language: true, title: true } },
  },
  orderBy: [{ sourceId: "asc" }, { startOffset: "asc" }],
} satisfies Prisma.CitationFindManyArgs;

/** What a source's JSON shows in a list: never the full text, which can run to 500,000 characters. */
export const sourceSelect = {
  id: true,
  title: true,
  publisher: true,
  url: true,
  language: true,
  publishedDate: true,
  publishedPrecision: true,
  contentHash: true,
  note: true,
  version: true,
  _count: { select: { citations: true } },
} satisfies Prisma.SourceSelect;

/** The detail adds the text and every quote taken from it, with the record each quote supports. */
export const sourceDetailSelect = {
  ...sourceSelect,
  fullText: true,
  citations: {
    select: {
      id: true,
      quote: true,
      startOffset: true,
      endOffset: true,
      commitmentId: true,
      eventId: true,
      documentId: true,
      statusChangeId: true,
      flagId: true,
    },
    orderBy: [{ startOffset: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.SourceSelect;

export type SourceRow = Prisma.SourceGetPayload<{ select: typeof sourceSelect }>;
export type SourceDetailRow = Prisma.SourceGetPayload<{ select: typeof sourceDetailSelect }>;
