import { z } from "zod";
import { authorizedRoute } from "@/lib/auth/route";
import { idSchema } from "@/lib/records/schema";
import { revokeToken } from "@/lib/tokens/mutations";

// Revokes one of the caller's tokens (a script rotating its own works with the token itself).
export const DELETE = authorizedRoute("editor", z.object({ id: idSchema }), (input, actor) =>
  revokeToken(input.id, actor),
);
