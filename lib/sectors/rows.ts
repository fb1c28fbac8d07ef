import type { Prisma } from "../db/generated/client";

// The rows a sector's public JSON is read from, apart from queries.ts so that serialize.ts can
// name their type without importing the reads that import it.

/** A sector with its count of commitments: the CommitmentSector index alone, no commitment row read. */
export const sectorCountSelect = {
  code: true,
  name: true,
  nameFr: true,
  dacCode: true,
  _count: { select: { commitments: true } },
} satisfies Prisma.SectorSelect;

export type SectorCountRow = Prisma.SectorGetPayload<{ select: typeof sectorCountSelect }>;
