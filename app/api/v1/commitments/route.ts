import type { NextRequest } from "next/server";
import { handle, jsonOk, parseQuery } from "@/lib/api/respond";
import { listCommitmentSummaries, listCommitments } from "@/lib/commitments/queries";
import { commitmentFilterSchema, listViewSchema } from "@/lib/commitments/schema";

export const GET = handle(async (request: NextRequest) => {
  const params = new URLSearchParams(request.nextUrl.searchParams);
  const view = parseQuery(listViewSchema, new URLSearchParams(params.getAll("view").map((value) => ["view", value])));
  if (!view.ok) return view.response;
  params.delete("view");
  const query = parseQuery(commitmentFilterSchema, params);
  if (!query.ok) return query.response;
  return jsonOk(await (view.data.view === "summary" ? listCommitmentSummaries : listCommitments)(query.data));
});
