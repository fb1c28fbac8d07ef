import type { NextRequest } from "next/server";
import { handle, jsonError, parseQuery, taggedOk } from "@/lib/api/respond";
import { recordQuerySchema } from "@/lib/as-of/schema";
import { pairFeed } from "@/lib/feeds/queries";
import { pairFeedFileSchema } from "@/lib/feeds/schema";
import { ATOM_CONTENT_TYPE } from "@/lib/feeds/url";

// /feeds/pairs/VN-KH.atom: what lies between two countries, by the rule of the list's `pair=`.
export const GET = handle(async (request: NextRequest, { params }: { params: Promise<{ file: string }> }) => {
  const file = pairFeedFileSchema.safeParse((await params).file);
  if (!file.success)
    return jsonError("not_found", "A pair's feed is /feeds/pairs/<A>-<B>.atom, such as VN-KH.", "pair");
  const query = parseQuery(recordQuerySchema, request.nextUrl.searchParams);
  if (!query.ok) return query.response;
  const xml = await pairFeed(file.data, query.data.asOf);
  return xml ? taggedOk(xml, ATOM_CONTENT_TYPE) : jsonError("not_found", "No such pair of countries.", "pair");
});
