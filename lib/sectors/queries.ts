import "server-only";
import { prisma } from "../db/client";
import { keptUntilDataChanges } from "../db/data-version";
import { sectorCountSelect } from "./rows";
import type { SectorJson } from "./schema";
import { toSectorJson } from "./serialize";

export type SectorOption = { code: string; name: string; nameFr: string | null };

/**
 * Every sector, for the forms' and filters' choices: read from the database, so a sector an admin
 * creates appears in them without a change to the code.
 */
export async function listSectors(): Promise<SectorOption[]> {
  return prisma.sector.findMany({
    select: { code: true, name: true, nameFr: true },
    orderBy: [{ name: "asc" }, { code: "asc" }],
  });
}

/**
 * Every sector with its count of commitments, as API v1 lists them and the admin page shows them.
 * The counts read every CommitmentSector row (150,000 at 100,000 commitments, from its sectorCode
 * index): kept until the data changes, as the other counts are.
 */
export async function listSectorsWithCounts(): Promise<SectorJson[]> {
  return keptUntilDataChanges(prisma, "sectors with counts", async () => {
    const rows = await prisma.sector.findMany({
      select: sectorCountSelect,
      orderBy: [{ name: "asc" }, { code: "asc" }],
    });
    return rows.map(toSectorJson);
  });
}
