import Link from "next/link";
import type { ReactNode } from "react";
import { withAsOf } from "@/lib/as-of/url";

/**
 * A link to another record that keeps the as-of day, so browsing never silently jumps to today.
 * Always underlined (faintly): colour alone does not tell a link apart inside running text.
 */
export function RecordLink({
  href,
  asOf,
  children,
  className = "",
}: {
  href: string;
  asOf: string | undefined;
  children: ReactNode;
  className?: string;
}) {
  return (
    <Link
      href={withAsOf(href, asOf)}
      className={`text-accent underline decoration-accent/30 underline-offset-2 hover:decoration-accent ${className}`}
    >
      {children}
    </Link>
  );
}
