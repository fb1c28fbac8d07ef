import { created, createThenRead } from "@/lib/api/record-write";
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

const createAndRead = createThenRead(createOrganization, getOrganization);
const options = created("/api/v1/organizations");

export const POST = authorizedRoute("editor", organizationWriteSchema, createAndRead, options);
