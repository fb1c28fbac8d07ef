import { authorizedRoute } from "@/lib/auth/route";
import { createToken } from "@/lib/tokens/mutations";
import { tokenCreateSchema } from "@/lib/tokens/schema";

// A token for the logged-in editor, from their own session (same origin): the secret is in this
// answer and nowhere else, so no cache may keep it.
export const POST = authorizedRoute("editor", tokenCreateSchema, (input, actor) => createToken(input, actor), {
  status: 201,
  headers: () => ({ "cache-control": "no-store" }),
});
