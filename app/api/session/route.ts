import { headers } from "next/headers";
import { NextResponse } from "next/server";
import { jsonOk } from "@/lib/api/respond";
import { parseInput } from "@/lib/auth/guard";
import { logIn, logOut } from "@/lib/auth/login";
import { checkOrigin, authorizedRoute, readJson } from "@/lib/auth/route";
import { loginSchema } from "@/lib/auth/schema";
import { statusOf } from "@/lib/errors/codes";
import { toFailure } from "@/lib/errors/failure";
import { z } from "zod";

/**
 * Log in with JSON, for scripts. Like the login form it is open to anonymous callers (it starts
 * the session), checks the Origin and is rate limited.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    checkOrigin(request);
    // Size-limited like every other JSON route: an anonymous caller must not make it parse megabytes.
    const body = await readJson(request);
    return jsonOk(await logIn(parseInput(loginSchema, body), await headers()));
  } catch (error) {
    const failure = toFailure(error);
    return NextResponse.json({ error: failure }, { status: statusOf(failure.code) });
  }
}

export const DELETE = authorizedRoute("viewer", z.object({}), async (_input, actor) => {
  await logOut(await headers(), actor.id);
  return { loggedOut: true };
});
