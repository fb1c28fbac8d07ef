import { patchWith } from "@/lib/api/record-write";
import { recordPatchSchema } from "@/lib/api/write-schema";
import { authorizedRoute } from "@/lib/auth/route";
import { updateDocument } from "@/lib/documents/mutations";
import { documentPatchSchema, documentWritable } from "@/lib/documents/write-schema";
import { handle, jsonError, jsonOk } from "@/lib/api/respond";
import { getDocument } from "@/lib/documents/queries";

export const GET = handle(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const document = await getDocument(id);
  return document ? jsonOk(document) : jsonError("not_found", `No document has the id "${id}".`, "id");
});

const patch = patchWith({
  kind: "document",
  read: (id) => getDocument(id),
  writable: documentWritable,
  updateSchema: documentPatchSchema,
  update: updateDocument,
});

export const PATCH = authorizedRoute("editor", recordPatchSchema, patch);
