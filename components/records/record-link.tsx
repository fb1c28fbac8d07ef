import Link from "next/link";
import type { ReactNode } from "react";
import { withAsOf } from "@/lib/as-of/url";

/** A link to another record that keeps the as-of day, so browsing never silently jumps to today. */
export function RecordLink({ href, asOf, children, className = "" }: { href: string; asOf: string | undefined; children: ReactNode; className?: string }) {
  return (
    <Link href={withAsOf(href, asOf)} className={`text-accent underline-offset-2 hover:underline ${className}`}>
      {children}
    </Link>
  );
}
