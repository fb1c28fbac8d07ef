import { created, createThenRead } from "@/lib/api/record-write";
import { authorizedRoute } from "@/lib/auth/route";
import { createPerson } from "@/lib/people/mutations";
import { personWriteSchema } from "@/lib/people/write-schema";
import type { NextRequest } from "next/server";
import { handle, jsonOk, parseQuery } from "@/lib/api/respond";
import { getPerson, listPeople } from "@/lib/people/queries";
import { personFilterSchema } from "@/lib/people/schema";

export const GET = handle(async (request: NextRequest) => {
  const query = parseQuery(personFilterSchema, request.nextUrl.searchParams);
  if (!query.ok) return query.response;
  return jsonOk(await listPeople(query.data));
});

const createAndRead = createThenRead(createPerson, getPerson);
const options = created("/api/v1/people");

export const POST = authorizedRoute("editor", personWriteSchema, createAndRead, options);
