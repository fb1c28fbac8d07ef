import { patchWith } from "@/lib/api/record-write";
import { recordPatchSchema } from "@/lib/api/write-schema";
import { authorizedRoute } from "@/lib/auth/route";
import { updateSource } from "@/lib/sources/mutations";
import { sourcePatchSchema, sourceWritable } from "@/lib/sources/write-schema";
import { handle, jsonError, jsonOk } from "@/lib/api/respond";
import { getSource } from "@/lib/sources/queries";

export const GET = handle(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const source = await getSource(id);
  return source ? jsonOk(source) : jsonError("not_found", `No source has the id "${id}".`, "id");
});

const patch = patchWith({
  kind: "source",
  read: (id) => getSource(id),
  writable: sourceWritable,
  updateSchema: sourcePatchSchema,
  update: updateSource,
});

export const PATCH = authorizedRoute("editor", recordPatchSchema, patch);
