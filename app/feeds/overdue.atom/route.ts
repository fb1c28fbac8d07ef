import type { NextRequest } from "next/server";
import { handle, parseQuery, taggedOk } from "@/lib/api/respond";
import { commitmentFilterSchema } from "@/lib/commitments/schema";
import { overdueFeed } from "@/lib/feeds/queries";
import { ATOM_CONTENT_TYPE } from "@/lib/feeds/url";

// The list's parameters narrow it (`?pair=VN-KH`); `overdue` itself is implied.
export const GET = handle(async (request: NextRequest) => {
  const query = parseQuery(commitmentFilterSchema, request.nextUrl.searchParams);
  if (!query.ok) return query.response;
  return taggedOk(await overdueFeed(query.data), ATOM_CONTENT_TYPE);
});
