import { csvRow } from "../commitments/export";
import { prisma, type Prisma } from "../db/client";
import { fromColumns, toIso } from "../dates/partial-date";
import { EVENT_EXPORT_FIELDS } from "../import/schema";
import { inIdOrder, pageOfIds } from "../records/list-sql";
import { eventConditions, eventOrderSql } from "./filter-sql";
import { eventSelect } from "./rows";
import type { EventFilter } from "./schema";
import { toEventJson } from "./serialize";

// The events export: the CSV has exactly the columns /import reads back as events (its field
// table, lib/import/schema.ts EVENT_EXPORT_FIELDS), so an export imports into another Pact as it is;
// the JSON is API v1's events, every page of the filter. Participants are not in the CSV: the
// import does not take them.

/** The CSV's header: the events import's own field names, in one place. */
export const EVENT_CSV_COLUMNS = EVENT_EXPORT_FIELDS;

// Ids are read a page at a time, and each page's rows by id, so memory stays flat.
const BATCH = 500;

const csvSelect = {
  id: true,
  titleEn: true,
  titleFr: true,
  kind: true,
  description: true,
  startDate: true,
  startPrecision: true,
  endDate: true,
  endPrecision: true,
  location: true,
  hostCountryCode: true,
  visitingCountryCode: true,
  parentId: true,
  documentsSigned: true,
  // The commitments export's order of quotes: by source, then by place in its text.
  citations: {
    select: { sourceId: true, quote: true },
    orderBy: [{ sourceId: "asc" }, { startOffset: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.EventSelect;

async function* idBatches(filter: EventFilter): AsyncGenerator<{ ids: string[]; total: number }> {
  const conditions = eventConditions(filter);
  const order = eventOrderSql(filter.sort);
  for (let page = 1; ; page++) {
    const batch = await pageOfIds("Event", conditions, order, { page, pageSize: BATCH });
    yield batch;
    if (page * BATCH >= batch.total) return;
  }
}

function dateCell(date: string | null, precision: string | null): string | null {
  const partial = fromColumns(date, precision);
  return partial ? toIso(partial) : null;
}

async function* csvBatches(filter: EventFilter): AsyncGenerator<string> {
  for await (const { ids } of idBatches(filter)) {
    const rows = inIdOrder(ids, await prisma.event.findMany({ where: { id: { in: ids } }, select: csvSelect }));
    yield rows
      .map((e) =>
        csvRow([
          e.id,
          e.titleEn,
          e.titleFr,
          e.kind,
          e.description,
          dateCell(e.startDate, e.startPrecision),
          dateCell(e.endDate, e.endPrecision),
          e.location,
          e.hostCountryCode,
          e.visitingCountryCode,
          e.parentId,
          e.documentsSigned,
          // JSON: a list of { source, quote }, as the commitments export writes it.
          e.citations.length ? JSON.stringify(e.citations.map((c) => ({ source: c.sourceId, quote: c.quote }))) : "",
        ]),
      )
      .join("");
  }
}

/** The export of exactly an events filter (all its pages), as text chunks to stream. */
export async function* exportEvents(
  filter: EventFilter,
  format: "csv" | "json",
  today: string,
): AsyncGenerator<string> {
  if (format === "csv") {
    yield csvRow(EVENT_CSV_COLUMNS);
    yield* csvBatches(filter);
    return;
  }
  let opened = false;
  let comma = false;
  for await (const { ids, total } of idBatches(filter)) {
    if (!opened)
      yield `{"asOf":${JSON.stringify(filter.asOf ?? null)},"generated":${JSON.stringify(today)},"total":${total},"data":[`;
    opened = true;
    const rows = inIdOrder(ids, await prisma.event.findMany({ where: { id: { in: ids } }, select: eventSelect }));
    for (const row of rows) {
      yield (comma ? "," : "") + JSON.stringify(toEventJson(row));
      comma = true;
    }
  }
  yield "]}\n";
}
