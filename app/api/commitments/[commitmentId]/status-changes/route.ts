import { authorizedRoute } from "@/lib/auth/route";
import { changeStatus } from "@/lib/status/mutations";
import { statusChangeInputSchema } from "@/lib/status/schema";

// The same status change as the commitment page's form, for scripts and other tools (JSON,
// session cookie, same-origin only).
export const POST = authorizedRoute("editor", statusChangeInputSchema, (input, actor) => changeStatus(input, actor), {
  status: 201,
});
