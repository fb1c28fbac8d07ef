import type { Prisma } from "../db/generated/client";

// The rows an organization's public JSON is read from, apart from queries.ts so that serialize.ts can name
// their types without importing the reads that import it.

/** Every commitment the record is on a side of, with its role; given and received are split in serialize.ts. */
const commitmentSidesArgs = {
  select: { role: true, commitment: { select: { id: true, title: true, kind: true, status: true } } },
  orderBy: [{ commitment: { title: "asc" } }, { commitmentId: "asc" }],
} satisfies Prisma.CommitmentSideFindManyArgs;

/** A body's member countries, by name: the API's `members` and the pages' lists. */
export const memberArgs = {
  select: { country: { select: { code: true, name: true } } },
  orderBy: { country: { name: "asc" } },
} satisfies Prisma.Organization$membersArgs;

/** What an organization's JSON shows in a list; relations load in one query each, never per row. */
export const organizationSelect = {
  id: true,
  version: true,
  description: true,
  name: true,
  nameEn: true,
  nameFr: true,
  kind: true,
  scope: true,
  countryCode: true,
  members: memberArgs,
  parent: { select: { id: true, name: true } },
  aliases: { select: { alias: true, language: true, note: true }, orderBy: { alias: "asc" } },
} satisfies Prisma.OrganizationSelect;

/** The detail adds its sub-organizations, commitments and the flags raised about it. */
export const organizationDetailSelect = {
  ...organizationSelect,
  children: { select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] },
  commitmentSides: commitmentSidesArgs,
  flags: { select: { id: true, kind: true, field: true, message: true }, orderBy: { id: "asc" } },
} satisfies Prisma.OrganizationSelect;

export type OrganizationRow = Prisma.OrganizationGetPayload<{ select: typeof organizationSelect }>;
export type OrganizationDetailRow = Prisma.OrganizationGetPayload<{ select: typeof organizationDetailSelect }>;
