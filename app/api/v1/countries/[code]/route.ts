import type { NextRequest } from "next/server";
import { handle, jsonError, jsonOk, parseQuery } from "@/lib/api/respond";
import { recordQuerySchema } from "@/lib/as-of/schema";
import { getCountry } from "@/lib/countries/queries";
import { countryCodeSchema } from "@/lib/countries/schema";

export const GET = handle(async (request: NextRequest, { params }: { params: Promise<{ code: string }> }) => {
  const query = parseQuery(recordQuerySchema, request.nextUrl.searchParams);
  if (!query.ok) return query.response;
  const { code } = await params;
  const parsed = countryCodeSchema.safeParse(code);
  if (!parsed.success) return jsonError("invalid_parameter", parsed.error.issues[0]!.message, "code");
  const country = await getCountry(parsed.data, query.data.asOf);
  return country ? jsonOk(country) : jsonError("not_found", `No country has the code "${parsed.data}".`, "code");
});
