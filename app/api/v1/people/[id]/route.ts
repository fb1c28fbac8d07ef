import { patchWith } from "@/lib/api/record-write";
import { recordPatchSchema } from "@/lib/api/write-schema";
import { authorizedRoute } from "@/lib/auth/route";
import { updatePerson } from "@/lib/people/mutations";
import { personPatchSchema, personWritable } from "@/lib/people/write-schema";
import { handle, jsonError, jsonOk } from "@/lib/api/respond";
import { getPerson, personAliases } from "@/lib/people/queries";

export const GET = handle(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const person = await getPerson(id);
  return person ? jsonOk(person) : jsonError("not_found", `No person has the id "${id}".`, "id");
});

const patch = patchWith({
  kind: "person",
  read: (id) => getPerson(id),
  writable: async (person) => personWritable(person, await personAliases(person.id)),
  updateSchema: personPatchSchema,
  update: updatePerson,
});

export const PATCH = authorizedRoute("editor", recordPatchSchema, patch);
