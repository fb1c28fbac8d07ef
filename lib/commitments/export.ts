import type { ExportFormat } from "../api/export-route";
import { prisma } from "../db/client";
import { toIso } from "../dates/partial-date";
import { rangeFromColumns } from "../dates/range";
import { minorToDecimal } from "../money/money";
import { statusesAsOf } from "../status/queries";
import { isOverdue } from "../status/rules";
import { csvRowsRead, type CsvRow } from "./export-sql";
import { countCommitments, commitmentsByIds, pageIds } from "./queries";
import type { CommitmentFilter } from "./schema";
import type { CommitmentJson } from "./serialize";

// Rows are read in batches so memory stays flat however many rows the filter matches.
const BATCH = 200;
const CSV_BATCH = 1000;

export const CSV_COLUMNS = [
  "id",
  "title",
  "kind",
  "status",
  "overdue",
  "direction",
  "from_country",
  "from_organization",
  "from_person",
  "to_country",
  "to_organization",
  "to_person",
  "sectors",
  "amount",
  "currency",
  "amount_qualifier",
  "quantity_baseline",
  "quantity_target",
  "quantity_delta",
  "quantity_unit",
  "quantity_at_least",
  "quantity_scope",
  "target",
  "target_precision",
  "target_end",
  "target_end_precision",
  "event_id",
  "event",
  "document_id",
  "document",
  "sources",
  "citations",
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

async function* batches(filter: CommitmentFilter, today: string): AsyncGenerator<CommitmentJson[]> {
  const ids = await pageIds(filter, today, null, 0);
  for (let start = 0; start < ids.length; start += BATCH) {
    yield await commitmentsByIds(ids.slice(start, start + BATCH), today, filter.asOf);
  }
}

type CsvSide = CsvRow["sides"][number];

/**
 * from_* and to_*: the givers and the receivers, each column listing its entries joined by ";"
 * in the same order (an entry without a person leaves its place empty). For a mutual commitment,
 * from is the first party and to the others, as API v1's `from` and `to`.
 */
function sideCells(sides: CsvSide[]): string[] {
  const mutual = sides.some((s) => s.role === "party");
  const from = mutual ? sides.slice(0, 1) : sides.filter((s) => s.role === "giver");
  const to = mutual ? sides.slice(1) : sides.filter((s) => s.role === "receiver");
  const column = (list: CsvSide[], key: "country" | "organization" | "person") =>
    list.some((s) => s[key]) ? list.map((s) => s[key] ?? "").join(";") : "";
  return [from, to].flatMap((list) => [column(list, "country"), column(list, "organization"), column(list, "person")]);
}

/**
 * A signed decimal (a quantity's change) as a number when it is one exactly: a decrease as text
 * would start with "-" and be defused with an apostrophe, which a spreadsheet then keeps as text.
 */
function signedCell(value: string | null): string | number | null {
  return value !== null && String(Number(value)) === value ? Number(value) : value;
}

function csvCellsOf(c: CsvRow, status: string, day: string): (string | number | boolean | null)[] {
  const target = rangeFromColumns(c.targetDate, c.targetPrecision, c.targetEndDate, c.targetEndPrecision);
  const quantity = (c.quantityTarget !== null || c.quantityDelta !== null) && c.quantityUnit;
  return [
    c.id,
    c.title,
    c.kind,
    status,
    isOverdue(target, status, day),
    c.direction,
    ...sideCells(c.sides),
    c.sectors ?? "",
    c.amountMinor !== null && c.amountCurrency ? minorToDecimal(BigInt(c.amountMinor), c.amountCurrency) : null,
    c.amountMinor !== null ? c.amountCurrency : null,
    // Amounts stored before qualifiers were exact, as the API says.
    c.amountMinor !== null ? (c.amountQualifier ?? "exact") : null,
    quantity ? c.quantityBaseline : null,
    quantity ? c.quantityTarget : null,
    quantity ? signedCell(c.quantityDelta) : null,
    quantity ? c.quantityUnit : null,
    quantity ? Boolean(Number(c.quantityAtLeast)) : null,
    quantity ? c.quantityScope : null,
    target ? toIso(target) : null,
    target?.precision ?? null,
    target?.end ? toIso(target.end) : null,
    target?.end?.precision ?? null,
    c.eventId,
    c.event,
    c.documentId,
    c.document,
    c.sources ?? "",
    // JSON: a list of { source, quote }, what /import reads back (lib/import/citations.ts).
    c.citations.length ? JSON.stringify(c.citations) : "",
  ];
}

async function* csvBatches(filter: CommitmentFilter, today: string): AsyncGenerator<string> {
  const ids = await pageIds(filter, today, null, 0);
  for (let start = 0; start < ids.length; start += CSV_BATCH) {
    const slice = ids.slice(start, start + CSV_BATCH);
    const [rows, asOfStatus] = await Promise.all([
      csvRowsRead.run(prisma, slice),
      filter.asOf ? statusesAsOf(slice, filter.asOf) : null,
    ]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    yield slice
      .map((id) => {
        const row = byId.get(id);
        return row ? csvRow(csvCellsOf(row, asOfStatus?.get(id) ?? row.status, filter.asOf ?? today)) : "";
      })
      .join("");
  }
}

/** The export of exactly a filter (all its pages), as text chunks to stream. */
export async function* exportCommitments(
  filter: CommitmentFilter,
  format: ExportFormat,
  today: string,
): AsyncGenerator<string> {
  if (format === "csv") {
    yield csvRow(CSV_COLUMNS);
    yield* csvBatches(filter, today);
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
