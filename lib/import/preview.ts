import { commitmentCreateSchema, type CommitmentCreate } from "../commitments/schema";
import { parsePartialDate, toIso } from "../dates/partial-date";
import { givenIdOf, plannedRow } from "./row-ids";
import { booleanCell, cellsOf, listCell, type Columns, type RowCells } from "./cells";
import { CitationPlanner, type Citation, type NewSource } from "./citations";
import { sectorIndex, type Lookups } from "./lookups";
import type { Sheet } from "./parse";
import type { ImportField, ImportKind, RowError } from "./schema";
import type { EventCreate } from "../events/schema";
import { SideMatcher, type NewRecord, type PlannedSide } from "./sides";

// A file's rows as they would be saved: each parsed with the commitment create schema the forms
// and the API use, its names matched, its problems named by row and column. Pure: the lookups are
// read beforehand, and nothing here writes.

export interface PlannedCommitment {
  line: number;
  id: string;
  input: CommitmentCreate;
  citations: Citation[];
}

export interface PlannedEvent {
  line: number;
  id: string;
  input: EventCreate;
  citations: Citation[];
}

export interface ImportPlan {
  kind: ImportKind;
  commitments: PlannedCommitment[];
  /** In an order a parent comes before its children, so each row's parent is written first. */
  events: PlannedEvent[];
  organizations: NewRecord[];
  people: NewRecord[];
  sources: { source: NewSource; fullText: string; hash: string }[];
  /** Organizations' countries, the new ones' included, for sides that name an organization alone. */
  countryOf: Map<string, string | null>;
  errors: RowError[];
}

// Where a schema issue's path points, as the file's field.
const PATH_FIELDS: Record<string, ImportField> = {
  title: "title",
  titleEn: "title",
  titleFr: "title_fr",
  description: "description",
  kind: "kind",
  status: "status",
  statusEffective: "status_date",
  direction: "direction",
  sectors: "sectors",
  "amount.value": "amount",
  "amount.currency": "currency",
  "amount.qualifier": "amount_qualifier",
  "quantity.baseline": "quantity_baseline",
  "quantity.target": "quantity_target",
  "quantity.delta": "quantity_delta",
  "quantity.unit": "quantity_unit",
  "quantity.scope": "quantity_scope",
  "quantity.atLeast": "quantity_at_least",
  target: "target",
  "target.end": "target_end",
  eventId: "event_id",
  documentId: "document_id",
  citations: "quote",
};

const SIDE_FIELDS = ["country", "organization", "person"] as const;

function fieldOfIssue(path: readonly PropertyKey[], fromCount: number, cells: RowCells): ImportField {
  const [head, second] = path.map(String);
  if (head === "sides") {
    // The side's first mapped column: a sheet may name organizations and no countries.
    const side = second !== undefined && Number(second) >= fromCount ? "to" : "from";
    const fields = SIDE_FIELDS.map((k) => `${side}_${k}` as ImportField);
    return fields.find((f) => cells.header(f) !== null) ?? fields[0]!;
  }
  return PATH_FIELDS[`${head}.${second}`] ?? PATH_FIELDS[head ?? ""] ?? "title";
}

const optional = (text: string) => text || undefined;

/** The schema's input for a row, from its cells and what was matched. */
function inputOf(cells: RowCells, sides: PlannedSide[], sectors: string[], eventId?: string) {
  const get = (f: ImportField) => cells.get(f);
  const quantityFields: ImportField[] = ["quantity_baseline", "quantity_target", "quantity_delta", "quantity_unit"];
  const target = get("target");
  return {
    title: optional(get("title")),
    titleFr: optional(get("title_fr")),
    description: optional(get("description")),
    kind: get("kind"),
    direction: get("direction") || "one_way",
    sides,
    sectors,
    amount: get("amount")
      ? { value: get("amount"), currency: get("currency"), qualifier: get("amount_qualifier") || "exact" }
      : null,
    quantity: quantityFields.some((f) => get(f))
      ? {
          baseline: optional(get("quantity_baseline")),
          target: optional(get("quantity_target")),
          delta: optional(get("quantity_delta")),
          unit: get("quantity_unit"),
          scope: optional(get("quantity_scope")),
          atLeast: booleanCell(get("quantity_at_least")),
        }
      : null,
    target: target ? (get("target_end") ? { date: target, end: get("target_end") } : target) : null,
    eventId,
    documentId: optional(get("document_id")),
    status: get("status") || "announced",
  };
}

/** Checks a whole file against Pact: every row's plan, and every problem found. */
export function planImport(sheet: Sheet, columns: Columns, lookups: Lookups, today: string): ImportPlan {
  const errors: RowError[] = [];
  const matcher = new SideMatcher(lookups);
  const citations = new CitationPlanner(lookups);
  const sector = sectorIndex(lookups.sectors);
  const eventsById = new Map(lookups.events.map((e) => [e.id, e]));
  const seenIds = new Set<string>();
  const commitments: PlannedCommitment[] = [];

  const sideHeaders = new Set<string | null>(
    (["from", "to"] as const).flatMap((side) => SIDE_FIELDS.map((k) => columns.get(`${side}_${k}`)?.header ?? null)),
  );
  sideHeaders.delete(null);
  for (const row of sheet.rows) {
    const cells = cellsOf(row, columns);
    const rowErrors: RowError[] = [];
    const error = (field: ImportField, message: string) =>
      rowErrors.push({ row: cells.line, column: cells.header(field), message });

    const givenId = givenIdOf(cells, lookups.takenCommitmentIds, seenIds, "A commitment", (message) =>
      error("id", message),
    );
    const mutual = cells.get("direction") === "mutual";
    const from = matcher.side(cells, "from", mutual ? "party" : "giver", rowErrors);
    const to = matcher.side(cells, "to", mutual ? "party" : "receiver", rowErrors);
    const sectors = listCell(cells.get("sectors")).flatMap((text) => {
      const code = text ? sector(text) : null;
      if (text && !code) error("sectors", `Unknown sector “${text}”: an admin adds sectors at /admin/sectors`);
      return code ? [code] : [];
    });
    let event = cells.get("event_id") ? eventsById.get(cells.get("event_id")) : undefined;
    if (cells.get("event_id") && !event) error("event_id", `There is no event “${cells.get("event_id")}” in Pact`);
    if (!cells.get("event_id") && cells.get("event")) {
      const named = lookups.events.filter((e) => e.title.toLowerCase() === cells.get("event").toLowerCase());
      if (named.length === 1) event = named[0];
      else
        error(
          "event",
          named.length ? "Several events have this title: give the event_id" : "No event in Pact has this title",
        );
    }
    const documentId = cells.get("document_id");
    if (documentId && !lookups.documentIds.has(documentId))
      error("document_id", `There is no document “${documentId}” in Pact`);
    const { citations: rowCitations, quoted } = citations.row(cells, rowErrors);

    // The status holds from the date given, else from the event it was made at, else from today.
    const statusText = cells.get("status_date");
    const statusEffective = statusText ? parsePartialDate(statusText) : (event?.start ?? parsePartialDate(today)!);
    if (!statusEffective) error("status_date", "Use YYYY, YYYY-MM or YYYY-MM-DD with a real calendar date");
    else if (statusEffective.date > today) error("status_date", "A status cannot take effect after today");

    const input = {
      ...inputOf(cells, [...from, ...to], sectors, event?.id),
      // The schema checks the quotes' shape; their sources were checked above.
      citations: quoted,
      statusEffective: statusEffective ? toIso(statusEffective) : today,
    };
    const parsed = commitmentCreateSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        // A row without a quote was named above; the schema's "at least one quote" says it again.
        if (issue.path[0] === "citations" && rowErrors.some((e) => e.column === cells.header("quote"))) continue;
        // Likewise a side whose names were refused above reads as a missing side.
        if (issue.path[0] === "sides" && rowErrors.some((e) => sideHeaders.has(e.column))) continue;
        error(fieldOfIssue(issue.path, from.length, cells), issue.message);
      }
    }
    errors.push(...rowErrors);
    if (parsed.success && rowErrors.length === 0) {
      commitments.push(plannedRow(cells.line, givenId, parsed.data, rowCitations));
    }
  }
  const sources = citations.finish();
  const countryOf = new Map(matcher.countryOf);
  for (const org of matcher.newOrganizations.values()) countryOf.set(org.id, org.countryCode);
  return {
    kind: "commitments",
    commitments,
    events: [],
    organizations: [...matcher.newOrganizations.values()],
    people: [...matcher.newPeople.values()],
    sources,
    countryOf,
    errors,
  };
}
