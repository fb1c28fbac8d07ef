import type { Prisma } from "../db/generated/client";

// What other records' pages show of a commitment (a person's pledges, an event's outcomes…),
// apart from queries.ts so that pages of other domains can select it without importing reads.

/** The sides in their order, with what a short "VN → KH" label needs. */
const sidesLabelSelect = {
  direction: true,
  sides: {
    select: { role: true, countryCode: true, organization: { select: { name: true } } },
    orderBy: { position: "asc" },
  },
} satisfies Prisma.CommitmentSelect;

/** A commitment as another record lists it. */
export const relatedCommitmentSelect = {
  id: true,
  title: true,
  kind: true,
  status: true,
  ...sidesLabelSelect,
} satisfies Prisma.CommitmentSelect;
