import { auditData } from "../audit/entry";
import type { Prisma, PrismaClient } from "../db/generated/client";
import { catalogCountries } from "./catalog";

// The Country table holds every country of the catalog, so that any pair can be recorded, picked
// and linked to. It is brought in line wherever a database is created or started (the seed loader,
// `npm start`): an upsert by code that writes only what differs, so a database in sync costs one
// read of ~250 short rows.

export interface CountryRow {
  code: string;
  name: string;
  nameFr: string | null;
}

/** A country as a dataset names it (its French name optional). */
export type CountryName = { code: string; name: string; nameFr?: string | null };

/**
 * The rows the table should hold: the catalog's English and French names, except where the
 * dataset names a country itself. The dataset's names win ("Viêt Nam" rather than the catalog's
 * French "Vietnam"): it is the project's editorial choice, and the catalog's names stay findable
 * as aliases. A dataset country the catalog lacks is kept as the dataset gives it.
 */
export function desiredCountries(overrides: readonly CountryName[] = []): CountryRow[] {
  const byCode = new Map<string, CountryRow>(catalogCountries().map((c) => [c.code, c]));
  for (const o of overrides) {
    const base = byCode.get(o.code);
    byCode.set(o.code, { code: o.code, name: o.name, nameFr: o.nameFr ?? base?.nameFr ?? null });
  }
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}

export interface CountryChanges {
  create: CountryRow[];
  update: { before: CountryRow; after: CountryRow }[];
}

/** What to write so that `existing` holds `desired`; countries only in `existing` stay as they are. */
export function countryChanges(existing: readonly CountryRow[], desired: readonly CountryRow[]): CountryChanges {
  const have = new Map(existing.map((c) => [c.code, c]));
  const changes: CountryChanges = { create: [], update: [] };
  for (const want of desired) {
    const row = have.get(want.code);
    if (!row) changes.create.push(want);
    else if (row.name !== want.name || row.nameFr !== want.nameFr) changes.update.push({ before: row, after: want });
  }
  return changes;
}

/** The writes of those changes, each with its audit row ("seed" for a new country, "update" for a renamed one). */
export function countryWrites(prisma: PrismaClient, changes: CountryChanges): Prisma.PrismaPromise<unknown>[] {
  const audit = (action: "seed" | "update", code: string, after: CountryRow, before?: CountryRow) =>
    prisma.auditEntry.create({
      data: auditData({ userId: null, action, entityType: "country", entityId: code, before, after }),
    });
  return [
    ...changes.create.flatMap((c) => [prisma.country.create({ data: c }), audit("seed", c.code, c)]),
    ...changes.update.flatMap(({ before, after }) => [
      prisma.country.update({ where: { code: after.code }, data: { name: after.name, nameFr: after.nameFr } }),
      audit("update", after.code, after, before),
    ]),
  ];
}

/** The current rows, for `countryChanges`. */
export function existingCountries(prisma: PrismaClient): Promise<CountryRow[]> {
  return prisma.country.findMany({ select: { code: true, name: true, nameFr: true } });
}

/**
 * Brings the Country table in line with the catalog (and the dataset's names), in one transaction.
 * Returns how many countries were added and renamed; both are 0 when it was in sync.
 */
export async function syncCountries(
  prisma: PrismaClient,
  overrides: readonly CountryName[] = [],
): Promise<{ created: number; updated: number }> {
  const changes = countryChanges(await existingCountries(prisma), desiredCountries(overrides));
  const writes = countryWrites(prisma, changes);
  if (writes.length > 0) await prisma.$transaction(writes);
  return { created: changes.create.length, updated: changes.update.length };
}
