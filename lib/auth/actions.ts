"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { toFailure, type ActionResult } from "../errors/failure";
import { authorized, parseInput } from "./guard";
import { logIn, logOut } from "./login";
import { loginSchema } from "./schema";

/**
 * Logging in is the one action open to anonymous callers: it is how a session starts. It is
 * rate limited (lib/auth/login.ts) like the JSON route.
 */
export async function loginAction(input: unknown): Promise<ActionResult<{ userId: string }>> {
  try {
    return { ok: true, data: await logIn(parseInput(loginSchema, input), await headers()) };
  } catch (error) {
    return { ok: false, error: toFailure(error) };
  }
}

export const logoutAction = authorized("viewer", z.object({}), async (_input, actor) => {
  await logOut(await headers(), actor.id);
  return { loggedOut: true };
});
