import type { NextRequest } from "next/server";
import { handle, jsonOk, parseQuery } from "@/lib/api/respond";
import { searchCountries } from "@/lib/countries/queries";
import { countryListQuerySchema } from "@/lib/countries/schema";

export const GET = handle(async (request: NextRequest) => {
  const query = parseQuery(countryListQuerySchema, request.nextUrl.searchParams);
  if (!query.ok) return query.response;
  return jsonOk({ data: await searchCountries(query.data) });
});
