import { handle, jsonError, jsonOk } from "@/lib/api/respond";
import { getOrganization } from "@/lib/organizations/queries";

export const GET = handle(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const organization = await getOrganization(id);
  return organization ? jsonOk(organization) : jsonError("not_found", `No organization has the id "${id}".`, "id");
});
