import "server-only";
import { redirect } from "next/navigation";
import { hasRole, type Actor, type Role } from "./roles";
import { currentActor } from "./session";

/**
 * The caller of a page that needs a role: anonymous callers are sent to log in and come back;
 * a logged-in caller without the role gets "forbidden" for the page to say so.
 */
export async function pageActor(required: Role, path: string): Promise<Actor | "forbidden"> {
  const actor = await currentActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(path)}`);
  return hasRole(actor.role, required) ? actor : "forbidden";
}
