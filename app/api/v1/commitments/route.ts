import type { NextRequest } from "next/server";
import { created, createThenRead } from "@/lib/api/record-write";
import { handle, jsonOk, parseQuery } from "@/lib/api/respond";
import { authorizedRoute } from "@/lib/auth/route";
import { createCommitment } from "@/lib/commitments/mutations";
import { getCommitment, listCommitmentSummaries, listCommitments } from "@/lib/commitments/queries";
import { commitmentFilterSchema, listViewSchema } from "@/lib/commitments/schema";
import { commitmentWriteSchema } from "@/lib/commitments/write-schema";

export const GET = handle(async (request: NextRequest) => {
  const params = new URLSearchParams(request.nextUrl.searchParams);
  const view = parseQuery(listViewSchema, new URLSearchParams(params.getAll("view").map((value) => ["view", value])));
  if (!view.ok) return view.response;
  params.delete("view");
  const query = parseQuery(commitmentFilterSchema, params);
  if (!query.ok) return query.response;
  return jsonOk(await (view.data.view === "summary" ? listCommitmentSummaries : listCommitments)(query.data));
});

const createAndRead = createThenRead(createCommitment, getCommitment);
const options = created("/api/v1/commitments");

export const POST = authorizedRoute("editor", commitmentWriteSchema, createAndRead, options);
