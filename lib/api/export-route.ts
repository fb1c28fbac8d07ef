import type { NextRequest } from "next/server";
import type { z } from "zod";
import { todayIso, toIso } from "../dates/partial-date";
import { handle, jsonError, parseQuery } from "./respond";
import { streamText } from "./stream";

// GET /api/v1/exports/{records}: a list's filter, every page of it, streamed as CSV or JSON. The
// commitments and the events exports differ only in their filter and their rows.

export const EXPORT_FORMATS = ["csv", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

/** The file an export is saved as: pact-{records}-{today}, or -as-of-{day} for a filter as of a day. */
export function exportFileName(records: string, format: ExportFormat, asOf: string | undefined, today: string) {
  return `pact-${records}-${asOf ? `as-of-${asOf}` : toIso({ date: today, precision: "day" })}.${format}`;
}

/** The route handler of one export. */
export function exportRoute<S extends z.ZodType<{ asOf?: string | undefined }>>(
  records: string,
  filterSchema: S,
  rows: (filter: z.output<S>, format: ExportFormat, today: string) => AsyncGenerator<string>,
) {
  return handle((request: NextRequest) => {
    const params = new URLSearchParams(request.nextUrl.searchParams);
    const format = params.get("format") ?? "csv";
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
      return jsonError("invalid_parameter", `format: use ${EXPORT_FORMATS.join(" or ")}`, "format");
    }
    params.delete("format");
    const query = parseQuery(filterSchema, params);
    if (!query.ok) return query.response;
    const today = todayIso();
    const kind = format as ExportFormat;
    return new Response(streamText(rows(query.data, kind, today)), {
      headers: {
        "content-type": CONTENT_TYPES[kind],
        "content-disposition": `attachment; filename="${exportFileName(records, kind, query.data.asOf, today)}"`,
        "cache-control": "no-store",
      },
    });
  });
}
