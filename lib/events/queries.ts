import type { Prisma } from "../db/generated/client";
import { prisma } from "../db/client";
import { skipOf, type Page } from "../api/query-schema";
import { citationArgs } from "../sources/queries";
import type { EventFilter } from "./schema";
import { toEventJson, type EventJson } from "./serialize";

const ref = { select: { id: true, name: true } } as const;

const byStart = [{ startDate: "asc" }, { id: "asc" }] satisfies Prisma.EventOrderByWithRelationInput[];

/** Everything an event's JSON shows; relations load in one query each, never per row. */
export const eventSelect = {
  id: true, title: true, kind: true, description: true, parentId: true,
  parent: { select: { id: true, title: true } },
  startDate: true, startPrecision: true, endDate: true, endPrecision: true,
  location: true, hostCountryCode: true, visitingCountryCode: true,
  children: { select: { id: true, title: true, startDate: true, startPrecision: true }, orderBy: byStart },
  // Entry order: the seed and the editor list the host side first.
  participants: { select: { role: true, person: ref, organization: ref, countryCode: true }, orderBy: { id: "asc" } },
  commitments: { select: { id: true, title: true, kind: true, status: true }, orderBy: [{ title: "asc" }, { id: "asc" }] },
  documents: { select: { id: true, title: true, kind: true }, orderBy: [{ signedDate: { sort: "asc", nulls: "last" } }, { id: "asc" }] },
  citations: citationArgs,
  flags: { select: { id: true, kind: true, field: true, message: true }, orderBy: { id: "asc" } },
} satisfies Prisma.EventSelect;

export type EventRow = Prisma.EventGetPayload<{ select: typeof eventSelect }>;

function whereOf(filter: EventFilter): Prisma.EventWhereInput {
  const and: Prisma.EventWhereInput[] = [];
  if (filter.country?.length) {
    and.push({ OR: [{ hostCountryCode: { in: filter.country } }, { visitingCountryCode: { in: filter.country } }] });
  }
  if (filter.kind?.length) and.push({ kind: { in: filter.kind } });
  if (filter.parentId) and.push({ parentId: filter.parentId });
  return and.length ? { AND: and } : {};
}

export async function listEvents(filter: EventFilter): Promise<Page<EventJson>> {
  const where = whereOf(filter);
  const [rows, total] = await Promise.all([
    // The id breaks ties so that pages never overlap or skip rows.
    prisma.event.findMany({ where, select: eventSelect, orderBy: byStart, skip: skipOf(filter), take: filter.pageSize }),
    prisma.event.count({ where }),
  ]);
  return { data: rows.map(toEventJson), page: filter.page, pageSize: filter.pageSize, total };
}

export async function getEvent(id: string): Promise<EventJson | null> {
  const row = await prisma.event.findUnique({ where: { id }, select: eventSelect });
  return row ? toEventJson(row) : null;
}
