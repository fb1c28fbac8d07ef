import { matchKey } from "../countries/match";
import { FIELDS_OF, type ImportField, type ImportKind, type ImportMappingValue } from "./schema";

// Headers are compared folded ("Giver Country", "giver_country" and "Giver-country" are one), so
// a sheet typed by hand maps as readily as Pact's own export.

/** A header as it is compared and remembered: case, accents and punctuation folded to "_". */
export function normaliseHeader(header: string): string {
  return matchKey(header).replace(/ /g, "_");
}

/** The header row as the ImportMapping table keys it. */
export function headersKey(headers: readonly string[]): string {
  return JSON.stringify(headers.map(normaliseHeader));
}

// Other names a newsroom's sheet gives the same column, folded as above.
const ALIASES: Record<string, ImportField> = {
  name: "title",
  commitment: "title",
  title_en: "title",
  titre: "title_fr",
  type: "kind",
  status_since: "status_date",
  since: "status_date",
  effective: "status_date",
  giver: "from_country",
  from: "from_country",
  giver_country: "from_country",
  giver_organization: "from_organization",
  giver_person: "from_person",
  receiver: "to_country",
  to: "to_country",
  receiver_country: "to_country",
  receiver_organization: "to_organization",
  receiver_person: "to_person",
  sector: "sectors",
  value: "amount",
  qualifier: "amount_qualifier",
  unit: "quantity_unit",
  due: "target",
  deadline: "target",
  target_date: "target",
  event_title: "event",
  source: "source_url",
  url: "source_url",
  link: "source_url",
  address: "source_url",
  article: "source_title",
  publisher: "source_publisher",
  language: "source_language",
  published: "source_date",
  evidence: "quote",
  citation: "quote",
  date: "start",
  start_date: "start",
  end_date: "end",
  place: "location",
  host: "host_country",
  visitor: "visiting_country",
  visiting: "visiting_country",
  parent: "parent_id",
};

const FIELDS: Record<ImportKind, ReadonlySet<string>> = {
  commitments: new Set(FIELDS_OF.commitments),
  events: new Set(FIELDS_OF.events),
};

/** The field a header names for this kind of file, by the field's own name or a usual other name. */
export function fieldOfHeader(header: string, kind: ImportKind = "commitments"): ImportField | null {
  const key = normaliseHeader(header);
  const field = FIELDS[kind].has(key) ? key : ALIASES[key];
  return field && FIELDS[kind].has(field) ? (field as ImportField) : null;
}

/**
 * What a file holds when the editor does not say: events when its headers have an event's start
 * and no commitment's status (Pact's events export has start, host_country and visiting_country).
 */
export function kindOfHeaders(headers: readonly string[]): ImportKind {
  const keys = new Set(headers.map(normaliseHeader));
  return keys.has("start") && !keys.has("status") ? "events" : "commitments";
}

/**
 * The mapping suggested for a header row: each column to the field its header names, a field
 * taken by its first column only. Pact's export columns that are derived (overdue, precisions,
 * the document's title, the sources' ids) map to nothing: they are read again from the records.
 */
export function autoMapping(headers: readonly string[], kind: ImportKind = "commitments"): ImportMappingValue {
  const taken = new Set<ImportField>();
  const mapping: ImportMappingValue = {};
  for (const header of headers) {
    const field = fieldOfHeader(header, kind);
    mapping[header] = field && !taken.has(field) ? field : "";
    if (field) taken.add(field);
  }
  return mapping;
}

/** A remembered or sent mapping applied to this file: its headers only, the rest suggested. */
export function mappingFor(
  headers: readonly string[],
  given: ImportMappingValue | null,
  kind: ImportKind = "commitments",
): ImportMappingValue {
  const suggested = autoMapping(headers, kind);
  if (!given) return suggested;
  // A field this kind does not take (a mapping sent for the other kind) maps to nothing.
  const own = (field: ImportMappingValue[string]) => (field && FIELDS[kind].has(field) ? field : "");
  return Object.fromEntries(headers.map((h) => [h, h in given ? own(given[h]!) : suggested[h]!]));
}

/** Each mapped field's column index, and the header it came from (errors name the header). */
export function columnsOf(
  headers: readonly string[],
  mapping: ImportMappingValue,
): Map<ImportField, { index: number; header: string }> {
  const columns = new Map<ImportField, { index: number; header: string }>();
  headers.forEach((header, index) => {
    const field = mapping[header];
    if (field && !columns.has(field)) columns.set(field, { index, header });
  });
  return columns;
}
