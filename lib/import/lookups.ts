import { matchKey } from "../countries/match";
import type { PartialDate } from "../dates/partial-date";

// What a preview matches a file's names and ids against: read once per preview (queries.ts), so
// matching 10,000 rows is map look-ups, never a query per row.

export interface Lookups {
  countries: readonly { code: string; name: string; nameFr: string | null }[];
  organizations: readonly { id: string; name: string; countryCode: string | null; names: readonly string[] }[];
  people: readonly { id: string; name: string; countryCode: string | null; names: readonly string[] }[];
  sectors: readonly { code: string; name: string }[];
  /** The events the file names, by id or by title (a commitment's event, an event's parent). */
  events: readonly { id: string; title: string; start: PartialDate }[];
  /** The documents the file names by id. */
  documentIds: ReadonlySet<string>;
  /** The sources the file names, by id (its citations) or by address. */
  sources: readonly { id: string; url: string | null; fullText: string }[];
  /** The file's commitment ids that Pact already holds. */
  takenCommitmentIds: ReadonlySet<string>;
  /** The file's event ids that Pact already holds. */
  takenEventIds: ReadonlySet<string>;
}

export type Match = { kind: "found"; id: string } | { kind: "none" } | { kind: "ambiguous"; count: number };

type Named = { id: string; countryCode: string | null; names: readonly string[] };

/** Every name and alias of a kind of record, folded, to the ids that bear it. */
export class NameIndex {
  private readonly ids = new Map<string, Set<string>>();
  private readonly countries = new Map<string, string | null>();

  constructor(records: readonly Named[]) {
    for (const record of records) {
      this.countries.set(record.id, record.countryCode);
      for (const name of record.names) {
        const key = matchKey(name);
        if (!key) continue;
        const set = this.ids.get(key) ?? new Set<string>();
        set.add(record.id);
        this.ids.set(key, set);
      }
    }
  }

  /** A name's record; of several bearing it ("Ministry of Information"), the one of `country`. */
  find(name: string, country?: string): Match {
    const found = [...(this.ids.get(matchKey(name)) ?? [])];
    const ofCountry = found.length > 1 && country ? found.filter((id) => this.countries.get(id) === country) : found;
    if (ofCountry.length === 0) return { kind: "none" };
    if (ofCountry.length > 1) return { kind: "ambiguous", count: ofCountry.length };
    return { kind: "found", id: ofCountry[0]! };
  }
}

/** A country by its code (any case) or its English or French name, accents and case aside. */
export function countryIndex(countries: Lookups["countries"]): (text: string) => string | null {
  const byKey = new Map<string, string>();
  for (const c of countries) {
    for (const name of [c.name, c.nameFr]) if (name) byKey.set(matchKey(name), c.code);
  }
  const codes = new Set(countries.map((c) => c.code));
  return (text) => {
    const upper = text.trim().toUpperCase();
    if (codes.has(upper)) return upper;
    return byKey.get(matchKey(text)) ?? null;
  };
}

/** A sector by its code or its name. */
export function sectorIndex(sectors: Lookups["sectors"]): (text: string) => string | null {
  const codes = new Set(sectors.map((s) => s.code));
  const byName = new Map(sectors.map((s) => [matchKey(s.name), s.code]));
  return (text) => (codes.has(text) ? text : (byName.get(matchKey(text)) ?? null));
}
