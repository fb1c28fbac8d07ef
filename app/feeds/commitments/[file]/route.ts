import type { NextRequest } from "next/server";
import { handle, jsonError, parseQuery, taggedOk } from "@/lib/api/respond";
import { recordQuerySchema } from "@/lib/as-of/schema";
import { commitmentFeed } from "@/lib/feeds/queries";
import { commitmentFeedFileSchema } from "@/lib/feeds/schema";
import { ATOM_CONTENT_TYPE } from "@/lib/feeds/url";

// /feeds/commitments/<id>.atom
export const GET = handle(async (request: NextRequest, { params }: { params: Promise<{ file: string }> }) => {
  const file = commitmentFeedFileSchema.safeParse((await params).file);
  if (!file.success) return jsonError("not_found", "A commitment's feed is /feeds/commitments/<id>.atom.", "id");
  const query = parseQuery(recordQuerySchema, request.nextUrl.searchParams);
  if (!query.ok) return query.response;
  const xml = await commitmentFeed(file.data, query.data.asOf);
  return xml
    ? taggedOk(xml, ATOM_CONTENT_TYPE)
    : jsonError("not_found", `No commitment has the id "${file.data}".`, "id");
});
