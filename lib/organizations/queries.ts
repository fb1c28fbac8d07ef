import type { Prisma } from "../db/generated/client";
import { prisma } from "../db/client";
import { skipOf, type Page } from "../api/query-schema";
import type { OrganizationFilter } from "./schema";
import {
  toOrganizationDetailJson, toOrganizationJson, type OrganizationDetailJson, type OrganizationJson,
} from "./serialize";

const commitmentSummary = {
  select: { id: true, title: true, kind: true, status: true },
  orderBy: [{ title: "asc" }, { id: "asc" }],
} satisfies Prisma.CommitmentFindManyArgs;

/** What an organization's JSON shows in a list; relations load in one query each, never per row. */
export const organizationSelect = {
  id: true, name: true, nameFr: true, kind: true, countryCode: true,
  parent: { select: { id: true, name: true } },
  aliases: { select: { alias: true, language: true, note: true }, orderBy: { alias: "asc" } },
} satisfies Prisma.OrganizationSelect;

/** The detail adds its sub-organizations, commitments and the flags raised about it. */
export const organizationDetailSelect = {
  ...organizationSelect,
  children: { select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] },
  commitmentsGiven: commitmentSummary,
  commitmentsReceived: commitmentSummary,
  flags: { select: { id: true, kind: true, field: true, message: true }, orderBy: { id: "asc" } },
} satisfies Prisma.OrganizationSelect;

export type OrganizationRow = Prisma.OrganizationGetPayload<{ select: typeof organizationSelect }>;
export type OrganizationDetailRow = Prisma.OrganizationGetPayload<{ select: typeof organizationDetailSelect }>;

function whereOf(filter: OrganizationFilter): Prisma.OrganizationWhereInput {
  const and: Prisma.OrganizationWhereInput[] = [];
  if (filter.country?.length) and.push({ countryCode: { in: filter.country } });
  if (filter.kind?.length) and.push({ kind: { in: filter.kind } });
  return and.length ? { AND: and } : {};
}

export async function listOrganizations(filter: OrganizationFilter): Promise<Page<OrganizationJson>> {
  const where = whereOf(filter);
  const [rows, total] = await Promise.all([
    prisma.organization.findMany({
      // The id breaks ties so that pages never overlap or skip rows.
      where, select: organizationSelect, orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: skipOf(filter), take: filter.pageSize,
    }),
    prisma.organization.count({ where }),
  ]);
  return { data: rows.map(toOrganizationJson), page: filter.page, pageSize: filter.pageSize, total };
}

export async function getOrganization(id: string): Promise<OrganizationDetailJson | null> {
  const row = await prisma.organization.findUnique({ where: { id }, select: organizationDetailSelect });
  return row ? toOrganizationDetailJson(row) : null;
}
