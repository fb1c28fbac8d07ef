import { created, readBack } from "@/lib/api/record-write";
import { authorizedRoute } from "@/lib/auth/route";
import { createOrganization } from "@/lib/organizations/mutations";
import { organizationWriteSchema } from "@/lib/organizations/write-schema";
import type { NextRequest } from "next/server";
import { handle, jsonOk, parseQuery } from "@/lib/api/respond";
import { getOrganization, listOrganizations } from "@/lib/organizations/queries";
import { organizationFilterSchema } from "@/lib/organizations/schema";

export const GET = handle(async (request: NextRequest) => {
  const query = parseQuery(organizationFilterSchema, request.nextUrl.searchParams);
  if (!query.ok) return query.response;
  return jsonOk(await listOrganizations(query.data));
});

export const POST = authorizedRoute(
  "editor",
  organizationWriteSchema,
  async (input, actor) => readBack(getOrganization, (await createOrganization(input, actor)).id),
  created("/api/v1/organizations"),
);
