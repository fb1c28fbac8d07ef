import { patchWith } from "@/lib/api/record-write";
import { recordPatchSchema } from "@/lib/api/write-schema";
import { authorizedRoute } from "@/lib/auth/route";
import { updateOrganization } from "@/lib/organizations/mutations";
import { organizationPatchSchema, organizationWritable } from "@/lib/organizations/write-schema";
import { handle, jsonError, jsonOk } from "@/lib/api/respond";
import { getOrganization } from "@/lib/organizations/queries";

export const GET = handle(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const organization = await getOrganization(id);
  return organization ? jsonOk(organization) : jsonError("not_found", `No organization has the id "${id}".`, "id");
});

const patch = patchWith({
  kind: "organization",
  read: (id) => getOrganization(id),
  writable: organizationWritable,
  updateSchema: organizationPatchSchema,
  update: updateOrganization,
});

export const PATCH = authorizedRoute("editor", recordPatchSchema, patch);
