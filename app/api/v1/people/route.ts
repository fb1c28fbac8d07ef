import { created, readBack } from "@/lib/api/record-write";
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

export const POST = authorizedRoute(
  "editor",
  personWriteSchema,
  async (input, actor) => readBack(getPerson, (await createPerson(input, actor)).id),
  created("/api/v1/people"),
);
