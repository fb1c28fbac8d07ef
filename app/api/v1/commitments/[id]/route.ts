import type { NextRequest } from "next/server";
import { handle, jsonError, jsonOk, parseQuery } from "@/lib/api/respond";
import { recordQuerySchema } from "@/lib/as-of/schema";
import { getCommitment } from "@/lib/commitments/queries";

export const GET = handle(async (request: NextRequest, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const query = parseQuery(recordQuerySchema, request.nextUrl.searchParams);
  if (!query.ok) return query.response;
  const commitment = await getCommitment(id, query.data.asOf);
  return commitment
    ? jsonOk(commitment)
    : jsonError(
        "not_found",
        `No commitment has the id "${id}"${query.data.asOf ? ` as of ${query.data.asOf}` : ""}.`,
        "id",
      );
});
