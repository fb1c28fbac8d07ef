import type { NextRequest } from "next/server";
import { handle, jsonOk, parseQuery } from "@/lib/api/respond";
import { listEvents } from "@/lib/events/queries";
import { eventFilterSchema } from "@/lib/events/schema";

export const GET = handle(async (request: NextRequest) => {
  const query = parseQuery(eventFilterSchema, request.nextUrl.searchParams);
  if (!query.ok) return query.response;
  return jsonOk(await listEvents(query.data));
});
