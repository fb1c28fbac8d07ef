import type { NextRequest } from "next/server";
import { handle, jsonOk, parseQuery } from "@/lib/api/respond";
import { listOrganizations } from "@/lib/organizations/queries";
import { organizationFilterSchema } from "@/lib/organizations/schema";

export const GET = handle(async (request: NextRequest) => {
  const query = parseQuery(organizationFilterSchema, request.nextUrl.searchParams);
  if (!query.ok) return query.response;
  return jsonOk(await listOrganizations(query.data));
});
