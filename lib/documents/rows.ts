import type { Prisma } from "../db/generated/client";
import { citationArgs } from "../sources/rows";

// The rows a document's public JSON is read from, apart from queries.ts so that serialize.ts can name
// their types without importing the reads that import it.

const named = { select: { id: true, name: true } } as const;

/** Everything a document's JSON shows; relations load in one query each, never per row. */
export const documentSelect = {
  id: true,
  version: true,
  title: true,
  titleEn: true,
  titleFr: true,
  kind: true,
  description: true,
  status: true,
  signedDate: true,
  signedPrecision: true,
  validFrom: true,
  validFromPrecision: true,
  validTo: true,
  validToPrecision: true,
  event: { select: { id: true, title: true } },
  // Entry order, as the text of the document names its parties and signatories.
  parties: { select: { countryCode: true, organization: named }, orderBy: { id: "asc" } },
  signatories: {
    select: { role: true, person: named, position: { select: { id: true, title: true } }, organization: named },
    orderBy: { id: "asc" },
  },
  commitments: {
    select: { id: true, title: true, kind: true, status: true },
    orderBy: [{ title: "asc" }, { id: "asc" }],
  },
  citations: citationArgs,
} satisfies Prisma.DocumentSelect;

export type DocumentRow = Prisma.DocumentGetPayload<{ select: typeof documentSelect }>;
