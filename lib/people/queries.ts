import type { Prisma } from "../db/generated/client";
import { prisma } from "../db/client";
import { skipOf, type Page } from "../api/query-schema";
import type { PersonFilter } from "./schema";
import { toPersonDetailJson, toPersonJson, type PersonDetailJson, type PersonJson } from "./serialize";

const commitmentSummary = {
  select: { id: true, title: true, kind: true, status: true },
  orderBy: [{ title: "asc" }, { id: "asc" }],
} satisfies Prisma.CommitmentFindManyArgs;

/** What a person's JSON shows in a list; relations load in one query each, never per row. */
export const personSelect = {
  id: true, name: true, countryCode: true,
  aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
  positions: {
    select: {
      id: true, title: true, titleFr: true, organization: { select: { id: true, name: true } },
      fromDate: true, fromPrecision: true, toDate: true, toPrecision: true,
    },
    // Undated positions last: they are usually the ones the sources name without a term.
    orderBy: [{ fromDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  },
} satisfies Prisma.PersonSelect;

/** The detail adds what the person pledged or received and the events they took part in. */
export const personDetailSelect = {
  ...personSelect,
  commitmentsGiven: commitmentSummary,
  commitmentsReceived: commitmentSummary,
  participations: {
    select: { role: true, event: { select: { id: true, title: true } } },
    orderBy: [{ event: { startDate: "asc" } }, { id: "asc" }],
  },
} satisfies Prisma.PersonSelect;

export type PersonRow = Prisma.PersonGetPayload<{ select: typeof personSelect }>;
export type PersonDetailRow = Prisma.PersonGetPayload<{ select: typeof personDetailSelect }>;

function whereOf(filter: PersonFilter): Prisma.PersonWhereInput {
  return filter.country?.length ? { countryCode: { in: filter.country } } : {};
}

export async function listPeople(filter: PersonFilter): Promise<Page<PersonJson>> {
  const where = whereOf(filter);
  const [rows, total] = await Promise.all([
    // The id breaks ties so that pages never overlap or skip rows.
    prisma.person.findMany({ where, select: personSelect, orderBy: [{ name: "asc" }, { id: "asc" }], skip: skipOf(filter), take: filter.pageSize }),
    prisma.person.count({ where }),
  ]);
  return { data: rows.map(toPersonJson), page: filter.page, pageSize: filter.pageSize, total };
}

export async function getPerson(id: string): Promise<PersonDetailJson | null> {
  const row = await prisma.person.findUnique({ where: { id }, select: personDetailSelect });
  return row ? toPersonDetailJson(row) : null;
}
