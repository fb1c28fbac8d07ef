import type { Prisma } from "../db/generated/client";
import { citationArgs } from "../sources/rows";

// The rows an event's public JSON is read from, apart from queries.ts so that serialize.ts can name
// their types without importing the reads that import it.

const named = { select: { id: true, name: true } } as const;

/** An event and its sub-events: what came out of a visit was mostly signed at the talks within it. */
export const atEventOrSubEvents = (id: string) => ({ OR: [{ id }, { parentId: id }] }) satisfies Prisma.EventWhereInput;

/** Date order, the order of a timeline. */
export const byStart = [{ startDate: "asc" }, { id: "asc" }] satisfies Prisma.EventOrderByWithRelationInput[];

/** Everything an event's JSON shows; relations load in one query each, never per row. */
export const eventSelect = {
  id: true,
  version: true,
  title: true,
  titleEn: true,
  titleFr: true,
  kind: true,
  description: true,
  parentId: true,
  parent: { select: { id: true, title: true } },
  startDate: true,
  startPrecision: true,
  endDate: true,
  endPrecision: true,
  location: true,
  hostCountryCode: true,
  visitingCountryCode: true,
  documentsSigned: true,
  // The documents recorded here and at the sub-events, counted as the event's page counts them.
  _count: { select: { documents: true } },
  children: {
    select: { id: true, title: true, startDate: true, startPrecision: true, _count: { select: { documents: true } } },
    orderBy: byStart,
  },
  // Entry order: the seed and the editor list the host side first.
  participants: {
    select: { role: true, person: named, organization: named, countryCode: true },
    orderBy: { id: "asc" },
  },
  commitments: {
    select: { id: true, title: true, kind: true, status: true },
    orderBy: [{ title: "asc" }, { id: "asc" }],
  },
  documents: {
    select: { id: true, title: true, kind: true },
    orderBy: [{ signedDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  },
  citations: citationArgs,
  flags: { select: { id: true, kind: true, field: true, message: true }, orderBy: { id: "asc" } },
} satisfies Prisma.EventSelect;

export type EventRow = Prisma.EventGetPayload<{ select: typeof eventSelect }>;
