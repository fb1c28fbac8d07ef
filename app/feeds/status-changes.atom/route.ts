import type { NextRequest } from "next/server";
import { handle, parseQuery, taggedOk } from "@/lib/api/respond";
import { recordQuerySchema } from "@/lib/as-of/schema";
import { allChangesFeed } from "@/lib/feeds/queries";
import { ATOM_CONTENT_TYPE } from "@/lib/feeds/url";

export const GET = handle(async (request: NextRequest) => {
  const query = parseQuery(recordQuerySchema, request.nextUrl.searchParams);
  if (!query.ok) return query.response;
  return taggedOk(await allChangesFeed(query.data.asOf), ATOM_CONTENT_TYPE);
});
