import "server-only";
import { prisma } from "../db/client";
import { keptUntilDataChanges } from "../db/data-version";
import { catalogAliases } from "./catalog";
import {
  commitmentPartnersRead,
  countriesWithRecordsRead,
  countryRecordCountsRead,
  countryRoleCountsRead,
  recordPartnersRead,
} from "./country-sql";
import { tally } from "./counts";
import { matchCountries, type CountryOption } from "./match";
import type { CountryDetailJson, CountryJson, CountryListQuery } from "./schema";

export type { CountryOption } from "./match";
export { countryPairExists, getCountryPairView, listCountryPairs } from "./pair-queries";
export type { CountryPairSummary, CountryPairView } from "./pair-queries";

const COUNTRY = { code: true, name: true, nameFr: true } as const;

/**
 * Every country, by English name, with what else it is called (the catalog's other names in
 * English and French, its alpha-3 code): what the country pickers search. ~250 short rows, kept
 * until the data changes.
 */
export async function listCountries(): Promise<CountryOption[]> {
  return keptUntilDataChanges(prisma, "countries", async () => {
    const rows = await prisma.country.findMany({ select: COUNTRY });
    // Sorted here: SQLite's order puts "Åland Islands" after "Zimbabwe".
    return rows
      .sort((a, b) => a.name.localeCompare(b.name, "en"))
      .map((c) => {
        const aliases = catalogAliases(c.code, [c.name, c.nameFr]);
        return aliases.length ? { ...c, aliases } : c;
      });
  });
}

/** The names of some countries, by code (a code the table lacks is named by itself). */
export async function countryNames(codes: readonly string[]): Promise<Map<string, CountryJson>> {
  const rows = await prisma.country.findMany({ where: { code: { in: [...new Set(codes)] } }, select: COUNTRY });
  return new Map(rows.map((c) => [c.code, c]));
}

/** GET /api/v1/countries: every country, or those a search finds (best match first), or those with records. */
export async function searchCountries(query: CountryListQuery): Promise<CountryJson[]> {
  const [all, withRecords] = await Promise.all([
    listCountries(),
    query.hasRecords
      ? keptUntilDataChanges(prisma, "countries with records", async () =>
          (await countriesWithRecordsRead.run(prisma)).map((r) => r.code),
        )
      : null,
  ]);
  const keep = withRecords ? new Set(withRecords) : null;
  const candidates = keep ? all.filter((c) => keep.has(c.code)) : all;
  const found = query.q ? matchCountries(candidates, query.q) : candidates;
  return found.map(({ code, name, nameFr }) => ({ code, name, nameFr }));
}

/** Whether a code is a country in the data (every catalog country is, once synced). */
export async function countryExists(code: string): Promise<boolean> {
  return (await prisma.country.count({ where: { code } })) === 1;
}

/**
 * One country with its counts (as of a day, when asked): commitments by role and status, events,
 * documents, organizations, people, and its partners with what they share. Null for an unknown code.
 */
export async function getCountry(code: string, asOf?: string): Promise<CountryDetailJson | null> {
  const country = await prisma.country.findUnique({ where: { code }, select: COUNTRY });
  if (!country) return null;
  return keptUntilDataChanges(prisma, `country ${code} ${asOf ?? ""}`, async () => {
    const [roles, [records], commitmentPartners, recordPartners] = await Promise.all([
      countryRoleCountsRead.run(prisma, code, asOf),
      countryRecordCountsRead.run(prisma, code, asOf),
      commitmentPartnersRead.run(prisma, code, asOf),
      recordPartnersRead.run(prisma, code, asOf),
    ]);
    const of = (role: string) => tally(roles.filter((r) => r.role === role));

    type Partner = Omit<CountryDetailJson["partners"][number], keyof CountryJson>;
    const partners = new Map<string, Partner>();
    const partner = (p: string) => {
      let entry = partners.get(p);
      if (!entry)
        partners.set(p, (entry = { commitments: { given: 0, received: 0, mutual: 0 }, events: 0, documents: 0 }));
      return entry;
    };
    const key = { a_to_b: "given", b_to_a: "received", mutual: "mutual" } as const;
    for (const r of commitmentPartners) partner(r.partner).commitments[key[r.direction]] += r.n;
    for (const r of recordPartners) partner(r.partner)[r.kind === "event" ? "events" : "documents"] += r.n;
    const names = await countryNames([...partners.keys()]);
    const weight = (p: Partner) => p.commitments.given + p.commitments.received + p.commitments.mutual;

    return {
      ...country,
      counts: {
        commitments: { ...of("any"), asGiver: of("giver"), asReceiver: of("receiver"), asParty: of("party") },
        events: { total: records!.events, hosted: records!.hosted, visiting: records!.visiting },
        documents: records!.documents,
        organizations: records!.organizations,
        memberships: records!.memberships,
        people: records!.people,
        partners: partners.size,
      },
      partners: [...partners]
        .map(([p, counts]) => ({ ...(names.get(p) ?? { code: p, name: p, nameFr: null }), ...counts }))
        .sort(
          (x, y) =>
            weight(y) - weight(x) || y.events - x.events || y.documents - x.documents || x.name.localeCompare(y.name),
        ),
    };
  });
}
