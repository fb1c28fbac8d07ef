import type { NextRequest } from "next/server";
import { handle, jsonOk, parseQuery } from "@/lib/api/respond";
import { listDocuments } from "@/lib/documents/queries";
import { documentFilterSchema } from "@/lib/documents/schema";

export const GET = handle(async (request: NextRequest) => {
  const query = parseQuery(documentFilterSchema, request.nextUrl.searchParams);
  if (!query.ok) return query.response;
  return jsonOk(await listDocuments(query.data));
});
