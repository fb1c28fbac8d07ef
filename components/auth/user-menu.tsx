import Link from "next/link";
import { currentActor } from "@/lib/auth/session";
import { hasRole, ROLE_LABELS } from "@/lib/auth/roles";
import { LogoutButton } from "./logout-button";

/** Who is logged in, with the pages their role opens; a login link for everyone else. */
export async function UserMenu() {
  const actor = await currentActor();
  if (!actor)
    return (
      <Link href="/login" className="text-sm text-accent hover:underline">
        Log in
      </Link>
    );
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <span className="text-muted">
        {actor.name} · {ROLE_LABELS[actor.role]}
      </span>
      {hasRole(actor.role, "editor") ? (
        <Link href="/editor" className="text-accent hover:underline">
          Queue
        </Link>
      ) : null}
      {hasRole(actor.role, "editor") ? (
        <Link href="/account/tokens" className="text-accent hover:underline">
          API tokens
        </Link>
      ) : null}
      {hasRole(actor.role, "editor") ? (
        <Link href="/import" className="text-accent hover:underline">
          Import
        </Link>
      ) : null}
      {hasRole(actor.role, "admin") ? (
        <Link href="/admin/users" className="text-accent hover:underline">
          Users
        </Link>
      ) : null}
      {hasRole(actor.role, "admin") ? (
        <Link href="/admin/audit" className="text-accent hover:underline">
          Audit log
        </Link>
      ) : null}
      <LogoutButton />
    </div>
  );
}
