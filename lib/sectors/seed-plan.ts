import type { z } from "zod";
import type { sectorSchema } from "./schema";

type DefaultSector = z.output<typeof sectorSchema>;
export type StoredSector = { code: string; name: string; nameFr: string | null; dacCode: string | null };

export interface SectorSeedPlan {
  create: StoredSector[];
  update: { before: StoredSector; after: StoredSector }[];
}

const stored = (s: DefaultSector): StoredSector => ({
  code: s.code,
  name: s.name,
  nameFr: s.nameFr ?? null,
  dacCode: s.dacCode ?? null,
});

/**
 * What loading the default sectors (prisma/seed/sectors.json) writes. The list never overrides an
 * admin: a default sector is created when missing, and brought to the list's names and DAC code
 * while only the seed ever wrote it (so a database seeded by an earlier release gains the DAC
 * codes and corrected names). A sector any admin created, renamed or merged, in either direction,
 * is theirs: left as it is, and not brought back once merged away. `adminCodes` are the codes
 * with an audit entry by a user.
 */
export function planSectorSeed(
  defaults: readonly DefaultSector[],
  current: readonly StoredSector[],
  adminCodes: ReadonlySet<string>,
): SectorSeedPlan {
  const byCode = new Map(current.map((s) => [s.code, s]));
  const plan: SectorSeedPlan = { create: [], update: [] };
  for (const wanted of defaults.map(stored)) {
    if (adminCodes.has(wanted.code)) continue;
    const before = byCode.get(wanted.code);
    if (!before) plan.create.push(wanted);
    else if (before.name !== wanted.name || before.nameFr !== wanted.nameFr || before.dacCode !== wanted.dacCode)
      plan.update.push({ before, after: wanted });
  }
  return plan;
}
