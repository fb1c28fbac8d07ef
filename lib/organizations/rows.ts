import type { Prisma } from "../db/generated/client";

// The rows an organization's public JSON is read from, apart from queries.ts so that serialize.ts can name
// their types without importing the reads that import it.

/** Every commitment the record is on a side of, with its role; given and received are split in serialize.ts. */
const commitmentSidesArgs = {
  select: { role: true, commitment: { select: { id: true, title: true, kind: true, status: true } } },
  orderBy: [{ commitment: { title: "asc" } }, { commitmentId: "asc" }],
} satisfies Prisma.CommitmentSideFindManyArgs;

/** What an organization's JSON shows in a list; relations load in one query each, never per row. */
export const organizationSelect = {
  id: true,
  name: true,
  nameFr: true,
  kind: true,
  countryCode: true,
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
