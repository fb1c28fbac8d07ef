import { eventCreateSchema } from "../events/schema";
import { givenIdOf, plannedRow } from "./row-ids";
import { cellsOf, type Columns, type RowCells } from "./cells";
import { CitationPlanner } from "./citations";
import { countryIndex, type Lookups } from "./lookups";
import type { Sheet } from "./parse";
import type { ImportPlan, PlannedEvent } from "./preview";
import type { ImportField, RowError } from "./schema";

// A file of events as they would be saved: each row parsed with the event create schema the form
// and the API use, its problems named by row and column. Pure, like the commitments' preview.

// Where a schema issue's path points, as the file's field.
const PATH_FIELDS: Record<string, ImportField> = {
  title: "title",
  titleEn: "title",
  titleFr: "title_fr",
  kind: "kind",
  description: "description",
  parentId: "parent_id",
  start: "start",
  end: "end",
  location: "location",
  hostCountryCode: "host_country",
  visitingCountryCode: "visiting_country",
  documentsSigned: "documents_signed",
  citations: "quote",
};

const optional = (text: string) => text || undefined;

/** A file's events with their parents before them; a row whose parent chain loops is an error. */
function parentsFirst(events: PlannedEvent[], errors: RowError[], header: string | null): PlannedEvent[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  const placed = new Set<string>();
  const ordered: PlannedEvent[] = [];
  const place = (event: PlannedEvent, path: Set<string>): boolean => {
    if (placed.has(event.id)) return true;
    if (path.has(event.id)) return false;
    path.add(event.id);
    const parent = event.input.parentId ? byId.get(event.input.parentId) : undefined;
    if (parent && !place(parent, path)) return false;
    placed.add(event.id);
    ordered.push(event);
    return true;
  };
  for (const event of events) {
    if (!place(event, new Set())) {
      errors.push({ row: event.line, column: header, message: "The parent events of this row loop back to it" });
      return [];
    }
  }
  return ordered;
}

/** Checks a whole file of events against Pact: every row's plan, and every problem found. */
export function planEventImport(sheet: Sheet, columns: Columns, lookups: Lookups): ImportPlan {
  const errors: RowError[] = [];
  const citations = new CitationPlanner(lookups);
  const country = countryIndex(lookups.countries);
  const known = new Set(lookups.events.map((e) => e.id));
  const fileIds = new Set(sheet.rows.map((row) => cellsOf(row, columns).get("id")).filter(Boolean));
  const seenIds = new Set<string>();
  const events: PlannedEvent[] = [];

  for (const row of sheet.rows) {
    const cells: RowCells = cellsOf(row, columns);
    const rowErrors: RowError[] = [];
    const error = (field: ImportField, message: string) =>
      rowErrors.push({ row: cells.line, column: cells.header(field), message });

    const givenId = givenIdOf(cells, lookups.takenEventIds, seenIds, "An event", (message) => error("id", message));
    const countryOf = (field: ImportField) => {
      const text = cells.get(field);
      const code = text ? country(text) : null;
      if (text && !code) error(field, `Unknown country “${text}”: use its code (VN) or its name`);
      return code ?? undefined;
    };
    const hostCountryCode = countryOf("host_country");
    const visitingCountryCode = countryOf("visiting_country");
    // A parent is an event Pact holds or another row of this file (written before its children).
    const parentId = cells.get("parent_id");
    if (parentId && !known.has(parentId) && !fileIds.has(parentId))
      error("parent_id", `There is no event “${parentId}” in Pact or in this file`);
    else if (parentId && parentId === givenId) error("parent_id", "An event cannot be its own parent");
    const { citations: rowCitations, quoted } = citations.row(cells, rowErrors);

    const parsed = eventCreateSchema.safeParse({
      title: optional(cells.get("title")),
      titleFr: optional(cells.get("title_fr")),
      kind: cells.get("kind"),
      description: optional(cells.get("description")),
      parentId: optional(parentId),
      start: cells.get("start"),
      end: optional(cells.get("end")),
      location: optional(cells.get("location")),
      hostCountryCode,
      visitingCountryCode,
      documentsSigned: optional(cells.get("documents_signed")),
      // The schema checks the quotes' shape; their sources were checked above.
      citations: quoted,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const [head] = issue.path.map(String);
        // A row without a quote was named above; the schema's "at least one quote" says it again.
        if (head === "citations" && rowErrors.some((e) => e.column === cells.header("quote"))) continue;
        error(PATH_FIELDS[head ?? ""] ?? "title", issue.message);
      }
    }
    errors.push(...rowErrors);
    if (parsed.success && rowErrors.length === 0) {
      events.push(plannedRow(cells.line, givenId, parsed.data, rowCitations));
    }
  }
  const sources = citations.finish();
  return {
    kind: "events",
    commitments: [],
    events: parentsFirst(events, errors, columns.get("parent_id")?.header ?? null),
    organizations: [],
    people: [],
    sources,
    countryOf: new Map(),
    errors,
  };
}
