import { handle, jsonError, jsonOk } from "@/lib/api/respond";
import { getCommitment } from "@/lib/commitments/queries";

export const GET = handle(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const commitment = await getCommitment(id);
  return commitment ? jsonOk(commitment) : jsonError("not_found", `No commitment has the id "${id}".`, "id");
});
