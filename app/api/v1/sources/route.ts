import { created, createThenRead } from "@/lib/api/record-write";
import { authorizedRoute } from "@/lib/auth/route";
import { createSource } from "@/lib/sources/mutations";
import { sourceWriteSchema } from "@/lib/sources/write-schema";
import type { NextRequest } from "next/server";
import { handle, jsonOk, parseQuery } from "@/lib/api/respond";
import { getSource, listSources } from "@/lib/sources/queries";
import { sourceFilterSchema } from "@/lib/sources/schema";

export const GET = handle(async (request: NextRequest) => {
  const query = parseQuery(sourceFilterSchema, request.nextUrl.searchParams);
  if (!query.ok) return query.response;
  return jsonOk(await listSources(query.data));
});

const createAndRead = createThenRead(createSource, getSource);
const options = created("/api/v1/sources");

export const POST = authorizedRoute("editor", sourceWriteSchema, createAndRead, options);
