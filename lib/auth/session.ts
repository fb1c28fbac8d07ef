import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { auth } from "./auth";
import { isRole, type Actor } from "./roles";
import { cachedActor, cookieValue, rememberActor, sessionGeneration, tokenOf } from "./session-cache";
import { markTokenUsed } from "../tokens/mutations";
import { tokenUse } from "../tokens/queries";
import { bearerSecret } from "../tokens/secret";

/**
 * Who is calling: from an `Authorization: Bearer` API token when the request has one (a bad
 * token is nobody, never a fallback to the cookie), else from the session cookie checked against
 * the database; null when nobody. Once per request; a session is reused for a few seconds per
 * cookie (lib/auth/session-cache.ts says how long a revoked session can last), a token is checked
 * every time, so revoking it takes effect at once.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const requestHeaders = await headers();
  const secret = bearerSecret(requestHeaders.get("authorization"));
  return secret === null ? sessionActor(requestHeaders) : tokenActor(secret);
});

async function tokenActor(secret: string): Promise<Actor | null> {
  const use = secret ? await tokenUse(secret) : null;
  if (!use) return null;
  await markTokenUsed(use.actor.tokenId!, use.lastUsedAt);
  return use.actor;
}

async function sessionActor(requestHeaders: Headers): Promise<Actor | null> {
  // Key and check from the same request headers: after an action sets a cookie, Next updates
  // cookies() but not headers(), and a key from one with a session from the other would tie a
  // new cookie to the previous account.
  const name = (await auth.$context).authCookies.sessionToken.name;
  const cookie = cookieValue(requestHeaders.get("cookie"), name);
  const known = cookie ? cachedActor(cookie) : null;
  if (known) return known;
  const generation = sessionGeneration();
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const user = session.user as typeof session.user & { role?: unknown; banned?: boolean | null };
  if (user.banned) return null;
  const actor: Actor = {
    id: user.id,
    email: user.email,
    name: user.name,
    role: isRole(user.role) ? user.role : "viewer",
  };
  // Kept only when the verified session is the one this very cookie names.
  if (cookie && tokenOf(cookie) === session.session.token)
    rememberActor(cookie, actor, session.session.expiresAt, generation);
  return actor;
}

/** Reading needs an account only when PACT_PUBLIC_READ=false. */
export function publicRead(): boolean {
  return process.env.PACT_PUBLIC_READ?.trim().toLowerCase() !== "false";
}
