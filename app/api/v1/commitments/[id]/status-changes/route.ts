import { authorizedRoute } from "@/lib/auth/route";
import { changeStatus } from "@/lib/status/mutations";
import { statusChangeRouteSchema } from "@/lib/status/schema";

// The commitment page's status change, for scripts and other tools: the same input and rules.
export const POST = authorizedRoute("editor", statusChangeRouteSchema, (input, actor) => changeStatus(input, actor), {
  status: 201,
  idempotent: true,
});
