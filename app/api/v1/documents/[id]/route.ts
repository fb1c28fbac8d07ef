import { handle, jsonError, jsonOk } from "@/lib/api/respond";
import { getDocument } from "@/lib/documents/queries";

export const GET = handle(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const document = await getDocument(id);
  return document ? jsonOk(document) : jsonError("not_found", `No document has the id "${id}".`, "id");
});
