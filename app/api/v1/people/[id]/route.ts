import { handle, jsonError, jsonOk } from "@/lib/api/respond";
import { getPerson } from "@/lib/people/queries";

export const GET = handle(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const person = await getPerson(id);
  return person ? jsonOk(person) : jsonError("not_found", `No person has the id "${id}".`, "id");
});
