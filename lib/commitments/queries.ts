import type { Prisma } from "../db/generated/client";
import { prisma } from "../db/client";
import type { Page } from "../api/query-schema";
import { todayIso } from "../dates/partial-date";
import { CLOSED_STATUSES } from "../status/rules";
import type { CommitmentFilter } from "./schema";
import { toCommitmentJson, type CommitmentJson } from "./serialize";

// Re-exported so existing imports of Page from here keep working.
export type { Page };

const party = { select: { id: true, name: true } } as const;

/** Everything a commitment's JSON shows; relations load in one query each, never per row. */
export const commitmentSelect = {
  id: true, title: true, description: true, kind: true, status: true,
  fromCountryCode: true, toCountryCode: true,
  fromCountry: { select: { name: true } }, toCountry: { select: { name: true } },
  fromOrganization: party, toOrganization: party, fromPerson: party, toPerson: party,
  amountMinor: true, amountCurrency: true,
  quantityBaseline: true, quantityTarget: true, quantityUnit: true, quantityScope: true, quantityAtLeast: true,
  targetDate: true, targetPrecision: true,
  eventId: true, documentId: true, version: true,
  event: { select: { id: true, title: true } }, document: { select: { id: true, title: true } }, createdAt: true, updatedAt: true,
  sectors: { select: { sectorCode: true }, orderBy: { sectorCode: "asc" } },
  citations: {
    select: { id: true, sourceId: true, quote: true, startOffset: true, endOffset: true, source: { select: { language: true, title: true } } },
    orderBy: [{ sourceId: "asc" }, { startOffset: "asc" }],
  },
  statusChanges: {
    select: {
      id: true, fromStatus: true, toStatus: true, effectiveDate: true, effectivePrecision: true, note: true,
      correctsId: true, recordedAt: true, editor: { select: { id: true, name: true } },
      citations: {
        select: { id: true, sourceId: true, quote: true, startOffset: true, endOffset: true, source: { select: { language: true, title: true } } },
        orderBy: { startOffset: "asc" },
      },
    },
    orderBy: [{ effectiveDate: "asc" }, { recordedAt: "asc" }],
  },
  flags: { select: { id: true, kind: true, field: true, message: true } },
  linksOut: { select: { kind: true, toId: true, note: true } },
  linksIn: { select: { kind: true, fromId: true, note: true } },
} satisfies Prisma.CommitmentSelect;

export type CommitmentRow = Prisma.CommitmentGetPayload<{ select: typeof commitmentSelect }>;

function whereOf(filter: CommitmentFilter, today: string): Prisma.CommitmentWhereInput {
  const and: Prisma.CommitmentWhereInput[] = [];
  if (filter.status?.length) and.push({ status: { in: filter.status } });
  if (filter.kind?.length) and.push({ kind: { in: filter.kind } });
  if (filter.sector?.length) and.push({ sectors: { some: { sectorCode: { in: filter.sector } } } });
  if (filter.from?.length) and.push({ fromCountryCode: { in: filter.from } });
  if (filter.to?.length) and.push({ toCountryCode: { in: filter.to } });
  if (filter.country?.length) {
    and.push({ OR: [{ fromCountryCode: { in: filter.country } }, { toCountryCode: { in: filter.country } }] });
  }
  if (filter.overdue === true) {
    and.push({ targetDeadline: { lte: today }, status: { notIn: [...CLOSED_STATUSES] } });
  } else if (filter.overdue === false) {
    and.push({ OR: [{ targetDeadline: null }, { targetDeadline: { gt: today } }, { status: { in: [...CLOSED_STATUSES] } }] });
  }
  if (filter.eventId) and.push({ eventId: filter.eventId });
  if (filter.documentId) and.push({ documentId: filter.documentId });
  if (filter.q) and.push({ OR: [{ title: { contains: filter.q } }, { description: { contains: filter.q } }] });
  return and.length ? { AND: and } : {};
}

function orderOf(sort: CommitmentFilter["sort"]): Prisma.CommitmentOrderByWithRelationInput[] {
  const direction = sort.startsWith("-") ? "desc" : "asc";
  const key = sort.replace(/^-/, "");
  // The id breaks ties so that pages never overlap or skip rows.
  const byId = { id: direction } as const;
  switch (key) {
    case "title": return [{ title: direction }, byId];
    case "status": return [{ status: direction }, byId];
    case "updated": return [{ updatedAt: direction }, byId];
    default: return [{ targetDate: { sort: direction, nulls: "last" } }, byId];
  }
}

export async function listCommitments(filter: CommitmentFilter, today: string = todayIso()): Promise<Page<CommitmentJson>> {
  const where = whereOf(filter, today);
  const [rows, total] = await Promise.all([
    prisma.commitment.findMany({
      where, select: commitmentSelect, orderBy: orderOf(filter.sort),
      skip: (filter.page - 1) * filter.pageSize, take: filter.pageSize,
    }),
    prisma.commitment.count({ where }),
  ]);
  return { data: rows.map((row) => toCommitmentJson(row, today)), page: filter.page, pageSize: filter.pageSize, total };
}

export async function getCommitment(id: string, today: string = todayIso()): Promise<CommitmentJson | null> {
  const row = await prisma.commitment.findUnique({ where: { id }, select: commitmentSelect });
  return row ? toCommitmentJson(row, today) : null;
}
