import Link from "next/link";
import { withAsOf } from "@/lib/as-of/url";
import type { PairSort } from "@/lib/countries/pair";

const SORTS: { sort: PairSort; label: string }[] = [
  { sort: "count", label: "Most commitments first" },
  { sort: "recent", label: "Latest first" },
];

/** The two orders of the pairs, as links: the order lives in the URL, like every list's. */
export function PairSortLinks({ sort, asOf }: { sort: PairSort; asOf: string | undefined }) {
  return (
    <nav aria-label="Order of the pairs" className="flex gap-4 text-sm">
      {SORTS.map((s) => (
        <Link
          key={s.sort}
          href={withAsOf(s.sort === "count" ? "/countries" : `/countries?sort=${s.sort}`, asOf)}
          aria-current={s.sort === sort ? "page" : undefined}
          className={
            s.sort === sort ? "font-semibold text-ink underline underline-offset-4" : "text-accent hover:underline"
          }
        >
          {s.label}
        </Link>
      ))}
    </nav>
  );
}
