import { handle, jsonError, jsonOk } from "@/lib/api/respond";
import { getSource } from "@/lib/sources/queries";

export const GET = handle(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const source = await getSource(id);
  return source ? jsonOk(source) : jsonError("not_found", `No source has the id "${id}".`, "id");
});
