import type { NextRequest } from "next/server";
import { handle, jsonOk, parseQuery } from "@/lib/api/respond";
import { listPeople } from "@/lib/people/queries";
import { personFilterSchema } from "@/lib/people/schema";

export const GET = handle(async (request: NextRequest) => {
  const query = parseQuery(personFilterSchema, request.nextUrl.searchParams);
  if (!query.ok) return query.response;
  return jsonOk(await listPeople(query.data));
});
