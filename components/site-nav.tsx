"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { withAsOf } from "@/lib/as-of/url";

const LINKS = [
  { href: "/", label: "Overview" },
  { href: "/commitments", label: "Commitments" },
  { href: "/events", label: "Events" },
  { href: "/documents", label: "Documents" },
  { href: "/people", label: "People" },
  { href: "/organizations", label: "Organizations" },
  { href: "/sources", label: "Sources" },
  { href: "/countries", label: "Countries" },
  { href: "/search", label: "Search" },
  { href: "/api/docs", label: "API" },
];

/** The main navigation; every link keeps the as-of day the reader chose. */
export function SiteNav() {
  const pathname = usePathname();
  const asOf = useSearchParams().get("asOf") ?? undefined;
  return (
    <nav aria-label="Main" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {LINKS.map(({ href, label }) => {
        const active = href === "/" ? pathname === "/" : pathname.startsWith(href);
        return (
          <Link
            key={href}
            href={withAsOf(href, asOf)}
            aria-current={active ? "page" : undefined}
            className={
              active
                ? "font-semibold text-ink underline underline-offset-4"
                : "text-muted hover:text-ink hover:underline"
            }
          >
            {label}
          </Link>
        );
      })}
    </nav>
  );
}
