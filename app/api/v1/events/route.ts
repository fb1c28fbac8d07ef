import { created, createThenRead } from "@/lib/api/record-write";
import { authorizedRoute } from "@/lib/auth/route";
import { createEvent } from "@/lib/events/mutations";
import { eventWriteSchema } from "@/lib/events/write-schema";
import type { NextRequest } from "next/server";
import { handle, jsonOk, parseQuery } from "@/lib/api/respond";
import { getEvent, listEvents } from "@/lib/events/queries";
import { eventFilterSchema } from "@/lib/events/schema";

export const GET = handle(async (request: NextRequest) => {
  const query = parseQuery(eventFilterSchema, request.nextUrl.searchParams);
  if (!query.ok) return query.response;
  return jsonOk(await listEvents(query.data));
});

const createAndRead = createThenRead(createEvent, getEvent);
const options = created("/api/v1/events");

export const POST = authorizedRoute("editor", eventWriteSchema, createAndRead, options);
