import type { NextRequest } from "next/server";
import { handle, jsonError, parseQuery } from "@/lib/api/respond";
import { EXPORT_FORMATS, exportCommitments, exportFileName, type ExportFormat } from "@/lib/commitments/export";
import { commitmentFilterSchema } from "@/lib/commitments/schema";
import { todayIso } from "@/lib/dates/partial-date";
import { streamText } from "@/lib/api/stream";

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

export const GET = handle((request: NextRequest) => {
  const params = new URLSearchParams(request.nextUrl.searchParams);
  const format = params.get("format") ?? "csv";
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    return jsonError("invalid_parameter", `format: use ${EXPORT_FORMATS.join(" or ")}`, "format");
  }
  params.delete("format");
  const query = parseQuery(commitmentFilterSchema, params);
  if (!query.ok) return query.response;
  const today = todayIso();
  const kind = format as ExportFormat;
  return new Response(streamText(exportCommitments(query.data, kind, today)), {
    headers: {
      "content-type": CONTENT_TYPES[kind],
      "content-disposition": `attachment; filename="${exportFileName(kind, query.data, today)}"`,
      "cache-control": "no-store",
    },
  });
});
