import type { NextRequest } from "next/server";
import { handle, parseQuery, taggedOk } from "@/lib/api/respond";
import { commitmentFilterSchema } from "@/lib/commitments/schema";
import { filterFeed } from "@/lib/feeds/queries";
import { ATOM_CONTENT_TYPE } from "@/lib/feeds/url";

// The parameters of /commitments, read by the list's own schema: a page's address with
// /feeds/commitments.atom in front follows the status changes of exactly what the page shows.
export const GET = handle(async (request: NextRequest) => {
  const query = parseQuery(commitmentFilterSchema, request.nextUrl.searchParams);
  if (!query.ok) return query.response;
  return taggedOk(await filterFeed(query.data), ATOM_CONTENT_TYPE);
});
