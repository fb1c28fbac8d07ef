import type { Prisma } from "../db/generated/client";
import { commitmentKnownBy } from "../as-of/where";

// The rows a sector's public JSON is read from, apart from queries.ts so that serialize.ts can
// name their type without importing the reads that import it.

/** A sector with its count of commitments (those known by `asOf` when one is given). */
export const sectorCountSelect = (asOf: string | undefined) =>
  ({
    code: true,
    name: true,
    nameFr: true,
    dacCode: true,
    _count: { select: { commitments: asOf ? { where: { commitment: commitmentKnownBy(asOf) } } : true } },
  }) satisfies Prisma.SectorSelect;

export type SectorCountRow = Prisma.SectorGetPayload<{ select: ReturnType<typeof sectorCountSelect> }>;
