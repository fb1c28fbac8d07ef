import { deprecationHeaders } from "@/lib/api/deprecation";
import { authorizedRoute } from "@/lib/auth/route";
import { changeStatus } from "@/lib/status/mutations";
import { statusChangeInputSchema } from "@/lib/status/schema";

// Deprecated for POST /api/v1/commitments/{id}/status-changes, and kept answering for a release
// so that scripts written against it have time to move.
export const POST = authorizedRoute("editor", statusChangeInputSchema, (input, actor) => changeStatus(input, actor), {
  status: 201,
  idempotent: true,
  headers: (change) =>
    deprecationHeaders(`/api/v1/commitments/${encodeURIComponent(change.commitmentId)}/status-changes`),
});
