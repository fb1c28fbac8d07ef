import { patchWith } from "@/lib/api/record-write";
import { recordPatchSchema } from "@/lib/api/write-schema";
import { authorizedRoute } from "@/lib/auth/route";
import { updateEvent } from "@/lib/events/mutations";
import { eventPatchSchema, eventWritable } from "@/lib/events/write-schema";
import { handle, jsonError, jsonOk } from "@/lib/api/respond";
import { getEvent } from "@/lib/events/queries";

export const GET = handle(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const event = await getEvent(id);
  return event ? jsonOk(event) : jsonError("not_found", `No event has the id "${id}".`, "id");
});

const patch = patchWith({
  kind: "event",
  read: (id) => getEvent(id),
  writable: eventWritable,
  updateSchema: eventPatchSchema,
  update: updateEvent,
});

export const PATCH = authorizedRoute("editor", recordPatchSchema, patch);
