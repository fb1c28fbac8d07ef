import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { auth } from "./auth";
import { isRole, type Actor } from "./roles";

/** Who is calling, from the session cookie checked against the database; null when nobody. Once per request. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const user = session.user as typeof session.user & { role?: unknown; banned?: boolean | null };
  if (user.banned) return null;
  return { id: user.id, email: user.email, name: user.name, role: isRole(user.role) ? user.role : "viewer" };
});

/** Reading needs an account only when PACT_PUBLIC_READ=false. */
export function publicRead(): boolean {
  return process.env.PACT_PUBLIC_READ?.trim().toLowerCase() !== "false";
}
