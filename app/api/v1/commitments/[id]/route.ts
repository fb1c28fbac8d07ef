import type { NextRequest } from "next/server";
import { patchWith } from "@/lib/api/record-write";
import { recordPatchSchema } from "@/lib/api/write-schema";
import { handle, jsonError, jsonOk, parseQuery } from "@/lib/api/respond";
import { recordQuerySchema } from "@/lib/as-of/schema";
import { authorizedRoute } from "@/lib/auth/route";
import { updateCommitment } from "@/lib/commitments/mutations";
import { getCommitment } from "@/lib/commitments/queries";
import { commitmentPatchSchema, commitmentWritable } from "@/lib/commitments/write-schema";

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

const patch = patchWith({
  kind: "commitment",
  read: (id) => getCommitment(id),
  writable: commitmentWritable,
  updateSchema: commitmentPatchSchema,
  update: updateCommitment,
});

export const PATCH = authorizedRoute("editor", recordPatchSchema, patch);
