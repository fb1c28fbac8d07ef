import type { NextRequest } from "next/server";
import { handle, jsonOk, parseQuery } from "@/lib/api/respond";
import { listCommitments } from "@/lib/commitments/queries";
import { commitmentFilterSchema } from "@/lib/commitments/schema";

export const GET = handle(async (request: NextRequest) => {
  const query = parseQuery(commitmentFilterSchema, request.nextUrl.searchParams);
  if (!query.ok) return query.response;
  return jsonOk(await listCommitments(query.data));
});
