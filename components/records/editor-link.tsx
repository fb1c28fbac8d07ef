import Link from "next/link";
import type { ReactNode } from "react";
import { hasRole } from "@/lib/auth/roles";
import { currentActor } from "@/lib/auth/session";

/**
 * A link only editors see: "New …" on lists, "Edit" on records. Hiding it is a courtesy; the page
 * it opens checks the role on the server, and so does every action behind it.
 */
export async function EditorLink({ href, children }: { href: string; children: ReactNode }) {
  const actor = await currentActor();
  if (!actor || !hasRole(actor.role, "editor")) return null;
  return (
    <Link
      href={href}
      className="rounded border border-accent px-3 py-1.5 text-sm font-medium text-accent hover:bg-accent hover:text-white"
    >
      {children}
    </Link>
  );
}
