import { handle, jsonError, jsonOk } from "@/lib/api/respond";
import { getEvent } from "@/lib/events/queries";

export const GET = handle(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const event = await getEvent(id);
  return event ? jsonOk(event) : jsonError("not_found", `No event has the id "${id}".`, "id");
});
