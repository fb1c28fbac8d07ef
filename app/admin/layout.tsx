import Link from "next/link";
import type { ReactNode } from "react";
import { Forbidden } from "@/components/auth/forbidden";
import { pageActor } from "@/lib/auth/page";

const ADMIN_PAGES = [
  { href: "/admin/users", label: "Accounts" },
  { href: "/admin/sectors", label: "Sectors" },
  { href: "/admin/webhooks", label: "Webhooks" },
  { href: "/admin/audit", label: "Audit log" },
];

// Checked above the pages' loading boundary: an anonymous visitor gets a real redirect to the
// login, not one streamed after the page began. The pages check again for themselves.
export default async function Layout({ children }: { children: ReactNode }) {
  const actor = await pageActor("admin", "/admin");
  if (actor === "forbidden") return <Forbidden role="admin" />;
  return (
    <div className="space-y-6">
      <nav aria-label="Admin" className="flex flex-wrap gap-x-4 gap-y-1 border-b border-line pb-2 text-sm">
        {ADMIN_PAGES.map(({ href, label }) => (
          <Link key={href} href={href} className="text-accent hover:underline">
            {label}
          </Link>
        ))}
      </nav>
      {children}
    </div>
  );
}
