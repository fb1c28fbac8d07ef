import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { auth } from "./auth";
import { isRole, type Actor } from "./roles";
import { cachedActor, rememberActor, sessionGeneration } from "./session-cache";

/**
 * Who is calling, from the session cookie checked against the database; null when nobody. Once
 * per request, and reused for a few seconds per cookie (lib/auth/session-cache.ts says how long a
 * revoked session can last).
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const name = (await auth.$context).authCookies.sessionToken.name;
  const cookie = (await cookies()).get(name)?.value;
  const known = cookie ? cachedActor(cookie) : null;
  if (known) return known;
  const generation = sessionGeneration();
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const user = session.user as typeof session.user & { role?: unknown; banned?: boolean | null };
  if (user.banned) return null;
  const actor: Actor = { id: user.id, email: user.email, name: user.name, role: isRole(user.role) ? user.role : "viewer" };
  if (cookie) rememberActor(cookie, actor, session.session.expiresAt, generation);
  return actor;
});

/** Reading needs an account only when PACT_PUBLIC_READ=false. */
export function publicRead(): boolean {
  return process.env.PACT_PUBLIC_READ?.trim().toLowerCase() !== "false";
}
