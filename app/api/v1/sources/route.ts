import type { NextRequest } from "next/server";
import { handle, jsonOk, parseQuery } from "@/lib/api/respond";
import { listSources } from "@/lib/sources/queries";
import { sourceFilterSchema } from "@/lib/sources/schema";

export const GET = handle(async (request: NextRequest) => {
  const query = parseQuery(sourceFilterSchema, request.nextUrl.searchParams);
  if (!query.ok) return query.response;
  return jsonOk(await listSources(query.data));
});
