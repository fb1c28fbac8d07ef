import type { NextRequest } from "next/server";
import { readAsOf, withAsOf } from "@/lib/as-of/url";
import { countryJumpPath } from "@/lib/countries/pair";

// Where the "open a country or a pair" form of /countries sends its two codes: a redirect to the
// country's or the pair's page (a page cannot answer one once its loading state has streamed), or
// back to the list when the first code is missing. A static segment, so it wins over [countries].
export function GET(request: NextRequest) {
  const params = Object.fromEntries(request.nextUrl.searchParams);
  const target = withAsOf(countryJumpPath(params) ?? "/countries", readAsOf(params));
  return new Response(null, { status: 303, headers: { location: target } });
}
