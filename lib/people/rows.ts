import type { Prisma } from "../db/generated/client";

// The rows a person's public JSON is read from, apart from queries.ts so that serialize.ts can name
// their types without importing the reads that import it.

/** Every commitment the record is on a side of, with its role; given and received are split in serialize.ts. */
const commitmentSidesArgs = {
  select: { role: true, commitment: { select: { id: true, title: true, kind: true, status: true } } },
  orderBy: [{ commitment: { title: "asc" } }, { commitmentId: "asc" }],
} satisfies Prisma.CommitmentSideFindManyArgs;

/** What a person's JSON shows in a list; relations load in one query each, never per row. */
export const personSelect = {
  id: true,
  version: true,
  name: true,
  countryCode: true,
  aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
  positions: {
    select: {
      id: true,
      title: true,
      titleFr: true,
      organization: { select: { id: true, name: true } },
      fromDate: true,
      fromPrecision: true,
      toDate: true,
      toPrecision: true,
    },
    // Undated positions last: they are usually the ones the sources name without a term.
    orderBy: [{ fromDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  },
} satisfies Prisma.PersonSelect;

/** The detail adds what the person pledged or received and the events they took part in. */
export const personDetailSelect = {
  ...personSelect,
  commitmentSides: commitmentSidesArgs,
  participations: {
    select: { role: true, event: { select: { id: true, title: true } } },
    orderBy: [{ event: { startDate: "asc" } }, { id: "asc" }],
  },
} satisfies Prisma.PersonSelect;

export type PersonRow = Prisma.PersonGetPayload<{ select: typeof personSelect }>;
export type PersonDetailRow = Prisma.PersonGetPayload<{ select: typeof personDetailSelect }>;
