import { newRecordId } from "../records/ids";
import { listCell, type RowCells } from "./cells";
import { countryIndex, NameIndex, type Lookups } from "./lookups";
import type { ImportField, RowError } from "./schema";

// A row's sides: the from_* and to_* columns, each a ";"-list whose entries line up (the export
// writes them so: an entry without a person leaves its place empty). Organizations and people are
// matched by name or alias; a name Pact does not know is planned as a new record, once per file.

export interface NewRecord {
  id: string;
  name: string;
  countryCode: string | null;
  /** The first row that names it, for the preview. */
  line: number;
}

export interface PlannedSide {
  role: "giver" | "receiver" | "party";
  countryCode?: string;
  organizationId?: string;
  personId?: string;
}

/** Matches names across a whole file, so a new organization named by many rows is created once. */
export class SideMatcher {
  private readonly country: (text: string) => string | null;
  private readonly organizations: NameIndex;
  private readonly people: NameIndex;
  readonly newOrganizations = new Map<string, NewRecord>();
  readonly newPeople = new Map<string, NewRecord>();
  /** Organizations' own countries, for sides that name an organization alone. */
  readonly countryOf: Map<string, string | null>;

  constructor(lookups: Lookups) {
    this.country = countryIndex(lookups.countries);
    this.organizations = new NameIndex(lookups.organizations);
    this.people = new NameIndex(lookups.people);
    this.countryOf = new Map(lookups.organizations.map((o) => [o.id, o.countryCode]));
  }

  private record(
    index: NameIndex,
    created: Map<string, NewRecord>,
    name: string,
    countryCode: string | null,
    line: number,
  ): { id: string } | { error: string } {
    const match = index.find(name, countryCode ?? undefined);
    if (match.kind === "found") return { id: match.id };
    if (match.kind === "ambiguous")
      return { error: `“${name}” is the name of ${match.count} records in Pact: use the exact name of one` };
    const key = name.toLocaleLowerCase();
    const planned = created.get(key) ?? { id: newRecordId(name), name, countryCode, line };
    created.set(key, planned);
    return { id: planned.id };
  }

  /** The entries of one side, or the errors of its cells. */
  side(cells: RowCells, prefix: "from" | "to", role: PlannedSide["role"], errors: RowError[]): PlannedSide[] {
    const field = (k: string) => `${prefix}_${k}` as ImportField;
    const [countries, orgs, people] = ["country", "organization", "person"].map((k) => listCell(cells.get(field(k))));
    const count = Math.max(countries!.length, orgs!.length, people!.length);
    const error = (k: string, message: string) =>
      errors.push({ row: cells.line, column: cells.header(field(k)), message });
    const entries: PlannedSide[] = [];
    for (let i = 0; i < count; i++) {
      const [countryText, orgText, personText] = [countries![i] ?? "", orgs![i] ?? "", people![i] ?? ""];
      if (!countryText && !orgText && !personText) continue;
      const entry: PlannedSide = { role };
      if (countryText) {
        const code = this.country(countryText);
        if (code) entry.countryCode = code;
        else error("country", `Unknown country “${countryText}”: use its name or its ISO code (VN, KH)`);
      }
      if (orgText) {
        const found = this.record(
          this.organizations,
          this.newOrganizations,
          orgText,
          entry.countryCode ?? null,
          cells.line,
        );
        if ("id" in found) entry.organizationId = found.id;
        else error("organization", found.error);
      }
      if (personText) {
        const found = this.record(this.people, this.newPeople, personText, entry.countryCode ?? null, cells.line);
        if ("id" in found) entry.personId = found.id;
        else error("person", found.error);
      }
      entries.push(entry);
    }
    return entries;
  }
}
