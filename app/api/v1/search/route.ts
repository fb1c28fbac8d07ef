import type { NextRequest } from "next/server";
import { handle, jsonOk, parseQuery } from "@/lib/api/respond";
import { search } from "@/lib/search/queries";
import { searchQuerySchema } from "@/lib/search/schema";

export const GET = handle(async (request: NextRequest) => {
  const query = parseQuery(searchQuerySchema, request.nextUrl.searchParams);
  if (!query.ok) return query.response;
  return jsonOk(await search(query.data));
});
