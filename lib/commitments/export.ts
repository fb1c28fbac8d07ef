import { toIso } from "../dates/partial-date";
import { countCommitments, commitmentsByIds, pageIds } from "./queries";
import type { CommitmentFilter } from "./schema";
import type { CommitmentJson } from "./serialize";

export const EXPORT_FORMATS = ["csv", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

// Rows are read in batches so memory stays flat however many rows the filter matches.
const BATCH = 200;

export const CSV_COLUMNS = [
  "id", "title", "kind", "status", "overdue",
  "from_country", "from_organization", "from_person", "to_country", "to_organization", "to_person",
  "sectors", "amount", "currency",
  "quantity_baseline", "quantity_target", "quantity_unit", "quantity_at_least", "quantity_scope",
  "target", "target_precision", "event_id", "event", "document_id", "document", "sources",
] as const;

/**
 * One CSV cell (RFC 4180). Text that a spreadsheet would run as a formula is prefixed with an
 * apostrophe: an export must not execute what a source or an editor typed.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/** A commitment as one CSV row: amounts as decimal text, dates in the form that carries their precision. */
export function commitmentCsvCells(c: CommitmentJson): (string | boolean | null)[] {
  return [
    c.id, c.title, c.kind, c.status, c.overdue,
    c.from.country, c.from.organization?.name ?? null, c.from.person?.name ?? null,
    c.to.country, c.to.organization?.name ?? null, c.to.person?.name ?? null,
    c.sectors.join(";"), c.amount?.value ?? null, c.amount?.currency ?? null,
    c.quantity?.baseline ?? null, c.quantity?.target ?? null, c.quantity?.unit ?? null,
    c.quantity ? c.quantity.atLeast : null, c.quantity?.scope ?? null,
    c.target?.date ?? null, c.target?.precision ?? null,
    c.eventId, c.event?.title ?? null, c.documentId, c.document?.title ?? null,
    [...new Set(c.citations.map((x) => x.sourceId))].join(";"),
  ];
}

/**
 * The ids of the whole filter are read once, in order (25 bytes each: 2.5 MB at 100,000 rows),
 * then the rows a batch at a time. Paging with OFFSET instead re-ran the filter and its sort for
 * every batch, which made a full export quadratic (43 s at 100,000 rows).
 */
async function* batches(filter: CommitmentFilter, today: string): AsyncGenerator<CommitmentJson[]> {
  const ids = await pageIds(filter, today, -1, 0);
  for (let start = 0; start < ids.length; start += BATCH) {
    yield await commitmentsByIds(ids.slice(start, start + BATCH), today, filter.asOf);
  }
}

/** The export of exactly a filter (all its pages), as text chunks to stream. */
export async function* exportCommitments(filter: CommitmentFilter, format: ExportFormat, today: string): AsyncGenerator<string> {
  if (format === "csv") {
    yield csvRow(CSV_COLUMNS);
    for await (const batch of batches(filter, today)) yield batch.map((c) => csvRow(commitmentCsvCells(c))).join("");
    return;
  }
  const total = await countCommitments(filter, today);
  yield `{"asOf":${JSON.stringify(filter.asOf ?? null)},"generated":${JSON.stringify(today)},"total":${total},"data":[`;
  let first = true;
  for await (const batch of batches(filter, today)) {
    for (const c of batch) {
      yield (first ? "" : ",") + JSON.stringify(c);
      first = false;
    }
  }
  yield "]}\n";
}

export function exportFileName(format: ExportFormat, filter: CommitmentFilter, today: string): string {
  return `pact-commitments-${filter.asOf ? `as-of-${filter.asOf}` : toIso({ date: today, precision: "day" })}.${format}`;
}
